import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/client';
import type { CheckedUpload } from '../../files/check-upload';
import { storeFiles } from '../../files/store-files';
import { todayInJapan } from '../availability/calendar';
import { tasks } from '../breakdown/schema';
import { teamTrainingRate } from '../orders/team-training-rate';
import { findAgreedTrainingRate } from '../terms-notices/find-agreed-training-rate';
import { endHold } from './end-hold';
import { submissions } from './schema';
import { stopTimers } from './stop-timers';

export type HandIn = { units: number; note: string | null; files: CheckedUpload[] };

export type HandInResult = { ok: true; needsReview: boolean } | { ok: false };

/**
 * 納品: hands in a held task with its unit count, note and files, all or nothing. Whether it
 * needs review follows the order's policy — all of it, or a random sample (`draw` gives a number
 * in [0, 1), as Math.random does) — and a trainee's work is always reviewed, whether their
 * account is a trainee's or they are on the team in the trainee role (OJT). The training rate of the
 * terms in force (findAgreedTrainingRate) is fixed on the submission, which its pay counts. Work
 * not drawn for review is accepted at once, with today as its inspection date (検収日).
 */
export async function handInTask(
  db: Db,
  dataDir: string,
  workerId: string,
  taskId: string,
  handIn: HandIn,
  options: { now?: Date; draw?: () => number } = {},
): Promise<HandInResult> {
  const { now = new Date(), draw = Math.random } = options;
  const today = todayInJapan(now);
  return db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const [context] = await queryRows<{ orderId: string; reviewPolicy: 'all' | 'sample'; samplePercent: number | null; role: string; teamTrainingRate: number | null }>(
      db,
      sql`select orders.id as "orderId", orders.review_policy as "reviewPolicy", orders.review_sample_percent as "samplePercent",
            (select role from users where users.id = ${workerId}) as role, ${teamTrainingRate(workerId)} as "teamTrainingRate"
          from tasks join orders on orders.id = tasks.order_id where tasks.id = ${taskId}`,
    );
    if (!context || !(await endHold(db, workerId, taskId, 'handed_in', now))) return { ok: false };
    const onTeamForOjt = context.teamTrainingRate !== null;
    const needsReview = context.role === 'trainee' || onTeamForOjt || context.reviewPolicy === 'all' || draw() * 100 < (context.samplePercent ?? 100);
    // Pay follows the terms the worker accepted (a change applies once agreed); without any notice, the team role now.
    const agreed = await findAgreedTrainingRate(db, workerId, context.orderId);
    const trainingRatePercent = agreed === undefined ? context.teamTrainingRate : agreed;
    const [submission] = await db
      .insert(submissions)
      .values({
        taskId,
        workerId,
        units: handIn.units,
        note: handIn.note,
        submittedAt: now,
        needsReview,
        trainingRatePercent,
        ...(needsReview ? {} : { decision: 'accepted' as const, reviewedAt: now, inspectedOn: today }),
      })
      .returning({ id: submissions.id });
    await db
      .update(tasks)
      .set(needsReview ? { status: 'handed_in' } : { status: 'accepted', acceptedOn: today })
      .where(and(eq(tasks.id, taskId), eq(tasks.status, 'held')));
    await stopTimers(db, workerId, now, taskId);
    await storeFiles(db, dataDir, workerId, { orderId: context.orderId, taskId, submissionId: submission!.id, purpose: 'deliverable' }, handIn.files);
    return { ok: true, needsReview };
  });
}
