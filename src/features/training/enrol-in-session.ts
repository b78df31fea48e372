import { and, asc, eq, ne, notExists, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { courseCompletions, coursePrerequisites, courses, courseSessions, sessionEnrolments } from './schema';

export type EnrolResult =
  | { ok: true; status: 'enrolled' }
  | { ok: true; status: 'waitlisted'; position: number }
  | { ok: false; problem: 'notFound' | 'cancelled' | 'past' | 'already' }
  | { ok: false; problem: 'prerequisite'; missing: string[] };

/**
 * Enrols a person in a session, or puts them on its waiting list when it is full. Seats are
 * counted under a lock on the session row, so with k seats left and many asking at once exactly
 * k get one and the rest wait, in the order they got the lock (clock_timestamp, not the
 * transaction's start). A course needing others is refused until those are completed.
 */
export async function enrolInSession(db: Db, input: { sessionId: string; userId: string }, now = new Date()): Promise<EnrolResult> {
  return db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const [session] = await db.select().from(courseSessions).where(eq(courseSessions.id, input.sessionId)).for('update');
    const [course] = session ? await db.select().from(courses).where(eq(courses.id, session.courseId)) : [];
    if (!session || !course || course.retiredAt) return { ok: false, problem: 'notFound' } as const;
    if (session.cancelledAt) return { ok: false, problem: 'cancelled' } as const;
    if (session.startsAt <= now) return { ok: false, problem: 'past' } as const;
    const missing = await db
      .select({ title: courses.title })
      .from(coursePrerequisites)
      .innerJoin(courses, eq(courses.id, coursePrerequisites.requiresCourseId))
      .where(
        and(
          eq(coursePrerequisites.courseId, course.id),
          notExists(
            db
              .select({ one: sql`1` })
              .from(courseCompletions)
              .where(and(eq(courseCompletions.courseId, coursePrerequisites.requiresCourseId), eq(courseCompletions.userId, input.userId))),
          ),
        ),
      )
      .orderBy(asc(courses.title));
    if (missing.length > 0) return { ok: false, problem: 'prerequisite', missing: missing.map((row) => row.title) } as const;
    const live = await db
      .select({ status: sessionEnrolments.status })
      .from(sessionEnrolments)
      .where(and(eq(sessionEnrolments.sessionId, session.id), eq(sessionEnrolments.userId, input.userId), ne(sessionEnrolments.status, 'cancelled')));
    if (live.length > 0) return { ok: false, problem: 'already' } as const;
    const [counts] = await db
      .select({
        enrolled: sql<number>`count(*) filter (where ${sessionEnrolments.status} = 'enrolled')::int`,
        waiting: sql<number>`count(*) filter (where ${sessionEnrolments.status} = 'waitlisted')::int`,
      })
      .from(sessionEnrolments)
      .where(eq(sessionEnrolments.sessionId, session.id));
    const status = counts!.enrolled < session.capacity ? 'enrolled' : 'waitlisted';
    await db.insert(sessionEnrolments).values({ sessionId: session.id, userId: input.userId, status, createdAt: sql`clock_timestamp()` });
    return status === 'enrolled' ? ({ ok: true, status } as const) : ({ ok: true, status, position: counts!.waiting + 1 } as const);
  });
}
