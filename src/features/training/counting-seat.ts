import { and, eq, isNull, ne, or } from 'drizzle-orm';
import { courseSessions, sessionEnrolments } from './schema';

/**
 * A seat (over `session_enrolments` joined to `course_sessions`) in one of the course's live
 * sessions, not marked absent: once that session has begun, it lets someone take the course's
 * assessments.
 */
export function countingSeat(courseId: string) {
  return and(
    eq(courseSessions.courseId, courseId),
    isNull(courseSessions.cancelledAt),
    eq(sessionEnrolments.status, 'enrolled'),
    or(isNull(sessionEnrolments.attendance), ne(sessionEnrolments.attendance, 'absent')),
  );
}
