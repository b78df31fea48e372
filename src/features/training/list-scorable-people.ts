import { and, asc, eq, inArray, lte, notInArray, or } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { countingSeat } from './counting-seat';
import { assessmentAttempts, courseCompletions, courseSessions, sessionEnrolments } from './schema';

/**
 * Whom staff can score on a practical assessment: the people who may take it (see
 * mayTakeAssessment) — completed the course, or seated in a session of it that has begun and
 * not marked absent — less those who already passed.
 */
export async function listScorablePeople(db: Db, assessment: { id: string; courseId: string }, now = new Date()) {
  const seated = db
    .select({ userId: sessionEnrolments.userId })
    .from(sessionEnrolments)
    .innerJoin(courseSessions, eq(courseSessions.id, sessionEnrolments.sessionId))
    .where(and(countingSeat(assessment.courseId), lte(courseSessions.startsAt, now)));
  const completed = db.select({ userId: courseCompletions.userId }).from(courseCompletions).where(eq(courseCompletions.courseId, assessment.courseId));
  const passed = db
    .select({ userId: assessmentAttempts.userId })
    .from(assessmentAttempts)
    .where(and(eq(assessmentAttempts.assessmentId, assessment.id), eq(assessmentAttempts.passed, true)));
  return db
    .select({ userId: users.id, name: users.displayName })
    .from(users)
    .where(and(or(inArray(users.id, seated), inArray(users.id, completed)), notInArray(users.id, passed)))
    .orderBy(asc(users.displayName));
}
