import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { assessments } from './schema';

/** Retires an assessment: nobody can take it any more; its attempts and the skills it granted stay. Returns its course. */
export async function retireAssessment(db: Db, assessmentId: string, now = new Date()): Promise<string | undefined> {
  const [retired] = await db
    .update(assessments)
    .set({ retiredAt: now })
    .where(and(eq(assessments.id, assessmentId), isNull(assessments.retiredAt)))
    .returning({ courseId: assessments.courseId });
  return retired?.courseId;
}
