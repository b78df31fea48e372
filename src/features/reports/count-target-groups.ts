import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { targetGroupCodes, type TargetGroupCode } from '../workers/vocabulary';
import { periodMoments, type ReportPeriod } from './fiscal-year';
import { queryRows } from './query-rows';
import { registeredDuring } from './registered-during';
import { suppressCount, type ShownCount } from './suppress-count';
import { activeIn } from './summarise-work';

export type TargetGroupRow = { group: TargetGroupCode; registered: ShownCount; active: ShownCount };

/**
 * Registered and active workers by target group (子育て, 介護, …), counting only workers whose
 * statistics consent stands now, and showing any count of 1 or 2 as "fewer than 3" so that no
 * one can be picked out. 障がい is sensitive data kept encrypted and is not counted here.
 */
export async function countTargetGroups(db: Db, period: ReportPeriod): Promise<TargetGroupRow[]> {
  const { start, end } = periodMoments(period);
  const rows = await queryRows<{ group: TargetGroupCode; registered: number; active: number }>(
    db,
    sql`select target_group as "group", count(*)::int as registered,
        count(*) filter (where user_id in ${activeIn(period)})::int as active
      from worker_profiles, unnest(target_groups) as target_group
      where user_id in ${registeredDuring(start, end)}
        and exists (select 1 from consents where consents.user_id = worker_profiles.user_id and purpose = 'statistics' and withdrawn_at is null)
      group by target_group`,
  );
  return targetGroupCodes.map((group) => {
    const row = rows.find((candidate) => candidate.group === group);
    return { group, registered: suppressCount(row?.registered ?? 0), active: suppressCount(row?.active ?? 0) };
  });
}
