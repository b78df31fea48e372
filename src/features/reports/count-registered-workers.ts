import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { periodMoments, type ReportPeriod } from './fiscal-year';
import { queryRows } from '../../db/client';
import { joinedDuring, leftDuring, registeredAtMoment } from './registered-during';

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
    sql`select (select count(*)::int from ${registeredAtMoment(start)} registered) as "atStart",
      (select count(*)::int from ${registeredAtMoment(end)} registered) as "atEnd",
      (select count(*)::int from ${joinedDuring(start, end)} joined) as "joined",
      (select count(*)::int from ${leftDuring(start, end)} moved) as "left"`,
  );
  return { ...row!, netChange: row!.atEnd - row!.atStart };
}
