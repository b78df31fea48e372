import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { workerProfiles } from '../workers/schema';
import { courseCompletions, courseSessions, sessionEnrolments } from './schema';

export type RosterEntry = {
  enrolmentId: string;
  userId: string;
  name: string;
  status: 'enrolled' | 'waitlisted';
  attendance: 'present' | 'absent' | null;
  promotedAt: Date | null;
  completed: boolean;
  /** Has a worker profile, where staff check and confirm skills. */
  hasProfile: boolean;
};

/** Who holds a seat in a session, then who waits, in the order they asked. */
export async function listRoster(db: Db, sessionId: string): Promise<RosterEntry[]> {
  const rows = await db
    .select({
      enrolmentId: sessionEnrolments.id,
      userId: sessionEnrolments.userId,
      name: users.displayName,
      status: sessionEnrolments.status,
      attendance: sessionEnrolments.attendance,
      promotedAt: sessionEnrolments.promotedAt,
      completed: sql<boolean>`exists (select 1 from ${courseCompletions} cc where cc.course_id = course_sessions.course_id and cc.user_id = session_enrolments.user_id)`,
      hasProfile: sql<boolean>`exists (select 1 from ${workerProfiles} wp where wp.user_id = session_enrolments.user_id)`,
    })
    .from(sessionEnrolments)
    .innerJoin(users, eq(users.id, sessionEnrolments.userId))
    .innerJoin(courseSessions, eq(courseSessions.id, sessionEnrolments.sessionId))
    .where(and(eq(sessionEnrolments.sessionId, sessionId), ne(sessionEnrolments.status, 'cancelled')))
    .orderBy(sql`${sessionEnrolments.status} = 'waitlisted'`, asc(sessionEnrolments.createdAt), asc(sessionEnrolments.id));
  return rows.map((row) => ({ ...row, status: row.status === 'enrolled' ? 'enrolled' : 'waitlisted' }));
}
