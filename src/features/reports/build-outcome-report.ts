import type { Db } from '../../db/client';
import { countRegisteredWorkers } from './count-registered-workers';
import { countTargetGroups } from './count-target-groups';
import { countTeleworkTypes } from './count-telework-types';
import { countTrainingCompletions } from './count-training-completions';
import type { ReportPeriod } from './fiscal-year';
import { summariseCentre } from './summarise-centre';
import { summariseOrders } from './summarise-orders';
import { summariseWork } from './summarise-work';

export type OutcomeReport = Awaited<ReturnType<typeof buildOutcomeReport>>;

/**
 * Every figure of the outcome report for a period (see docs/reports.md for what each counts);
 * `encryptionKey` opens sealed sensitive data only to count 障がい (see countTargetGroups).
 */
export async function buildOutcomeReport(db: Db, encryptionKey: Buffer, period: ReportPeriod) {
  return {
    period,
    registered: await countRegisteredWorkers(db, period),
    work: await summariseWork(db, period),
    teleworkTypes: await countTeleworkTypes(db, period),
    targetGroups: await countTargetGroups(db, encryptionKey, period),
    orders: await summariseOrders(db, period),
    centre: await summariseCentre(db, period),
    completions: await countTrainingCompletions(db, period),
  };
}
