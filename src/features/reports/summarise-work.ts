import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { periodMoments, type ReportPeriod } from './fiscal-year';
import { queryRows } from '../../db/client';
import { spreadOf, type Spread } from './quartiles';

/** Workers active in the period: at least one accepted hand-in (検収日 in it) or minutes logged on a day in it. */
export function activeIn(period: ReportPeriod): SQL {
  return sql`(
    select worker_id from submissions where decision = 'accepted' and inspected_on between ${period.from} and ${period.to}
    union
    select worker_id from work_log_entries where minutes > 0 and worked_on between ${period.from} and ${period.to}
  )`;
}

export type WorkSummary = {
  activeWorkers: number;
  /** Hours logged per active worker. */
  hours: Spread;
  /** Yen per active worker: pay statements paid in the period, work and adjustments before tax. */
  incomeYen: Spread;
  reviewed: number;
  returned: number;
  /** Returned hand-ins among those reviewed in the period, 0–1; null when none were reviewed. */
  returnRate: number | null;
};

/** Hours and income per active worker, and how often reviewed work was returned. */
export async function summariseWork(db: Db, period: ReportPeriod): Promise<WorkSummary> {
  const { start, end } = periodMoments(period);
  const workers = await queryRows<{ minutes: number; yen: number }>(
    db,
    sql`select
        coalesce((select sum(minutes) from work_log_entries w where w.worker_id = active.worker_id and worked_on between ${period.from} and ${period.to}), 0)::int as minutes,
        coalesce((select sum(work_yen + adjustment_yen) from pay_statements p where p.worker_id = active.worker_id and paid_on between ${period.from} and ${period.to}), 0)::int as yen
      from ${activeIn(period)} as active`,
  );
  const [review] = await queryRows<{ reviewed: number; returned: number }>(
    db,
    sql`select count(*)::int as reviewed, count(*) filter (where decision = 'returned')::int as returned
      from submissions where reviewed_at >= ${start} and reviewed_at < ${end}`,
  );
  const { reviewed, returned } = review!;
  return {
    activeWorkers: workers.length,
    hours: spreadOf(workers.map((worker) => worker.minutes / 60)),
    incomeYen: spreadOf(workers.map((worker) => worker.yen)),
    reviewed,
    returned,
    returnRate: reviewed === 0 ? null : returned / reviewed,
  };
}
