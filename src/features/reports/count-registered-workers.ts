import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { periodMoments, type ReportPeriod } from './fiscal-year';
import { queryRows } from '../../db/client';
import { registeredAt } from './registered-during';

export type RegisteredWorkers = { atStart: number; joined: number; left: number; atEnd: number; netChange: number };

/**
 * Registered workers (status trainee, active or paused) when the period begins and ends, from the
 * status history. Joined: moved into a registered status from none or from retired; left: moved
 * to retired. So at start + joined − left = at end, always.
 */
export async function countRegisteredWorkers(db: Db, period: ReportPeriod): Promise<RegisteredWorkers> {
  const { start, end } = periodMoments(period);
  const [row] = await queryRows<Omit<RegisteredWorkers, 'netChange'>>(
    db,
    sql`select ${registeredAt(start)} as "atStart", ${registeredAt(end)} as "atEnd",
      (select count(*)::int from worker_status_changes where changed_at >= ${start} and changed_at < ${end}
        and to_status <> 'retired' and (from_status is null or from_status = 'retired')) as "joined",
      (select count(*)::int from worker_status_changes where changed_at >= ${start} and changed_at < ${end}
        and to_status = 'retired' and from_status is not null and from_status <> 'retired') as "left"`,
  );
  return { ...row!, netChange: row!.atEnd - row!.atStart };
}
