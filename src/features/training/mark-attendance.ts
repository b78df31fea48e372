import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { courseSessions, sessionEnrolments, type AttendanceMark } from './schema';

/** Marks whether a seated person came, once the session has started; marking again changes the mark. */
export async function markAttendance(
  db: Db,
  input: { sessionId: string; enrolmentId: string; mark: AttendanceMark; staffId: string },
  now = new Date(),
): Promise<'marked' | 'notStarted' | 'notFound'> {
  const [session] = await db.select({ startsAt: courseSessions.startsAt }).from(courseSessions).where(eq(courseSessions.id, input.sessionId));
  if (!session) return 'notFound';
  if (session.startsAt > now) return 'notStarted';
  const marked = await db
    .update(sessionEnrolments)
    .set({ attendance: input.mark, attendanceMarkedBy: input.staffId })
    .where(and(eq(sessionEnrolments.id, input.enrolmentId), eq(sessionEnrolments.sessionId, input.sessionId), eq(sessionEnrolments.status, 'enrolled')))
    .returning({ id: sessionEnrolments.id });
  return marked.length > 0 ? 'marked' : 'notFound';
}
