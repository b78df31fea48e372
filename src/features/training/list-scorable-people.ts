import { and, asc, eq, inArray, isNull, lte, ne, notInArray, or } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
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
    .where(
      and(
        eq(courseSessions.courseId, assessment.courseId),
        isNull(courseSessions.cancelledAt),
        lte(courseSessions.startsAt, now),
        eq(sessionEnrolments.status, 'enrolled'),
        or(isNull(sessionEnrolments.attendance), ne(sessionEnrolments.attendance, 'absent')),
      ),
    );
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
