import { and, asc, eq, isNotNull, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { storedFiles } from '../../files/schema';
import { tasks, workPackages } from '../breakdown/schema';
import { orders } from '../orders/schema';
import { submissions, workLogEntries } from '../tasks/schema';

export type SubmissionForReview = NonNullable<Awaited<ReturnType<typeof findSubmissionForReview>>>;

const reviewers = alias(users, 'reviewer');

/**
 * One handed-in piece of work with what a reviewer needs beside it: the task and its
 * instructions, the worker, the files, the time logged on the task, and earlier reviews of it.
 */
export async function findSubmissionForReview(db: Db, submissionId: string) {
  const [submission] = await db
    .select({
      id: submissions.id,
      units: submissions.units,
      note: submissions.note,
      submittedAt: submissions.submittedAt,
      needsReview: submissions.needsReview,
      trainingRatePercent: submissions.trainingRatePercent,
      decision: submissions.decision,
      comment: submissions.comment,
      reviewedAt: submissions.reviewedAt,
      inspectedOn: submissions.inspectedOn,
      reviewerName: reviewers.displayName,
      workerId: submissions.workerId,
      workerName: users.displayName,
      taskId: tasks.id,
      taskTitle: tasks.title,
      taskUnits: tasks.units,
      taskStatus: tasks.status,
      estimateMinutes: tasks.estimateMinutes,
      deadline: tasks.deadline,
      packageTitle: workPackages.title,
      unitName: workPackages.unitName,
      instructions: workPackages.instructions,
      orderId: orders.id,
      orderNumber: orders.number,
      orderTitle: orders.title,
    })
    .from(submissions)
    .innerJoin(tasks, eq(tasks.id, submissions.taskId))
    .innerJoin(workPackages, eq(workPackages.id, tasks.packageId))
    .innerJoin(orders, eq(orders.id, tasks.orderId))
    .innerJoin(users, eq(users.id, submissions.workerId))
    .leftJoin(reviewers, eq(reviewers.id, submissions.reviewedBy))
    .where(eq(submissions.id, submissionId));
  if (!submission) return null;
  const files = await db
    .select({ id: storedFiles.id, name: storedFiles.originalName, sizeBytes: storedFiles.sizeBytes })
    .from(storedFiles)
    .where(eq(storedFiles.submissionId, submissionId))
    .orderBy(asc(storedFiles.uploadedAt), asc(storedFiles.originalName));
  const [logged] = await db
    .select({ minutes: sql<number>`coalesce(sum(${workLogEntries.minutes}), 0)::int` })
    .from(workLogEntries)
    .where(eq(workLogEntries.taskId, submission.taskId));
  const earlierReviews = await db
    .select({
      id: submissions.id,
      submittedAt: submissions.submittedAt,
      decision: submissions.decision,
      comment: submissions.comment,
      reviewedAt: submissions.reviewedAt,
      reviewerName: reviewers.displayName,
    })
    .from(submissions)
    .leftJoin(reviewers, eq(reviewers.id, submissions.reviewedBy))
    .where(and(eq(submissions.taskId, submission.taskId), lt(submissions.submittedAt, submission.submittedAt), isNotNull(submissions.decision)))
    .orderBy(asc(submissions.submittedAt));
  return { ...submission, files, loggedMinutes: logged?.minutes ?? 0, earlierReviews };
}
