import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { workPackages } from './schema';

export type WorkPackage = typeof workPackages.$inferSelect;

/**
 * The order's package, its row locked until the transaction ends, so two splits of one package
 * at once number their tasks one after the other. Null when the order has no such package.
 */
export async function lockPackage(tx: Db, orderId: string, packageId: string): Promise<WorkPackage | null> {
  const [row] = await tx
    .select()
    .from(workPackages)
    .where(and(eq(workPackages.id, packageId), eq(workPackages.orderId, orderId)))
    .for('update');
  return row ?? null;
}
