import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { tasks } from '../breakdown/schema';
import { submissions } from '../tasks/schema';

export type DecisionResult = { ok: true; taskId: string } | { ok: false; reason: 'alreadyDecided' };

type Decided = { taskId: string; workerId: string; taskTitle: string; orderId: string };

/** Thrown inside the transaction to undo the decision when the task is no longer waiting for it. */
class NotWaiting extends Error {}

/**
 * Records a reviewer's decision on a submission and moves its task on, all or nothing. Only an
 * undecided submission of a task still waiting for review can be decided: when two reviewers
 * act at once, the conditional updates let exactly one through.
 */
export async function decideSubmission(
  db: Db,
  submissionId: string,
  decision: Pick<typeof submissions.$inferInsert, 'decision' | 'comment' | 'reviewedBy' | 'reviewedAt' | 'inspectedOn'>,
  taskChange: Pick<typeof tasks.$inferInsert, 'status' | 'acceptedOn'>,
  afterwards: (db: Db, decided: Decided) => Promise<void> = async () => {},
): Promise<DecisionResult> {
  try {
    return await db.transaction(async (tx) => {
      const db = tx as unknown as Db;
      const [submission] = await db
        .update(submissions)
        .set(decision)
        .where(and(eq(submissions.id, submissionId), isNull(submissions.decision)))
        .returning({ taskId: submissions.taskId, workerId: submissions.workerId });
      if (!submission) return { ok: false, reason: 'alreadyDecided' } as const;
      const [task] = await db
        .update(tasks)
        .set(taskChange)
        .where(and(eq(tasks.id, submission.taskId), eq(tasks.status, 'handed_in')))
        .returning({ title: tasks.title, orderId: tasks.orderId });
      if (!task) throw new NotWaiting();
      await afterwards(db, { ...submission, taskTitle: task.title, orderId: task.orderId });
      return { ok: true, taskId: submission.taskId } as const;
    });
  } catch (error) {
    if (error instanceof NotWaiting) return { ok: false, reason: 'alreadyDecided' };
    throw error;
  }
}
