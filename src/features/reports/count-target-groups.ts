import { sql } from 'drizzle-orm';
import { unseal } from '../../crypto/sealed-box';
import type { Db } from '../../db/client';
import type { SensitiveData } from '../applications/submit-application';
import { consentStands } from '../workers/active-consent';
import { workerProfiles } from '../workers/schema';
import { targetGroupCodes, type TargetGroupCode } from '../workers/vocabulary';
import { periodMoments, type ReportPeriod } from './fiscal-year';
import { queryRows } from '../../db/client';
import { registeredDuring } from './registered-during';
import { suppressCount, type ShownCount } from './suppress-count';
import { activeIn } from './summarise-work';

export type ReportGroup = TargetGroupCode | 'disability';
export type TargetGroupRow = { group: ReportGroup; registered: ShownCount; active: ShownCount };

/**
 * Registered and active workers by target group (子育て, 介護, …, 障がい), counting only workers whose
 * statistics consent stands now, and showing any count of 1 or 2 as "fewer than 3" so that no one
 * can be picked out. 障がい is sensitive data, sealed and kept only while its own consent stands:
 * it is opened here only to be counted, never shown.
 */
export async function countTargetGroups(db: Db, encryptionKey: Buffer, period: ReportPeriod): Promise<TargetGroupRow[]> {
  const { start, end } = periodMoments(period);
  const counted = sql`user_id in ${registeredDuring(start, end)} and ${consentStands(workerProfiles.userId, 'statistics')}`;
  const rows = await queryRows<{ group: TargetGroupCode; registered: number; active: number }>(
    db,
    sql`select target_group as "group", count(*)::int as registered,
        count(*) filter (where user_id in ${activeIn(period)})::int as active
      from worker_profiles, unnest(target_groups) as target_group
      where ${counted}
      group by target_group`,
  );
  const sealed = await queryRows<{ sensitive: string; active: boolean }>(
    db,
    sql`select sensitive_encrypted as sensitive, user_id in ${activeIn(period)} as active from worker_profiles
      where ${counted} and sensitive_encrypted is not null and ${consentStands(workerProfiles.userId, 'sensitive_data')}`,
  );
  const disabled = sealed.filter((row) => unseal<SensitiveData>(encryptionKey, row.sensitive).disability);
  return [
    ...targetGroupCodes.map((group) => {
      const row = rows.find((candidate) => candidate.group === group);
      return { group, registered: suppressCount(row?.registered ?? 0), active: suppressCount(row?.active ?? 0) };
    }),
    { group: 'disability' as const, registered: suppressCount(disabled.length), active: suppressCount(disabled.filter((row) => row.active).length) },
  ];
}
