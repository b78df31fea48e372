import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { loadMoneySettings } from '../money-settings/load-money-settings';
import { billTotal } from './add-centre-charge';
import { centreBills, centreReceiptCounter, type CentrePaymentMethod } from './schema';

export type PayBillResult = { ok: true; receiptNumber: number } | { ok: false; reason: 'notFound' | 'notOpen' | 'empty' };

/**
 * Takes payment of an open bill: its total, the method, the receipt's addressee, the issuer as the
 * money settings name it now and the next receipt number are fixed in one transaction. The bill row is locked first, so paying twice at
 * once pays once (the second finds it paid) and no charge lands on it meanwhile (adding a charge
 * takes the same lock). The number comes from a one-row counter advanced in that transaction:
 * concurrent payments wait for each other and a rollback gives the number back, so receipts have
 * no gaps.
 */
export async function payCentreBill(
  db: Db,
  input: { billId: string; staffId: string; method: CentrePaymentMethod; addressee: string; now?: Date },
): Promise<PayBillResult> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const [bill] = await tx.select({ id: centreBills.id, status: centreBills.status }).from(centreBills).where(eq(centreBills.id, input.billId)).for('update');
    if (!bill) return { ok: false, reason: 'notFound' } as const;
    if (bill.status !== 'open') return { ok: false, reason: 'notOpen' } as const;
    const total = await billTotal(tx as unknown as Db, bill.id);
    if (total === 0) return { ok: false, reason: 'empty' } as const;
    const [counter] = await tx
      .insert(centreReceiptCounter)
      .values({ id: 1, lastNumber: 1 })
      .onConflictDoUpdate({ target: centreReceiptCounter.id, set: { lastNumber: sql`${centreReceiptCounter.lastNumber} + 1` } })
      .returning({ lastNumber: centreReceiptCounter.lastNumber });
    const receiptNumber = counter!.lastNumber;
    const { issuerName, issuerRegistrationNumber } = await loadMoneySettings(tx as unknown as Db);
    await tx
      .update(centreBills)
      .set({ status: 'paid', paidAt: now, paidTo: input.staffId, paymentMethod: input.method, total, receiptNumber, receiptAddressee: input.addressee, issuerName, issuerRegistrationNumber })
      .where(and(eq(centreBills.id, bill.id), eq(centreBills.status, 'open')));
    await recordAudit(tx as unknown as Db, { actorId: input.staffId, action: 'centre.bill.pay', detail: { billId: bill.id, receiptNumber, total, method: input.method } });
    return { ok: true, receiptNumber } as const;
  });
}
