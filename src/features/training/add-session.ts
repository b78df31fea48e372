import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { instantAt } from '../bookings/booking-time';
import { courses, courseSessions } from './schema';
import type { SessionForm } from './validation';

/** Adds a session to a course that is not retired, in Japan time; a session starting in the past is refused. */
export async function addSession(db: Db, courseId: string, form: SessionForm, now = new Date()): Promise<{ ok: true; id: string } | { ok: false; problem: 'notFound' | 'past' }> {
  const [course] = await db.select({ id: courses.id }).from(courses).where(and(eq(courses.id, courseId), isNull(courses.retiredAt)));
  if (!course) return { ok: false, problem: 'notFound' };
  const startsAt = instantAt(form.date, form.start);
  if (startsAt <= now) return { ok: false, problem: 'past' };
  const [session] = await db
    .insert(courseSessions)
    .values({ courseId, startsAt, endsAt: instantAt(form.date, form.end), place: form.place, onlineUrl: form.onlineUrl, capacity: form.capacity })
    .returning({ id: courseSessions.id });
  return { ok: true, id: session!.id };
}
