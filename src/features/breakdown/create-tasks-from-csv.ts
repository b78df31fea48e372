import type { Db } from '../../db/client';
import { addPackageTasks } from './add-package-tasks';
import { lockPackage } from './lock-package';
import type { CsvTask } from './parse-task-csv';
import type { SplitResult } from './split-package-by-count';

/** Adds the tasks of a checked list (`parseTaskCsv`) to a package, all or none. Follow-up packages are split from their entry tasks instead. */
export async function createTasksFromCsv(db: Db, orderId: string, packageId: string, rows: CsvTask[]): Promise<SplitResult> {
  return db.transaction(async (tx) => {
    const workPackage = await lockPackage(tx as unknown as Db, orderId, packageId);
    if (!workPackage) return { ok: false, reason: 'notFound' } as const;
    if (workPackage.followsPackageId) return { ok: false, reason: 'followUp' } as const;
    return { ok: true, count: await addPackageTasks(tx as unknown as Db, workPackage, rows) } as const;
  });
}
