import { and, eq, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { isExclusionViolation } from '../../db/unique-violation';
import { tenantContracts } from './schema';

/**
 * Sets a contract's last day (ending it then, or moving an end already set). Refused when the day
 * is before the contract's first day, or when a later end would run into the booth's next contract.
 */
export async function endContract(db: Db, companyId: string, contractId: string, endsOn: string): Promise<'ended' | 'beforeStart' | 'overlap'> {
  try {
    const updated = await db.transaction((tx) =>
      tx
        .update(tenantContracts)
        .set({ endsOn })
        .where(and(eq(tenantContracts.id, contractId), eq(tenantContracts.companyId, companyId), lte(tenantContracts.startsOn, endsOn)))
        .returning({ id: tenantContracts.id }),
    );
    return updated.length > 0 ? 'ended' : 'beforeStart';
  } catch (error) {
    if (isExclusionViolation(error)) return 'overlap';
    throw error;
  }
}
