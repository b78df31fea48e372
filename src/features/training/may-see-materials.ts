import { and, eq, ne } from 'drizzle-orm';
import type { Actor } from '../../auth/policy';
import { can } from '../../auth/policy';
import type { Db } from '../../db/client';
import { courseCompletions, courseSessions, sessionEnrolments } from './schema';

/**
 * A course's materials are for staff and for the people taking it: a live place (seated or
 * waiting) in one of its sessions, or the course completed. Materials may be a client's sample
 * data or paid content, so nobody else sees them.
 */
export async function maySeeMaterials(db: Db, actor: Actor, courseId: string): Promise<boolean> {
  if (can(actor, 'training.manage')) return true;
  const [enrolled] = await db
    .select({ id: sessionEnrolments.id })
    .from(sessionEnrolments)
    .innerJoin(courseSessions, eq(courseSessions.id, sessionEnrolments.sessionId))
    .where(and(eq(courseSessions.courseId, courseId), eq(sessionEnrolments.userId, actor.id), ne(sessionEnrolments.status, 'cancelled')))
    .limit(1);
  if (enrolled) return true;
  const [completed] = await db
    .select({ courseId: courseCompletions.courseId })
    .from(courseCompletions)
    .where(and(eq(courseCompletions.courseId, courseId), eq(courseCompletions.userId, actor.id)));
  return Boolean(completed);
}
