import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { notify } from '../notifications/notify';
import { courses, courseSessions, sessionEnrolments } from './schema';
import { sessionWhen } from './session-when';

/**
 * Cancels a session that has not started and tells everyone holding a seat or waiting, in the
 * same transaction, so nobody travels to a session that will not happen. Their enrolments stay,
 * so each person still sees the session, marked cancelled.
 */
export async function cancelSession(db: Db, sessionId: string, now = new Date()): Promise<{ ok: true; courseId: string; told: number } | { ok: false }> {
  return db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const [session] = await db.select().from(courseSessions).where(eq(courseSessions.id, sessionId)).for('update');
    if (!session || session.cancelledAt || session.startsAt <= now) return { ok: false } as const;
    await db.update(courseSessions).set({ cancelledAt: now }).where(and(eq(courseSessions.id, sessionId), isNull(courseSessions.cancelledAt)));
    const [course] = await db.select({ title: courses.title }).from(courses).where(eq(courses.id, session.courseId));
    const people = await db
      .select({ userId: sessionEnrolments.userId })
      .from(sessionEnrolments)
      .where(and(eq(sessionEnrolments.sessionId, sessionId), ne(sessionEnrolments.status, 'cancelled')));
    await notify(db, people.map((person) => person.userId), { key: 'training.notice.sessionCancelled', params: { course: course!.title, when: sessionWhen(session) }, link: '/me/training' }, now);
    return { ok: true, courseId: session.courseId, told: people.length } as const;
  });
}
