import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { countingSeat } from './counting-seat';
import { assessmentAttempts, courseCompletions, courseSessions, sessionEnrolments } from './schema';

/** Why someone may not take an assessment now; each has a message saying what to do. */
export type AssessmentRefusal = 'passed' | 'notStarted' | 'notTaking' | 'noQuestions';

/**
 * Who may take a course's assessment: someone who completed the course, or who holds a seat in
 * one of its sessions that has begun (and was not marked absent from it). A seat in a session
 * still to come is not enough: the assessment checks what the session teaches. After a pass
 * there is nothing more to take; after a fail one may try again. A quiz needs questions.
 */
export async function mayTakeAssessment(
  db: Db,
  input: { assessment: { id: string; courseId: string; kind: 'quiz' | 'practical'; questions: number }; userId: string },
  now = new Date(),
): Promise<AssessmentRefusal | undefined> {
  const { assessment, userId } = input;
  const [passed] = await db
    .select({ id: assessmentAttempts.id })
    .from(assessmentAttempts)
    .where(and(eq(assessmentAttempts.assessmentId, assessment.id), eq(assessmentAttempts.userId, userId), eq(assessmentAttempts.passed, true)))
    .limit(1);
  if (passed) return 'passed';
  if (assessment.kind === 'quiz' && assessment.questions === 0) return 'noQuestions';
  const [completed] = await db
    .select({ userId: courseCompletions.userId })
    .from(courseCompletions)
    .where(and(eq(courseCompletions.courseId, assessment.courseId), eq(courseCompletions.userId, userId)));
  if (completed) return undefined;
  const seats = await db
    .select({ startsAt: courseSessions.startsAt })
    .from(sessionEnrolments)
    .innerJoin(courseSessions, eq(courseSessions.id, sessionEnrolments.sessionId))
    .where(and(countingSeat(assessment.courseId), eq(sessionEnrolments.userId, userId)));
  if (seats.some((seat) => seat.startsAt <= now)) return undefined;
  return seats.length > 0 ? 'notStarted' : 'notTaking';
}
