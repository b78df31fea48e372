import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { courseCompletions, courseSessions, sessionEnrolments } from './schema';

/** Records that a person completed a course; only someone with a place in one of its sessions, and once. */
export async function recordCompletion(
  db: Db,
  input: { courseId: string; userId: string; note: string | null; staffId: string },
  now = new Date(),
): Promise<'recorded' | 'already' | 'notEnrolled'> {
  const [enrolled] = await db
    .select({ id: sessionEnrolments.id })
    .from(sessionEnrolments)
    .innerJoin(courseSessions, eq(courseSessions.id, sessionEnrolments.sessionId))
    .where(and(eq(courseSessions.courseId, input.courseId), eq(sessionEnrolments.userId, input.userId), ne(sessionEnrolments.status, 'cancelled')))
    .limit(1);
  if (!enrolled) return 'notEnrolled';
  const recorded = await db
    .insert(courseCompletions)
    .values({ courseId: input.courseId, userId: input.userId, note: input.note, recordedBy: input.staffId, completedAt: now })
    .onConflictDoNothing()
    .returning({ userId: courseCompletions.userId });
  return recorded.length > 0 ? 'recorded' : 'already';
}
