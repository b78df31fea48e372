import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { courseSessions, sessionEnrolments } from './schema';

export type SessionSummary = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  onlineUrl: string | null;
  capacity: number;
  cancelledAt: Date | null;
  enrolled: number;
  waiting: number;
};

/** A course's sessions in time order, with seats taken and people waiting; `upcoming` leaves out past and cancelled ones. */
export async function listSessions(db: Db, courseId: string, options: { upcoming: boolean }, now = new Date()): Promise<SessionSummary[]> {
  return db
    .select({
      id: courseSessions.id,
      startsAt: courseSessions.startsAt,
      endsAt: courseSessions.endsAt,
      place: courseSessions.place,
      onlineUrl: courseSessions.onlineUrl,
      capacity: courseSessions.capacity,
      cancelledAt: courseSessions.cancelledAt,
      enrolled: sql<number>`(select count(*)::int from ${sessionEnrolments} e where e.session_id = course_sessions.id and e.status = 'enrolled')`,
      waiting: sql<number>`(select count(*)::int from ${sessionEnrolments} e where e.session_id = course_sessions.id and e.status = 'waitlisted')`,
    })
    .from(courseSessions)
    .where(and(eq(courseSessions.courseId, courseId), options.upcoming ? and(isNull(courseSessions.cancelledAt), gt(courseSessions.startsAt, now)) : undefined))
    .orderBy(asc(courseSessions.startsAt));
}
