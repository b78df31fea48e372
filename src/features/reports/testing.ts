import { users } from '../../auth/schema';
import { seal } from '../../crypto/sealed-box';
import type { Db } from '../../db/client';
import { tenantCompanies, tenantStaff, type TenantTeleworkType } from '../tenants/schema';
import { consents, workerProfiles, workerStatusChanges, type WorkerStatus } from '../workers/schema';
import type { TargetGroupCode } from '../workers/vocabulary';

let made = 0;

/** For report tests: a worker (no password) whose status history is the given changes, in order. */
export async function createReportWorker(
  db: Db,
  input: {
    history: [changedAt: string, status: WorkerStatus][];
    teleworkType?: 'B' | 'C' | null;
    targetGroups?: TargetGroupCode[];
    consented?: boolean | 'withdrawn';
    /** Sealed sensitive data saying the worker has a disability, with the sensitive-data consent unless `false`. */
    disability?: { key: Buffer; consented: boolean };
  },
): Promise<string> {
  const number = ++made;
  const [user] = await db.insert(users).values({ loginId: `report-worker-${number}`, displayName: `worker ${number}`, role: 'worker' }).returning({ id: users.id });
  const userId = user!.id;
  await db.insert(workerProfiles).values({
    userId,
    status: input.history.at(-1)![1],
    familyName: '立科',
    givenName: `${number}`,
    familyNameKana: 'タテシナ',
    givenNameKana: 'イチ',
    phone: '0267-55-0000',
    teleworkType: input.teleworkType === undefined ? 'C' : input.teleworkType,
    targetGroups: input.targetGroups ?? [],
    sensitiveEncrypted: input.disability ? seal(input.disability.key, { disability: true, details: null }) : null,
  });
  if (input.disability?.consented) await db.insert(consents).values({ userId, purpose: 'sensitive_data', textVersion: 'test' });
  let fromStatus: WorkerStatus | null = null;
  for (const [changedAt, toStatus] of input.history) {
    await db.insert(workerStatusChanges).values({ userId, fromStatus, toStatus, reason: 'テスト', changedAt: new Date(changedAt) });
    fromStatus = toStatus;
  }
  if (input.consented) await db.insert(consents).values({ userId, purpose: 'statistics', textVersion: 'test', withdrawnAt: input.consented === 'withdrawn' ? new Date() : null });
  return userId;
}

/** For report tests: a tenant company's staff member of type A or D (in a new company unless given), there from `joinedOn` to `leftOn`. */
export async function createTenantStaffMember(db: Db, input: { teleworkType: TenantTeleworkType; joinedOn: string; leftOn?: string; companyId?: string }): Promise<string> {
  const number = ++made;
  const companyId = input.companyId ?? (await db.insert(tenantCompanies).values({ name: `株式会社レポート${number}` }).returning({ id: tenantCompanies.id }))[0]!.id;
  const [user] = await db.insert(users).values({ loginId: `report-tenant-${number}`, displayName: `tenant ${number}`, role: 'tenant' }).returning({ id: users.id });
  await db.insert(tenantStaff).values({ userId: user!.id, companyId, teleworkType: input.teleworkType, joinedOn: input.joinedOn, leftOn: input.leftOn ?? null });
  return user!.id;
}

/**
 * The seed's 令和2年度 (FY2020): 30 type-C workers registered before it, 27 who joined during it and
 * 4 who retired in it (+23); 2 type-A and 4 type-D tenant staff; and people outside it who must not count.
 */
export async function seedFiscal2020(db: Db): Promise<void> {
  for (let index = 0; index < 30; index++) {
    const retires = index < 4;
    await createReportWorker(db, {
      history: [['2019-06-01T10:00:00+09:00', 'trainee'], ['2019-09-01T10:00:00+09:00', 'active'], ...(retires ? [['2020-10-01T10:00:00+09:00', 'retired'] as [string, WorkerStatus]] : [])],
    });
  }
  // Joined on the first morning and the last evening of the year: both inside it.
  for (let index = 0; index < 27; index++) {
    await createReportWorker(db, { history: [[index === 0 ? '2020-04-01T00:00:00+09:00' : index === 1 ? '2021-03-31T23:59:00+09:00' : '2020-07-01T10:00:00+09:00', 'trainee']] });
  }
  // Retired before the year; joined the moment the next year began; no telework type recorded.
  await createReportWorker(db, { history: [['2019-05-01T10:00:00+09:00', 'active'], ['2020-03-31T23:59:00+09:00', 'retired']] });
  await createReportWorker(db, { history: [['2021-04-01T00:00:00+09:00', 'trainee']] });
  for (const teleworkType of ['A', 'A', 'D', 'D', 'D', 'D'] as const) await createTenantStaffMember(db, { teleworkType, joinedOn: '2020-05-01' });
  await createTenantStaffMember(db, { teleworkType: 'D', joinedOn: '2019-04-01', leftOn: '2020-03-31' });
}
