import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { tasks } from '../breakdown/schema';
import { endHold } from './end-hold';
import { stopTimers } from './stop-timers';

/**
 * Gives a held task back to the pool — allowed at any moment, without penalty; a reason may be
 * given, never required. The time logged so far stays. False when the worker does not hold it.
 */
export async function giveBackTask(db: Db, workerId: string, taskId: string, note: string | null, now = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    if (!(await endHold(db, workerId, taskId, 'given_back', now, note))) return false;
    await db.update(tasks).set({ status: 'open' }).where(and(eq(tasks.id, taskId), eq(tasks.status, 'held')));
    await stopTimers(db, workerId, now, taskId);
    return true;
  });
}
