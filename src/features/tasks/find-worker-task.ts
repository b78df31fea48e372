import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/client';
import { storedFiles } from '../../files/schema';
import { todayInJapan } from '../availability/calendar';
import type { TaskStatus } from '../breakdown/schema';
import { teamTrainingRate } from '../orders/team-training-rate';
import { findTaskTermsNoticeId } from '../terms-notices/find-task-terms-notice';
import { dependencyDone, hasSkillsFor, mayOpenTask, type WorkerSeat } from './eligibility';
import { releaseExpiredHolds } from './release-expired-holds';
import { submissions, taskHolds, taskOffers, workLogEntries, workLogRevisions } from './schema';
import { toTask, type TaskSummary } from './list-worker-tasks';

export type WorkLogValues = { workedOn: string; minutes: number | null; units: number; note: string | null };

export type WorkLogLine = WorkLogValues & {
  id: string;
  startedAt: Date | null;
  /** Earlier values, newest first; empty when never edited. */
  revisions: { before: WorkLogValues; editedAt: Date }[];
};

export type WorkerTask = TaskSummary & {
  packageId: string;
  instructions: string | null;
  status: TaskStatus;
  hasSkills: boolean;
  ready: boolean;
  /** The worker's own active hold, if they have the task now. */
  hold: { expiresAt: Date; source: 'taken' | 'offer' | 'returned' } | null;
  /** Whether the worker has held it at some time (so may log time against it). */
  everHeld: boolean;
  offer: { note: string | null; offeredAt: Date } | null;
  /** The reviewer's comment when the task came back for a redo. */
  returnedComment: string | null;
  /** The worker's hand-in waiting for review. */
  pending: { submittedAt: Date; units: number } | null;
  files: { id: string; name: string; sizeBytes: number }[];
  log: WorkLogLine[];
  /** The latest 取引条件明示書 the worker was given for this task. */
  termsNoticeId: string | null;
};

/**
 * One task as its page shows it to a worker — or null when there is no such task or the worker
 * may not open it (another team's, centre-only away from the centre, NDA work without an NDA).
 */
export async function findWorkerTask(db: Db, worker: WorkerSeat, taskId: string, now = new Date()): Promise<WorkerTask | null> {
  await releaseExpiredHolds(db, now);
  const me = worker.workerId;
  const [row] = await queryRows<Omit<WorkerTask, 'hold' | 'everHeld' | 'offer' | 'returnedComment' | 'pending' | 'files' | 'log' | 'termsNoticeId'>>(
    db,
    sql`select tasks.id, tasks.title, tasks.order_id as "orderId", orders.number as "orderNumber", orders.title as "orderTitle",
          work_packages.id as "packageId", work_packages.title as "packageTitle", work_packages.unit_name as "unitName",
          work_packages.instructions, tasks.units, tasks.estimate_minutes as "estimateMinutes", tasks.pay_kind as "payKind",
          tasks.pay_rate_yen as "payRateYen", ${teamTrainingRate(me)} as "trainingRatePercent", tasks.deadline::text as deadline, tasks.status,
          ${hasSkillsFor(me)} as "hasSkills", ${dependencyDone} as ready
        from tasks join orders on orders.id = tasks.order_id join work_packages on work_packages.id = tasks.package_id
        where tasks.id = ${taskId} and ${mayOpenTask(worker, todayInJapan(now))}`,
  );
  if (!row) return null;

  const holds = await db
    .select({ source: taskHolds.source, expiresAt: taskHolds.expiresAt, endedAt: taskHolds.endedAt })
    .from(taskHolds)
    .where(and(eq(taskHolds.taskId, taskId), eq(taskHolds.workerId, me)));
  const active = holds.find((hold) => hold.endedAt === null);
  const [offer] = await db
    .select({ note: taskOffers.note, offeredAt: taskOffers.offeredAt })
    .from(taskOffers)
    .where(and(eq(taskOffers.taskId, taskId), eq(taskOffers.workerId, me), isNull(taskOffers.respondedAt)));
  const mine = await db
    .select({ decision: submissions.decision, comment: submissions.comment, submittedAt: submissions.submittedAt, units: submissions.units })
    .from(submissions)
    .where(and(eq(submissions.taskId, taskId), eq(submissions.workerId, me)))
    .orderBy(desc(submissions.submittedAt));
  const pending = mine.find((submission) => submission.decision === null);
  const returned = active?.source === 'returned' ? mine.find((submission) => submission.decision === 'returned') : undefined;

  const files = await db
    .select({ id: storedFiles.id, name: storedFiles.originalName, sizeBytes: storedFiles.sizeBytes })
    .from(storedFiles)
    .where(
      and(
        eq(storedFiles.purpose, 'instructions'),
        eq(storedFiles.orderId, row.orderId),
        or(isNull(storedFiles.packageId), eq(storedFiles.packageId, row.packageId)),
        or(isNull(storedFiles.taskId), eq(storedFiles.taskId, taskId)),
      ),
    )
    .orderBy(asc(storedFiles.uploadedAt));

  const entries = await db
    .select({
      id: workLogEntries.id,
      workedOn: workLogEntries.workedOn,
      minutes: workLogEntries.minutes,
      units: workLogEntries.units,
      note: workLogEntries.note,
      startedAt: workLogEntries.startedAt,
    })
    .from(workLogEntries)
    .where(and(eq(workLogEntries.taskId, taskId), eq(workLogEntries.workerId, me)))
    .orderBy(asc(workLogEntries.workedOn), asc(workLogEntries.createdAt));
  const revisions = entries.length
    ? await db
        .select({ entryId: workLogRevisions.entryId, before: workLogRevisions.before, editedAt: workLogRevisions.editedAt })
        .from(workLogRevisions)
        .where(inArray(workLogRevisions.entryId, entries.map((entry) => entry.id)))
        .orderBy(desc(workLogRevisions.editedAt))
    : [];

  return {
    ...toTask(row),
    hold: active ? { expiresAt: active.expiresAt, source: active.source } : null,
    everHeld: holds.length > 0,
    offer: offer ?? null,
    returnedComment: returned?.comment ?? null,
    pending: pending ? { submittedAt: pending.submittedAt, units: pending.units } : null,
    files,
    termsNoticeId: holds.length > 0 ? await findTaskTermsNoticeId(db, me, taskId) : null,
    log: entries.map((entry) => ({
      ...entry,
      revisions: revisions.filter((revision) => revision.entryId === entry.id).map(({ before, editedAt }) => ({ before: before as WorkLogValues, editedAt })),
    })),
  };
}
