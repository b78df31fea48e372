import { sql, type SQL } from 'drizzle-orm';
import type { Role } from '../../auth/roles';
import { users } from '../../auth/schema';
import { todayInJapan } from '../availability/calendar';
import { bookings } from '../bookings/schema';
import { spaces } from '../centre/schema';
import { orderTeamMembers } from '../orders/schema';
import { tenantContracts, tenantStaff } from '../tenants/schema';
import { announcements } from './schema';

/**
 * Who "everyone" is: the programme's own people — staff, leaders, workers, trainees and the
 * supporters linked to them. Clients, tenant companies' staff and guests are outside parties:
 * staff reach them by role, or tenants and centre users by site.
 */
export const everyoneRoles = ['admin', 'coordinator', 'director', 'leader', 'worker', 'trainee', 'supporter'] as const satisfies readonly Role[];

/** A site's users are those who booked a space there from this many days ago on (future bookings too). */
export const siteBookingDays = 90;

/**
 * True for a row of `users` in the audience of a row of `announcements`, as the audience is now:
 * both tables must be in the query's FROM. Disabled accounts and the author are never in it
 * (the author sees their own announcement as its author, not as a reader).
 */
export function inAudience(now: Date): SQL {
  const today = todayInJapan(now);
  const since = new Date(now.getTime() - siteBookingDays * 24 * 60 * 60 * 1000);
  const everyone = sql.join(
    everyoneRoles.map((role) => sql`${role}`),
    sql`, `,
  );
  return sql`(${users.disabledAt} is null
    and ${users.id} is distinct from ${announcements.authorId}
    and case ${announcements.audience}
      when 'everyone' then ${users.role}::text in (${everyone})
      when 'role' then ${users.role} = ${announcements.audienceRole}
      when 'team' then exists (
        select 1 from ${orderTeamMembers}
        where ${orderTeamMembers.orderId} = ${announcements.audienceOrderId} and ${orderTeamMembers.userId} = ${users.id})
      when 'site' then exists (
        select 1 from ${bookings}
        where ${bookings.siteId} = ${announcements.audienceSiteId} and ${bookings.userId} = ${users.id}
          and ${bookings.status} = 'booked' and ${bookings.startsAt} >= ${since.toISOString()}::timestamptz)
        or exists (
        select 1 from ${tenantStaff}
        join ${tenantContracts} on ${tenantContracts.companyId} = ${tenantStaff.companyId}
        join ${spaces} on ${spaces.id} = ${tenantContracts.spaceId}
        where ${tenantStaff.userId} = ${users.id} and ${spaces.siteId} = ${announcements.audienceSiteId}
          and (${tenantStaff.leftOn} is null or ${tenantStaff.leftOn} >= ${today}::date)
          and ${tenantContracts.startsOn} <= ${today}::date
          and (${tenantContracts.endsOn} is null or ${tenantContracts.endsOn} >= ${today}::date))
      else false
    end)`;
}
