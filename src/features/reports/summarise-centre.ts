import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { periodMoments, type ReportPeriod } from './fiscal-year';
import { queryRows } from '../../db/client';

export type SpaceUse = { spaceId: string; name: string; bookings: number; hours: number; checkedIn: number };
export type TenantRow = { companyId: string; name: string; booths: number; staff: number };

export type CentreSummary = {
  spaces: SpaceUse[];
  /** Bookings under way in each hour of the day (Japan time), 0–23, only hours with any. */
  byHour: { hour: number; bookings: number }[];
  tenants: TenantRow[];
};

/** Bookings not cancelled that start in [start, end). */
export function bookingsDuring(start: Date, end: Date): SQL {
  return sql`(select * from bookings where status = 'booked' and starts_at >= ${start} and starts_at < ${end})`;
}

/**
 * Centre use: bookings not cancelled that start in the period, by space (hours booked, how many
 * were checked in) and by hour of the day; tenant companies with a booth contract in the period.
 */
export async function summariseCentre(db: Db, period: ReportPeriod): Promise<CentreSummary> {
  const { start, end } = periodMoments(period);
  const spaces = await queryRows<SpaceUse>(
    db,
    sql`select s.id as "spaceId", s.name, count(b.id)::int as bookings,
        coalesce(sum(extract(epoch from b.ends_at - b.starts_at)) / 3600, 0)::float8 as hours,
        count(b.checked_in_at)::int as "checkedIn"
      from spaces s join ${bookingsDuring(start, end)} b on b.space_id = s.id
      group by s.id, s.name, s.sort_order order by s.sort_order, s.name`,
  );
  const byHour = await queryRows<{ hour: number; bookings: number }>(
    db,
    sql`select hour::int, count(*)::int as bookings from ${bookingsDuring(start, end)} b,
        generate_series(extract(hour from b.starts_at at time zone 'Asia/Tokyo')::int,
          (extract(hour from (b.ends_at - interval '1 second') at time zone 'Asia/Tokyo'))::int) as hour
      group by hour order by hour`,
  );
  const tenants = await queryRows<TenantRow>(
    db,
    sql`select c.id as "companyId", c.name,
        (select count(*)::int from tenant_contracts t where t.company_id = c.id and t.starts_on <= ${period.to} and (t.ends_on is null or t.ends_on >= ${period.from})) as booths,
        (select count(*)::int from tenant_staff s where s.company_id = c.id and s.joined_on <= ${period.to} and (s.left_on is null or s.left_on >= ${period.from})) as staff
      from tenant_companies c order by c.name`,
  );
  return { spaces, byHour, tenants: tenants.filter((tenant) => tenant.booths > 0 || tenant.staff > 0) };
}
