import { and, eq, gt, isNull, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { reminderLeadMs } from '../events/send-due-reminders';
import { notify } from '../notifications/notify';
import { courses, courseSessions, sessionEnrolments } from './schema';
import { sessionWhen } from './session-when';

/**
 * Reminds the people seated in every live session starting within the next day, once per session
 * (waiting people are not: they have no seat). Each session is marked by a conditional update in
 * the transaction that tells its people, so two app processes running the jobs at once remind once.
 * Returns how many sessions were reminded.
 */
export async function sendDueSessionReminders(db: Db, now = new Date()): Promise<number> {
  const due = await db
    .select({ id: courseSessions.id })
    .from(courseSessions)
    .where(and(isNull(courseSessions.reminderSentAt), isNull(courseSessions.cancelledAt), gt(courseSessions.startsAt, now), lte(courseSessions.startsAt, new Date(now.getTime() + reminderLeadMs))));
  let reminded = 0;
  for (const { id } of due) {
    const sent = await db.transaction(async (tx) => {
      const db = tx as unknown as Db;
      const [session] = await db
        .update(courseSessions)
        .set({ reminderSentAt: now })
        .where(and(eq(courseSessions.id, id), isNull(courseSessions.reminderSentAt), isNull(courseSessions.cancelledAt)))
        .returning();
      if (!session) return false;
      const [course] = await db.select({ title: courses.title }).from(courses).where(eq(courses.id, session.courseId));
      const seated = await db
        .select({ userId: sessionEnrolments.userId })
        .from(sessionEnrolments)
        .where(and(eq(sessionEnrolments.sessionId, id), eq(sessionEnrolments.status, 'enrolled')));
      const params = { course: course!.title, when: sessionWhen(session), place: session.place ?? '' };
      const key = session.place ? 'training.notice.reminderPlace' : 'training.notice.reminderOnline';
      await notify(db, seated.map((person) => person.userId), { key, params, link: '/me/training' }, now);
      return true;
    });
    if (sent) reminded += 1;
  }
  return reminded;
}
