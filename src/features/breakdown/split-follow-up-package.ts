import { and, asc, eq, ne, notExists } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { addPackageTasks } from './add-package-tasks';
import { lockPackage } from './lock-package';
import { maxTasksPerSplit } from './parse-task-csv';
import { tasks } from './schema';
import type { SplitResult } from './split-package-by-count';

const followUp = alias(tasks, 'follow_up');

/**
 * A check step after entry: one task for each task of the followed package that has none yet
 * (so splitting again after more entry tasks were added adds only theirs), with the same units,
 * each waiting for its entry task to be accepted.
 */
export async function splitFollowUpPackage(db: Db, orderId: string, packageId: string, split: { estimateMinutes: number }): Promise<SplitResult> {
  return db.transaction(async (tx) => {
    const workPackage = await lockPackage(tx as unknown as Db, orderId, packageId);
    if (!workPackage) return { ok: false, reason: 'notFound' } as const;
    if (!workPackage.followsPackageId) return { ok: false, reason: 'notFound' } as const;
    const entries = await tx
      .select({ id: tasks.id, units: tasks.units })
      .from(tasks)
      .where(
        and(
          eq(tasks.packageId, workPackage.followsPackageId),
          ne(tasks.status, 'cancelled'),
          notExists(tx.select().from(followUp).where(and(eq(followUp.packageId, workPackage.id), eq(followUp.dependsOnTaskId, tasks.id)))),
        ),
      )
      .orderBy(asc(tasks.position));
    if (entries.length === 0) return { ok: false, reason: 'nothingToFollow' } as const;
    if (entries.length > maxTasksPerSplit) return { ok: false, reason: 'tooMany' } as const;
    const specs = entries.map((entry) => ({ units: entry.units, estimateMinutes: split.estimateMinutes, dependsOnTaskId: entry.id }));
    return { ok: true, count: await addPackageTasks(tx as unknown as Db, workPackage, specs) } as const;
  });
}
