import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { workerProfiles, workerStatusChanges, type WorkerStatus } from './schema';

/**
 * Moves a worker between trainee, active, paused and retired (any way, back too), with a
 * reason, keeping the history of who changed it and when. The account's role follows between
 * trainee and worker.
 */
export async function changeWorkerStatus(
  db: Db,
  change: { actorId: string; workerId: string; status: WorkerStatus; reason: string },
): Promise<{ ok: true } | { ok: false; reason: 'notFound' | 'unchanged' }> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ status: workerProfiles.status })
      .from(workerProfiles)
      .where(eq(workerProfiles.userId, change.workerId))
      .for('update');
    if (!current) return { ok: false, reason: 'notFound' } as const;
    if (current.status === change.status) return { ok: false, reason: 'unchanged' } as const;
    await tx.update(workerProfiles).set({ status: change.status, updatedAt: new Date() }).where(eq(workerProfiles.userId, change.workerId));
    // Finishing training makes a trainee a worker, and going back to training the reverse; leaders keep their role.
    const role = change.status === 'active' ? 'worker' : change.status === 'trainee' ? 'trainee' : null;
    if (role) {
      await tx
        .update(users)
        .set({ role })
        .where(and(eq(users.id, change.workerId), inArray(users.role, role === 'worker' ? ['trainee'] : ['worker'])));
    }
    await tx.insert(workerStatusChanges).values({
      userId: change.workerId,
      fromStatus: current.status,
      toStatus: change.status,
      reason: change.reason,
      changedBy: change.actorId,
    });
    await recordAudit(tx, {
      actorId: change.actorId,
      action: 'worker.status.change',
      subjectUserId: change.workerId,
      detail: { from: current.status, to: change.status },
    });
    return { ok: true } as const;
  });
}
