import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { isUniqueViolation } from '../../db/unique-violation';
import { centreBillCharges, centreBills } from './schema';

/** Who pays: a guest (or any person charged for a stay) or a tenant company. */
export type CentrePayer = { userId: string } | { companyId: string };

export type CentreCharge = {
  siteId: string;
  chargedOn: string;
  description: string;
  quantity: number;
  unitPrice: number;
  amount: number;
  feePlanId?: string | null;
  /** The stay charged; a booking is charged once. */
  bookingId?: string;
  /** The contract and month (its first day) charged; each once. */
  contractId?: string;
  month?: string;
  createdBy?: string | null;
};

const payerColumn = (payer: CentrePayer) => ('userId' in payer ? eq(centreBills.payerUserId, payer.userId) : eq(centreBills.payerCompanyId, payer.companyId));

/**
 * Adds a charge to the payer's open bill, opening one when there is none. Returns the bill, or
 * `alreadyCharged` when that booking or contract month is on a bill already (so a second
 * check-out or a second click at once adds nothing). Runs in its own savepoint: the open bill is
 * taken under a lock on the payer's open bill row, and two first charges at once open one bill
 * (the partial unique index), the loser retrying into it.
 */
export async function addCentreCharge(db: Db, payer: CentrePayer, charge: CentreCharge): Promise<{ billId: string } | 'alreadyCharged'> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await db.transaction(async (tx) => {
        const [open] = await tx
          .select({ id: centreBills.id })
          .from(centreBills)
          .where(and(payerColumn(payer), eq(centreBills.status, 'open')))
          .for('update');
        const billId =
          open?.id ??
          (
            await tx
              .insert(centreBills)
              .values({ siteId: charge.siteId, ...('userId' in payer ? { payerUserId: payer.userId } : { payerCompanyId: payer.companyId }) })
              .returning({ id: centreBills.id })
          )[0]!.id;
        const [added] = await tx
          .insert(centreBillCharges)
          .values({
            billId,
            bookingId: charge.bookingId,
            contractId: charge.contractId,
            month: charge.month,
            feePlanId: charge.feePlanId ?? null,
            chargedOn: charge.chargedOn,
            description: charge.description,
            quantity: charge.quantity,
            unitPrice: charge.unitPrice,
            amount: charge.amount,
            createdBy: charge.createdBy ?? null,
          })
          .onConflictDoNothing()
          .returning({ id: centreBillCharges.id });
        if (!added) return 'alreadyCharged' as const;
        return { billId };
      });
    } catch (error) {
      // Another request opened the payer's bill first: the next attempt finds it.
      if (attempt < 3 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

/** The sum of a bill's charges in yen. */
export async function billTotal(db: Db, billId: string): Promise<number> {
  const [row] = await db.select({ total: sql<string | null>`sum(${centreBillCharges.amount})` }).from(centreBillCharges).where(eq(centreBillCharges.billId, billId));
  return Number(row?.total ?? 0);
}
