import { eq, inArray } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { lastDayOf, legalPayDueOn, scheduledPayDay } from '../../money/pay-due-date';
import type { BusinessDate } from '../availability/calendar';
import type { MoneySettings } from '../money-settings/load-money-settings';
import type { Month } from '../tasks/month';
import { workerProfiles } from '../workers/schema';
import { computeStatementAmounts, type StatementAmounts } from './compute-statement-amounts';
import { listPendingAdjustments, type PendingAdjustment } from './list-pending-adjustments';
import { listPendingPayLines, type PendingPayLine } from './list-pending-pay-lines';
import { payStatements } from './schema';

/** What a close of the month would put on one worker's statement. */
export type PayDraft = {
  workerId: string;
  workerName: string;
  invoiceRegistrationNumber: string | null;
  lines: PendingPayLine[];
  adjustments: PendingAdjustment[];
  /** Cuts left for a later close because they would take this payment below zero. */
  heldBack: PendingAdjustment[];
  amounts: StatementAmounts;
  legalDueOn: BusinessDate;
  scheduledOn: BusinessDate;
};

/** A worker's name as a payment statement gives it: the registered name, else the account's. */
export const workerNameColumns = { familyName: workerProfiles.familyName, givenName: workerProfiles.givenName, displayName: users.displayName };
export const workerNameOf = (row: { familyName: string | null; givenName: string | null; displayName: string }) =>
  row.familyName && row.givenName ? `${row.familyName} ${row.givenName}` : row.displayName;

/**
 * The statements a close of `month` would make, one per worker by name: their accepted work
 * inspected by the month's end and the adjustments due, not yet paid. Workers whose month is
 * already closed are left out; what is still open for them waits for the next close. The legal
 * limit is the earliest of the lines' (for adjustments alone, 60 days from the month's end), and
 * the transfer date the pay day after the month, never later than that limit.
 */
export async function draftPayMonth(db: Db, month: Month, settings: MoneySettings, options: { forUpdate?: boolean } = {}): Promise<PayDraft[]> {
  const until = lastDayOf(month);
  const lines = await listPendingPayLines(db, { until, withholdingCategories: settings.withholdingCategories });
  const adjustments = await listPendingAdjustments(db, month, options);
  const workerIds = [...new Set([...lines.map((line) => line.workerId), ...adjustments.map((adjustment) => adjustment.workerId)])];
  if (workerIds.length === 0) return [];
  const closed = new Set(
    (await db.select({ workerId: payStatements.workerId }).from(payStatements).where(eq(payStatements.month, month))).map((row) => row.workerId),
  );
  const people = await db
    .select({ id: users.id, ...workerNameColumns, invoiceRegistrationNumber: workerProfiles.invoiceRegistrationNumber })
    .from(users)
    .leftJoin(workerProfiles, eq(workerProfiles.userId, users.id))
    .where(inArray(users.id, workerIds));
  const drafts: PayDraft[] = [];
  for (const person of people) {
    if (closed.has(person.id)) continue;
    const own = lines.filter((line) => line.workerId === person.id);
    let paid = adjustments.filter((adjustment) => adjustment.workerId === person.id);
    const rules = { registered: person.invoiceRegistrationNumber !== null, withholdingCategories: settings.withholdingCategories };
    let amounts = computeStatementAmounts(own, paid, rules);
    let heldBack: PendingAdjustment[] = [];
    if (amounts.paymentYen < 0) {
      heldBack = paid.filter((adjustment) => adjustment.amountYen < 0);
      paid = paid.filter((adjustment) => adjustment.amountYen > 0);
      amounts = computeStatementAmounts(own, paid, rules);
    }
    if (own.length === 0 && paid.length === 0) continue;
    const legalDueOn = own.length > 0 ? own.map((line) => line.legalDueOn).reduce((earliest, due) => (due < earliest ? due : earliest)) : legalPayDueOn(until);
    drafts.push({
      workerId: person.id,
      workerName: workerNameOf(person),
      invoiceRegistrationNumber: person.invoiceRegistrationNumber,
      lines: own,
      adjustments: paid,
      heldBack,
      amounts,
      legalDueOn,
      scheduledOn: scheduledPayDay(month, settings.payDay, legalDueOn),
    });
  }
  return drafts.sort((a, b) => a.workerName.localeCompare(b.workerName, 'ja'));
}
