import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { storedFiles } from '../../files/schema';
import { orders } from '../orders/schema';
import { tasks, workPackages, type TaskStatus } from './schema';

export type InstructionFile = { id: string; packageId: string | null; originalName: string; sizeBytes: number };

export type PackageSummary = typeof workPackages.$inferSelect & {
  counts: Partial<Record<TaskStatus, number>>;
  taskCount: number;
  files: InstructionFile[];
};

export type Breakdown = {
  order: Pick<typeof orders.$inferSelect, 'id' | 'number' | 'title' | 'status' | 'requiredSkills'>;
  packages: PackageSummary[];
  /** Instructions for the whole order (not one package). */
  orderFiles: InstructionFile[];
};

/** An order's packages with their task counts by status and their instruction files, or null for no such order. */
export async function findBreakdown(db: Db, orderId: string): Promise<Breakdown | null> {
  const [order] = await db
    .select({ id: orders.id, number: orders.number, title: orders.title, status: orders.status, requiredSkills: orders.requiredSkills })
    .from(orders)
    .where(eq(orders.id, orderId));
  if (!order) return null;
  const packages = await db.select().from(workPackages).where(eq(workPackages.orderId, orderId)).orderBy(asc(workPackages.position));
  const counts = await db
    .select({ packageId: tasks.packageId, status: tasks.status, count: count() })
    .from(tasks)
    .where(eq(tasks.orderId, orderId))
    .groupBy(tasks.packageId, tasks.status);
  const files = await db
    .select({ id: storedFiles.id, packageId: storedFiles.packageId, originalName: storedFiles.originalName, sizeBytes: storedFiles.sizeBytes })
    .from(storedFiles)
    .where(and(eq(storedFiles.orderId, orderId), eq(storedFiles.purpose, 'instructions'), isNull(storedFiles.taskId)))
    .orderBy(asc(storedFiles.uploadedAt), asc(storedFiles.originalName));
  return {
    order,
    packages: packages.map((workPackage) => {
      const own = counts.filter((row) => row.packageId === workPackage.id);
      return {
        ...workPackage,
        counts: Object.fromEntries(own.map((row) => [row.status, row.count])),
        taskCount: own.reduce((sum, row) => sum + row.count, 0),
        files: files.filter((file) => file.packageId === workPackage.id),
      };
    }),
    orderFiles: files.filter((file) => file.packageId === null),
  };
}
