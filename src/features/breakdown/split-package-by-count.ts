import type { Db } from '../../db/client';
import { addPackageTasks } from './add-package-tasks';
import { lockPackage } from './lock-package';
import { maxTasksPerSplit } from './parse-task-csv';

export type SplitResult = { ok: true; count: number } | { ok: false; reason: 'notFound' | 'tooMany' | 'followUp' | 'nothingToFollow' };

/**
 * Splits a volume into tasks of `unitsPerTask` (1,000 件 by 50 → 20 tasks); the last takes what
 * remains (1,010 by 50 → 20 of 50 and 1 of 10). A follow-up package is split from its entry
 * tasks instead (`splitFollowUpPackage`).
 */
export async function splitPackageByCount(
  db: Db,
  orderId: string,
  packageId: string,
  split: { totalUnits: number; unitsPerTask: number; estimateMinutes: number },
): Promise<SplitResult> {
  const count = Math.ceil(split.totalUnits / split.unitsPerTask);
  return db.transaction(async (tx) => {
    const workPackage = await lockPackage(tx as unknown as Db, orderId, packageId);
    if (!workPackage) return { ok: false, reason: 'notFound' } as const;
    if (workPackage.followsPackageId) return { ok: false, reason: 'followUp' } as const;
    if (count > maxTasksPerSplit) return { ok: false, reason: 'tooMany' } as const;
    const specs = Array.from({ length: count }, (_, index) => ({
      units: Math.min(split.unitsPerTask, split.totalUnits - index * split.unitsPerTask),
      estimateMinutes: split.estimateMinutes,
    }));
    return { ok: true, count: await addPackageTasks(tx as unknown as Db, workPackage, specs) } as const;
  });
}
