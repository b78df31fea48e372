import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { workLogEntries } from './schema';
import { minutesBetween, stopTimers } from './stop-timers';

/** Stops the worker's timer on this task; the minutes it ran, or null when none was running. */
export async function stopTimer(db: Db, workerId: string, taskId: string, now = new Date()): Promise<number | null> {
  const [running] = await db
    .select({ startedAt: workLogEntries.startedAt })
    .from(workLogEntries)
    .where(and(eq(workLogEntries.workerId, workerId), eq(workLogEntries.taskId, taskId), isNull(workLogEntries.minutes)));
  if (!running) return null;
  await stopTimers(db, workerId, now, taskId);
  return minutesBetween(running.startedAt ?? now, now);
}
