import { and, eq, max } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { workPackages } from './schema';
import type { PackageInput } from './validation';

export type CreatePackageResult = { ok: true; id: string } | { ok: false; reason: 'unknownFollows' };

/** Adds a work package at the end of the order's packages; a follow-up step must follow a package of the same order. */
export async function createWorkPackage(db: Db, orderId: string, createdBy: string, input: PackageInput): Promise<CreatePackageResult> {
  return db.transaction(async (tx) => {
    if (input.followsPackageId) {
      const [followed] = await tx
        .select({ id: workPackages.id })
        .from(workPackages)
        .where(and(eq(workPackages.id, input.followsPackageId), eq(workPackages.orderId, orderId)));
      if (!followed) return { ok: false, reason: 'unknownFollows' } as const;
    }
    const [last] = await tx.select({ position: max(workPackages.position) }).from(workPackages).where(eq(workPackages.orderId, orderId));
    const [created] = await tx
      .insert(workPackages)
      .values({ orderId, position: (last?.position ?? 0) + 1, createdBy, ...input })
      .returning({ id: workPackages.id });
    return { ok: true, id: created!.id } as const;
  });
}
