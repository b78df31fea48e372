import { and, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { todayInJapan } from '../availability/calendar';
import { notify } from '../notifications/notify';
import { loadMoneySettings } from '../money-settings/load-money-settings';
import type { Month } from '../tasks/month';
import { draftPayMonth } from './draft-pay-month';
import { payAdjustments, payStatementLines, payStatements } from './schema';

/** Closes wait for each other: the second sees what the first paid and adds nothing twice. */
const payCloseLock = 7_120_006;

export type ClosePayMonthResult =
  | { ok: true; statementIds: string[]; heldBackCuts: number }
  | { ok: false; reason: 'notEnded' };

/**
 * 締め: one statement per worker for `month` (see draftPayMonth), with its lines and the
 * adjustments it pays, amounts fixed from then on. Allowed once the month has ended in Japan.
 * Closing a month again adds only what is new for workers not yet closed in it; two staff
 * closing at once get one result, since closes take a lock and run one after the other.
 */
export async function closePayMonth(db: Db, month: Month, closedBy: string, now = new Date()): Promise<ClosePayMonthResult> {
  if (month >= todayInJapan(now).slice(0, 7)) return { ok: false, reason: 'notEnded' };
  return db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await db.execute(sql`select pg_advisory_xact_lock(${payCloseLock})`);
    const settings = await loadMoneySettings(db);
    const drafts = await draftPayMonth(db, month, settings, { forUpdate: true });
    const statementIds: string[] = [];
    for (const draft of drafts) {
      const [statement] = await db
        .insert(payStatements)
        .values({
          workerId: draft.workerId,
          month,
          ...draft.amounts,
          invoiceRegistrationNumber: draft.invoiceRegistrationNumber,
          legalDueOn: draft.legalDueOn,
          scheduledOn: draft.scheduledOn,
          closedBy,
          closedAt: now,
        })
        .returning({ id: payStatements.id });
      const statementId = statement!.id;
      statementIds.push(statementId);
      if (draft.lines.length > 0) {
        await db.insert(payStatementLines).values(
          draft.lines.map((line) => ({
            statementId,
            submissionId: line.submissionId,
            taskId: line.taskId,
            orderId: line.orderId,
            description: line.description,
            workCategory: line.workCategory,
            withholds: line.withholds,
            payKind: line.payKind,
            payRateYen: line.payRateYen,
            unitName: line.unitName,
            units: line.units,
            minutes: line.minutes,
            yen: line.yen,
            inspectedOn: line.inspectedOn,
            legalDueOn: line.legalDueOn,
          })),
        );
      }
      if (draft.adjustments.length > 0) {
        const ids = draft.adjustments.map((adjustment) => adjustment.id);
        const linked = await db
          .update(payAdjustments)
          .set({ statementId })
          .where(and(inArray(payAdjustments.id, ids), isNull(payAdjustments.statementId), inArray(payAdjustments.status, ['applied', 'agreed'])))
          .returning({ id: payAdjustments.id });
        // The rows are locked since the draft read them, so this holds unless the database was changed behind the app.
        if (linked.length !== ids.length) throw new Error('pay adjustments changed during the close');
      }
    }
    for (const [index, draft] of drafts.entries()) {
      await notify(db, [draft.workerId], { key: 'pay.notify.closed', params: { month }, link: `/me/pay/${statementIds[index]}` }, now);
    }
    return { ok: true as const, statementIds, heldBackCuts: drafts.reduce((count, draft) => count + draft.heldBack.length, 0) };
  });
}
