import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { taskHolds, workLogEntries } from './schema';
import type { WorkLogInput } from './validation';

/** Records time and units by hand, on a task the worker holds or has held. False otherwise. */
export async function logWork(db: Db, workerId: string, taskId: string, input: WorkLogInput): Promise<boolean> {
  const [held] = await db
    .select({ id: taskHolds.id })
    .from(taskHolds)
    .where(and(eq(taskHolds.taskId, taskId), eq(taskHolds.workerId, workerId)))
    .limit(1);
  if (!held) return false;
  await db.insert(workLogEntries).values({ taskId, workerId, ...input });
  return true;
}
