import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { courseCompletions, courses, courseSessions, sessionEnrolments } from './schema';

/** One's live places in sessions (with the place on the waiting list) and one's completed courses. */
export async function listMyTraining(db: Db, userId: string) {
  const places = await db
    .select({
      enrolmentId: sessionEnrolments.id,
      sessionId: sessionEnrolments.sessionId,
      status: sessionEnrolments.status,
      attendance: sessionEnrolments.attendance,
      courseId: courses.id,
      courseTitle: courses.title,
      startsAt: courseSessions.startsAt,
      endsAt: courseSessions.endsAt,
      place: courseSessions.place,
      onlineUrl: courseSessions.onlineUrl,
      cancelledAt: courseSessions.cancelledAt,
      position: sql<number>`(select count(*)::int + 1 from ${sessionEnrolments} w where w.session_id = session_enrolments.session_id and w.status = 'waitlisted'
        and (w.created_at, w.id) < (session_enrolments.created_at, session_enrolments.id))`,
    })
    .from(sessionEnrolments)
    .innerJoin(courseSessions, eq(courseSessions.id, sessionEnrolments.sessionId))
    .innerJoin(courses, eq(courses.id, courseSessions.courseId))
    .where(and(eq(sessionEnrolments.userId, userId), ne(sessionEnrolments.status, 'cancelled')))
    .orderBy(asc(courseSessions.startsAt));
  const completed = await db
    .select({ courseId: courses.id, title: courses.title, completedAt: courseCompletions.completedAt })
    .from(courseCompletions)
    .innerJoin(courses, eq(courses.id, courseCompletions.courseId))
    .where(eq(courseCompletions.userId, userId))
    .orderBy(desc(courseCompletions.completedAt));
  return { places, completed };
}
