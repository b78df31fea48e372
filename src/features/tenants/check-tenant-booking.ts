import { and, eq, gte, isNull, lt, ne, or, sql, sum } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { addDays, type BusinessDate } from '../availability/calendar';
import { instantAt } from '../bookings/booking-time';
import type { HeldRuleCheck } from '../bookings/place-booking';
import { bookings } from '../bookings/schema';
import { spaces } from '../centre/schema';
import { contractRunsOn, staffCurrentOn } from './running-on';
import { tenantContracts, tenantStaff } from './schema';

/** The first day of the month of `date` and of the month after. */
function monthOf(date: BusinessDate): { first: BusinessDate; next: BusinessDate } {
  const first = `${date.slice(0, 7)}-01`;
  return { first, next: `${addDays(`${date.slice(0, 7)}-28`, 7).slice(0, 7)}-01` };
}

/** The company a person works for as tenant staff on `date`, if any. */
export async function findTenantCompanyOn(db: Db, userId: string, date: BusinessDate): Promise<string | undefined> {
  const [staff] = await db
    .select({ companyId: tenantStaff.companyId })
    .from(tenantStaff)
    .where(and(eq(tenantStaff.userId, userId), staffCurrentOn(date)));
  return staff?.companyId;
}

/**
 * A tenant company's video-meeting booth minutes in the month of `date`: the sum of the monthly
 * quotas of its contracts running at any time that month, and the minutes its staff have booked
 * (booked, not cancelled; `excludeBookingId` is a booking being changed).
 */
export async function loadMeetingQuota(db: Db, companyId: string, date: BusinessDate, excludeBookingId?: string): Promise<{ quotaMinutes: number; usedMinutes: number }> {
  const { first, next } = monthOf(date);
  const [quota] = await db
    .select({ minutes: sum(tenantContracts.meetingMinutesPerMonth) })
    .from(tenantContracts)
    .where(and(eq(tenantContracts.companyId, companyId), lt(tenantContracts.startsOn, next), or(isNull(tenantContracts.endsOn), gte(tenantContracts.endsOn, first))));
  // A person's bookings count for the company only on the days they were its staff.
  const bookedOn = sql`(${bookings.startsAt} at time zone 'Asia/Tokyo')::date`;
  const [used] = await db
    .select({ minutes: sql<string | null>`sum(extract(epoch from ${bookings.endsAt} - ${bookings.startsAt}) / 60)` })
    .from(bookings)
    .innerJoin(spaces, eq(spaces.id, bookings.spaceId))
    .innerJoin(tenantStaff, eq(tenantStaff.userId, bookings.userId))
    .where(
      and(
        eq(tenantStaff.companyId, companyId),
        sql`${bookedOn} >= ${tenantStaff.joinedOn} and (${tenantStaff.leftOn} is null or ${bookedOn} <= ${tenantStaff.leftOn})`,
        eq(spaces.kind, 'meeting_booth'),
        eq(bookings.status, 'booked'),
        gte(bookings.startsAt, instantAt(first, 0)),
        lt(bookings.startsAt, instantAt(next, 0)),
        excludeBookingId ? ne(bookings.id, excludeBookingId) : undefined,
      ),
    );
  return { quotaMinutes: Number(quota?.minutes ?? 0), usedMinutes: Math.round(Number(used?.minutes ?? 0)) };
}

/**
 * Tenant rules for a booking: a booth under a running contract is its company's, so only that
 * company's staff may book it; and a tenant's staff book the video-meeting booths within their
 * company's minutes for the month, counted with the company's row locked so two of its staff
 * booking at once cannot both take the last minutes.
 */
export const checkTenantBooking: HeldRuleCheck = async (db, prepared, request, excludeBookingId) => {
  const { rules, times } = prepared;
  // A booth's row is share-locked while its contracts are read, so a contract being saved for it
  // (which locks the row for update) and this booking cannot pass each other. Seats of shared
  // spaces are locked for update later; a share lock first would let two bookings deadlock.
  if (rules.exclusive) await db.execute(sql`select id from spaces where id = ${rules.space.id} for share`);
  const companyId = await findTenantCompanyOn(db, request.userId, request.date);
  const [contract] = await db
    .select({ companyId: tenantContracts.companyId })
    .from(tenantContracts)
    .where(and(eq(tenantContracts.spaceId, rules.space.id), contractRunsOn(request.date)));
  if (contract && contract.companyId !== companyId) return { ok: false, reason: 'contracted' };
  if (rules.space.kind !== 'meeting_booth' || !companyId) return null;
  await db.execute(sql`select id from tenant_companies where id = ${companyId} for update`);
  const { quotaMinutes, usedMinutes } = await loadMeetingQuota(db, companyId, request.date, excludeBookingId);
  const minutes = (times.endsAt.getTime() - times.startsAt.getTime()) / 60_000;
  const remainingMinutes = Math.max(0, quotaMinutes - usedMinutes);
  return minutes > remainingMinutes ? { ok: false, reason: 'quotaExceeded', remainingMinutes, quotaMinutes } : null;
};
