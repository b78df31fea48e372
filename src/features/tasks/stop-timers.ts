import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { workLogEntries } from './schema';

/** The whole minutes between two moments, at most a day (the work log's limit for one entry). */
export function minutesBetween(start: Date, end: Date): number {
  return Math.min(1440, Math.max(0, Math.round((end.getTime() - start.getTime()) / 60000)));
}

/**
 * Stops the worker's running timer (on one task, or any), keeping the time run so far: handing
 * in, giving back or a reservation running out never loses logged work.
 */
export async function stopTimers(db: Db, workerId: string, now: Date, taskId?: string): Promise<void> {
  const running = await db
    .select({ id: workLogEntries.id, startedAt: workLogEntries.startedAt })
    .from(workLogEntries)
    .where(and(eq(workLogEntries.workerId, workerId), isNull(workLogEntries.minutes), taskId ? eq(workLogEntries.taskId, taskId) : undefined));
  for (const entry of running) {
    await db
      .update(workLogEntries)
      .set({ endedAt: now, minutes: minutesBetween(entry.startedAt ?? now, now), updatedAt: now })
      .where(eq(workLogEntries.id, entry.id));
  }
}
