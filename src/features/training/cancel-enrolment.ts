import { and, asc, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { notify } from '../notifications/notify';
import { courses, courseSessions, sessionEnrolments } from './schema';
import { sessionWhen } from './session-when';

/**
 * Cancels one's own place in a session that has not started. A freed seat goes to the first
 * person waiting (promotedAt set), who is told, all in one transaction under the session's lock,
 * so a seat is never lost between the cancelling and the promoting.
 */
export async function cancelEnrolment(db: Db, input: { enrolmentId: string; userId: string }, now = new Date()): Promise<{ ok: true; promoted: string | null } | { ok: false; problem: 'notFound' | 'past' }> {
  const [mine] = await db
    .select({ sessionId: sessionEnrolments.sessionId })
    .from(sessionEnrolments)
    .where(and(eq(sessionEnrolments.id, input.enrolmentId), eq(sessionEnrolments.userId, input.userId), ne(sessionEnrolments.status, 'cancelled')));
  if (!mine) return { ok: false, problem: 'notFound' };
  return db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const [session] = await db.select().from(courseSessions).where(eq(courseSessions.id, mine.sessionId)).for('update');
    if (session!.startsAt <= now) return { ok: false, problem: 'past' } as const;
    const [cancelled] = await db
      .update(sessionEnrolments)
      .set({ status: 'cancelled', cancelledAt: now })
      .where(and(eq(sessionEnrolments.id, input.enrolmentId), ne(sessionEnrolments.status, 'cancelled')))
      .returning({ id: sessionEnrolments.id });
    if (!cancelled) return { ok: false, problem: 'notFound' } as const;
    // Counting the seats held now also covers a waiting person cancelling (no seat freed).
    const seated = await db.select({ id: sessionEnrolments.id }).from(sessionEnrolments).where(and(eq(sessionEnrolments.sessionId, session!.id), eq(sessionEnrolments.status, 'enrolled')));
    if (session!.cancelledAt || seated.length >= session!.capacity) return { ok: true, promoted: null } as const;
    const [first] = await db
      .select({ id: sessionEnrolments.id, userId: sessionEnrolments.userId })
      .from(sessionEnrolments)
      .where(and(eq(sessionEnrolments.sessionId, session!.id), eq(sessionEnrolments.status, 'waitlisted')))
      .orderBy(asc(sessionEnrolments.createdAt), asc(sessionEnrolments.id))
      .limit(1);
    if (!first) return { ok: true, promoted: null } as const;
    await db.update(sessionEnrolments).set({ status: 'enrolled', promotedAt: now }).where(eq(sessionEnrolments.id, first.id));
    const [course] = await db.select({ title: courses.title }).from(courses).where(eq(courses.id, session!.courseId));
    await notify(db, [first.userId], { key: 'training.notice.promoted', params: { course: course!.title, when: sessionWhen(session!) }, link: '/me/training' }, now);
    return { ok: true, promoted: first.userId } as const;
  });
}
