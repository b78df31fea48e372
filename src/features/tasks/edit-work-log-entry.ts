import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { workLogEntries, workLogRevisions } from './schema';
import type { WorkLogInput } from './validation';

/**
 * Changes one of the worker's own finished work log entries, keeping the values it had before
 * in `work_log_revisions`. The task's id, or null when the entry is not theirs (or still running).
 */
export async function editWorkLogEntry(db: Db, workerId: string, entryId: string, input: WorkLogInput, now = new Date()): Promise<string | null> {
  return db.transaction(async (tx) => {
    const [entry] = await tx
      .select()
      .from(workLogEntries)
      .where(and(eq(workLogEntries.id, entryId), eq(workLogEntries.workerId, workerId), isNotNull(workLogEntries.minutes)))
      .for('update');
    if (!entry) return null;
    const before = { workedOn: entry.workedOn, minutes: entry.minutes, units: entry.units, note: entry.note };
    await tx.insert(workLogRevisions).values({ entryId, before, editedBy: workerId, editedAt: now });
    await tx.update(workLogEntries).set({ ...input, updatedAt: now }).where(eq(workLogEntries.id, entryId));
    return entry.taskId;
  });
}
