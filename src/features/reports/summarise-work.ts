import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { periodMoments, type ReportPeriod } from './fiscal-year';
import { queryRows } from '../../db/client';
import { bandsOf, spreadOf, type Band, type Spread } from './quartiles';

/** Workers active in the period: at least one accepted hand-in (検収日 in it) or minutes logged on a day in it. */
export function activeIn(period: ReportPeriod): SQL {
  return sql`(
    select worker_id from submissions where decision = 'accepted' and inspected_on between ${period.from} and ${period.to}
    union
    select worker_id from work_log_entries where minutes > 0 and worked_on between ${period.from} and ${period.to}
  )`;
}

/** Each active worker's minutes logged on days in the period and pay received in it, as rows (worker_id, minutes, yen). */
export function activeWorkerTotals(period: ReportPeriod): SQL {
  return sql`(select active.worker_id,
      coalesce((select sum(minutes) from work_log_entries w where w.worker_id = active.worker_id and worked_on between ${period.from} and ${period.to}), 0)::int as minutes,
      coalesce((select sum(work_yen + adjustment_yen) from pay_statements p where p.worker_id = active.worker_id and paid_on between ${period.from} and ${period.to}), 0)::int as yen
    from ${activeIn(period)} as active)`;
}

/** Hand-ins reviewed (accepted or returned) in [start, end). */
export function reviewedDuring(start: Date, end: Date): SQL {
  return sql`(select * from submissions where reviewed_at >= ${start} and reviewed_at < ${end})`;
}

/** Where the bands of the hours and income charts begin (the first begins at 0). */
export const hoursBandStarts = [10, 50, 100, 300];
export const incomeBandStarts = [10_000, 50_000, 100_000, 300_000, 1_000_000];

export type WorkSummary = {
  activeWorkers: number;
  /** Hours logged per active worker. */
  hours: Spread;
  /** Yen per active worker: pay statements paid in the period, work and adjustments before tax. */
  incomeYen: Spread;
  /** How many active workers fall in each band of hours and of income. */
  hoursBands: Band[];
  incomeBands: Band[];
  reviewed: number;
  returned: number;
  /** Returned hand-ins among those reviewed in the period, 0–1; null when none were reviewed. */
  returnRate: number | null;
};

/** Hours and income per active worker, and how often reviewed work was returned. */
export async function summariseWork(db: Db, period: ReportPeriod): Promise<WorkSummary> {
  const { start, end } = periodMoments(period);
  const workers = await queryRows<{ minutes: number; yen: number }>(db, sql`select minutes, yen from ${activeWorkerTotals(period)} totals`);
  const [review] = await queryRows<{ reviewed: number; returned: number }>(
    db,
    sql`select count(*)::int as reviewed, count(*) filter (where decision = 'returned')::int as returned from ${reviewedDuring(start, end)} reviewed`,
  );
  const { reviewed, returned } = review!;
  const hours = workers.map((worker) => worker.minutes / 60);
  const yen = workers.map((worker) => worker.yen);
  return {
    activeWorkers: workers.length,
    hours: spreadOf(hours),
    incomeYen: spreadOf(yen),
    hoursBands: bandsOf(hours, hoursBandStarts),
    incomeBands: bandsOf(yen, incomeBandStarts),
    reviewed,
    returned,
    returnRate: reviewed === 0 ? null : returned / reviewed,
  };
}
