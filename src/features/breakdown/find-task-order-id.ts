import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { tasks } from './schema';

/** The order a task belongs to, or null for no such task. */
export async function findTaskOrderId(db: Db, taskId: string): Promise<string | null> {
  const [task] = await db.select({ orderId: tasks.orderId }).from(tasks).where(eq(tasks.id, taskId));
  return task?.orderId ?? null;
}
