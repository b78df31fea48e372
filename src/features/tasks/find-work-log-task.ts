import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { workLogEntries } from './schema';

/** The task of one of the worker's own work log entries, or null when the entry is not theirs. */
export async function findWorkLogTask(db: Db, workerId: string, entryId: string): Promise<string | null> {
  const [entry] = await db
    .select({ taskId: workLogEntries.taskId })
    .from(workLogEntries)
    .where(and(eq(workLogEntries.id, entryId), eq(workLogEntries.workerId, workerId)));
  return entry?.taskId ?? null;
}
