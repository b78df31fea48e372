import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { todayInJapan } from '../availability/calendar';
import { taskHolds, workLogEntries } from './schema';
import { stopTimers } from './stop-timers';

/**
 * Starts the work timer on a task the worker holds. One timer runs per worker (the database
 * refuses a second), so a timer running on another task is stopped first, keeping its time.
 */
export async function startTimer(db: Db, workerId: string, taskId: string, now = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const [hold] = await db
      .select({ id: taskHolds.id })
      .from(taskHolds)
      .where(and(eq(taskHolds.taskId, taskId), eq(taskHolds.workerId, workerId), isNull(taskHolds.endedAt)));
    if (!hold) return false;
    // Two starts at once by the same worker (a double click) wait here for each other.
    await db.execute(sql`select id from users where id = ${workerId} for update`);
    await stopTimers(db, workerId, now);
    await db.insert(workLogEntries).values({ taskId, workerId, workedOn: todayInJapan(now), startedAt: now });
    return true;
  });
}
