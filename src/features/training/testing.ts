import type { Db } from '../../db/client';
import { courseCompletions, coursePrerequisites, courses, courseSessions, type CourseStage } from './schema';

/** A course inserted directly, needing `requires` first. */
export async function createTestCourse(db: Db, input: { title: string; stage?: CourseStage; level?: number; requires?: string[] }) {
  const [course] = await db
    .insert(courses)
    .values({ title: input.title, stage: input.stage ?? 'basics', level: input.level ?? 1 })
    .returning();
  if (input.requires?.length) await db.insert(coursePrerequisites).values(input.requires.map((requiresCourseId) => ({ courseId: course!.id, requiresCourseId })));
  return course!;
}

/** A session `startsInHours` from now (negative: already started), two hours long, at a place. */
export async function createTestSession(db: Db, input: { courseId: string; capacity: number; startsInHours?: number }) {
  const startsAt = new Date(Date.now() + (input.startsInHours ?? 48) * 3600_000);
  const [session] = await db
    .insert(courseSessions)
    .values({ courseId: input.courseId, startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3600_000), place: 'テスト会場', capacity: input.capacity })
    .returning();
  return session!;
}

export async function completeTestCourse(db: Db, courseId: string, userId: string) {
  await db.insert(courseCompletions).values({ courseId, userId });
}
