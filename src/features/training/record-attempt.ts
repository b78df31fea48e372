import { and, asc, count, desc, eq, gt } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { notify } from '../notifications/notify';
import { grantTrainingSkill, type SkillChange } from './grant-training-skill';
import { listAssessments } from './list-assessments';
import { mayTakeAssessment, type AssessmentRefusal } from './may-take-assessment';
import { assessmentAttempts, assessmentQuestions, courseCompletions } from './schema';

export type AttemptInput = { assessmentId: string; userId: string } & (
  | { kind: 'quiz'; answers: number[]; /** How many attempts there were when the quiz page was made. */ attemptsBefore: number }
  | { kind: 'practical'; scorePercent: number; note: string | null; staffId: string; /** When the scoring page was made. */ shownAt: Date }
);

export type AttemptResult =
  | { ok: true; attemptId: string; passed: boolean; skillChange?: SkillChange }
  | { ok: false; problem: AssessmentRefusal | 'notFound' | 'changed' };

/**
 * Records one try at an assessment. A quiz is scored here against the stored answers (percent
 * right, rounded down); a practical one gets the score staff give. A pass (score at or above the
 * pass mark) in the same transaction grants the skill, records the course completed if it was
 * not, tells the person and writes the audit line.
 *
 * The person's row is locked first, so two sends of one quiz at once run one after the other:
 * the second finds the same answers (or, for a practical one, the same score by the same staff)
 * already recorded since the page was made and answers with that attempt instead of recording
 * again, and after a pass nothing more is recorded.
 */
export async function recordAttempt(db: Db, input: AttemptInput, now = new Date()): Promise<AttemptResult> {
  return db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const [person] = await db.select({ id: users.id }).from(users).where(eq(users.id, input.userId)).for('no key update');
    const [assessment] = person ? await listAssessments(db, { assessmentId: input.assessmentId }, { withRetired: false }) : [];
    if (!assessment || assessment.kind !== input.kind) return { ok: false, problem: 'notFound' } as const;
    const mine = and(eq(assessmentAttempts.assessmentId, assessment.id), eq(assessmentAttempts.userId, input.userId));
    if (input.kind === 'quiz') {
      const [tries] = await db.select({ count: count() }).from(assessmentAttempts).where(mine);
      const [latest] = tries!.count > input.attemptsBefore ? await db.select().from(assessmentAttempts).where(mine).orderBy(desc(assessmentAttempts.takenAt)).limit(1) : [];
      // The same answers sent again from the same page: a double send, answered with its result.
      // Other answers from an older page (the browser's back button) are a new try.
      if (latest && latest.answers?.join() === input.answers.join()) return { ok: true, attemptId: latest.id, passed: latest.passed } as const;
    } else {
      // The same score sent again from the same page (a double click): answered with the first.
      const [same] = await db
        .select()
        .from(assessmentAttempts)
        .where(and(mine, gt(assessmentAttempts.takenAt, input.shownAt), eq(assessmentAttempts.scorePercent, input.scorePercent), eq(assessmentAttempts.recordedBy, input.staffId)))
        .limit(1);
      if (same) return { ok: true, attemptId: same.id, passed: same.passed } as const;
    }
    const refusal = await mayTakeAssessment(db, { assessment, userId: input.userId }, now);
    if (refusal) return { ok: false, problem: refusal } as const;
    let scorePercent: number;
    if (input.kind === 'quiz') {
      const questions = await db.select({ choices: assessmentQuestions.choices, correct: assessmentQuestions.correctChoice }).from(assessmentQuestions).where(eq(assessmentQuestions.assessmentId, assessment.id)).orderBy(asc(assessmentQuestions.position));
      // Staff changed the quiz while the page was open: the answers no longer fit its questions.
      if (questions.length !== input.answers.length || input.answers.some((answer, index) => answer >= questions[index]!.choices.length)) return { ok: false, problem: 'changed' } as const;
      const right = questions.filter((question, index) => question.correct === input.answers[index]).length;
      scorePercent = Math.floor((right * 100) / questions.length);
    } else {
      scorePercent = input.scorePercent;
    }
    const passed = scorePercent >= assessment.passPercent;
    const [attempt] = await db
      .insert(assessmentAttempts)
      .values({
        assessmentId: assessment.id,
        userId: input.userId,
        scorePercent,
        passed,
        takenAt: now,
        ...(input.kind === 'quiz' ? { answers: input.answers } : { recordedBy: input.staffId, note: input.note }),
      })
      .returning({ id: assessmentAttempts.id });
    if (!passed) return { ok: true, attemptId: attempt!.id, passed } as const;
    const staffId = input.kind === 'practical' ? input.staffId : null;
    const skillChange = await grantTrainingSkill(db, { userId: input.userId, skill: assessment.skill, level: assessment.level });
    await db.insert(courseCompletions).values({ courseId: assessment.courseId, userId: input.userId, recordedBy: staffId, completedAt: now }).onConflictDoNothing();
    await notify(db, [input.userId], { key: 'training.notice.passed', params: { assessment: assessment.title, course: assessment.courseTitle }, link: '/me/training' }, now);
    await recordAudit(db, {
      actorId: staffId ?? input.userId,
      action: 'worker.skill.training',
      subjectUserId: input.userId,
      detail: { skill: assessment.skill, level: assessment.level, assessmentId: assessment.id, change: skillChange },
    });
    return { ok: true, attemptId: attempt!.id, passed, skillChange } as const;
  });
}
