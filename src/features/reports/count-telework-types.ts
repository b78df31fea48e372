import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { periodMoments, type ReportPeriod } from './fiscal-year';
import { queryRows } from '../../db/client';
import { registeredDuring } from './registered-during';

export const teleworkTypes = ['A', 'B', 'C', 'D'] as const;
export type TeleworkCounts = Record<(typeof teleworkTypes)[number], number>;

/**
 * ふるさとテレワーク types A–D: people who teleworked in the town at any time in the period. B and C
 * are registered workers (their profile's type); A and D are tenant companies' staff whose days at
 * the company overlap the period.
 */
export async function countTeleworkTypes(db: Db, period: ReportPeriod): Promise<TeleworkCounts> {
  const { start, end } = periodMoments(period);
  const rows = await queryRows<{ type: keyof TeleworkCounts; count: number }>(
    db,
    sql`select type, count(*)::int as count from (
      select telework_type::text as type from worker_profiles where telework_type is not null and user_id in ${registeredDuring(start, end)}
      union all
      select telework_type::text from tenant_staff where joined_on <= ${period.to} and (left_on is null or left_on >= ${period.from})
    ) people group by type`,
  );
  const counts: TeleworkCounts = { A: 0, B: 0, C: 0, D: 0 };
  for (const row of rows) counts[row.type] = row.count;
  return counts;
}
