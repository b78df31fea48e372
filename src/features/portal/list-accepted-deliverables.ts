import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { storedFiles } from '../../files/schema';
import { tasks } from '../breakdown/schema';
import { submissions } from '../tasks/schema';

/**
 * The files of an order's accepted work, for the client to download: only once accepted, and
 * with nothing about who did the work.
 */
export async function listAcceptedDeliverables(db: Db, orderId: string) {
  return db
    .select({ id: storedFiles.id, name: storedFiles.originalName, sizeBytes: storedFiles.sizeBytes, contentType: storedFiles.contentType, taskTitle: tasks.title, acceptedOn: submissions.inspectedOn })
    .from(storedFiles)
    .innerJoin(submissions, eq(submissions.id, storedFiles.submissionId))
    .innerJoin(tasks, eq(tasks.id, submissions.taskId))
    .where(and(eq(storedFiles.orderId, orderId), eq(storedFiles.purpose, 'deliverable'), eq(submissions.decision, 'accepted')))
    .orderBy(asc(submissions.inspectedOn), asc(tasks.position), asc(storedFiles.originalName));
}
