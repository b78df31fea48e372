import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { periodMoments, type ReportPeriod } from './fiscal-year';
import { queryRows } from '../../db/client';
import { registeredDuring } from './registered-during';

export const teleworkTypes = ['A', 'B', 'C', 'D'] as const;
export type TeleworkCounts = Record<(typeof teleworkTypes)[number], number>;

/**
 * The people counted under each telework type in the period, as rows (user_id, type, company_id):
 * registered workers with a B or C profile (no company), tenant companies' A and D staff.
 */
export function teleworkPeople(period: ReportPeriod): SQL {
  const { start, end } = periodMoments(period);
  return sql`(
    select user_id, telework_type::text as type, null::uuid as company_id from worker_profiles
      where telework_type is not null and user_id in ${registeredDuring(start, end)}
    union all
    select user_id, telework_type::text, company_id from tenant_staff where joined_on <= ${period.to} and (left_on is null or left_on >= ${period.from})
  )`;
}

/**
 * ふるさとテレワーク types A–D: people who teleworked in the town at any time in the period. B and C
 * are registered workers (their profile's type); A and D are tenant companies' staff whose days at
 * the company overlap the period.
 */
export async function countTeleworkTypes(db: Db, period: ReportPeriod): Promise<TeleworkCounts> {
  const rows = await queryRows<{ type: keyof TeleworkCounts; count: number }>(db, sql`select type, count(*)::int as count from ${teleworkPeople(period)} people group by type`);
  const counts: TeleworkCounts = { A: 0, B: 0, C: 0, D: 0 };
  for (const row of rows) counts[row.type] = row.count;
  return counts;
}
