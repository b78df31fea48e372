import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { courses } from './schema';

/** Takes a course out of the catalogue; its sessions, completions and history stay. */
export async function retireCourse(db: Db, courseId: string, now = new Date()): Promise<boolean> {
  const retired = await db.update(courses).set({ retiredAt: now }).where(and(eq(courses.id, courseId), isNull(courses.retiredAt))).returning({ id: courses.id });
  return retired.length > 0;
}
