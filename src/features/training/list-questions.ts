import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { assessmentQuestions } from './schema';

/** A quiz's questions in the order they are asked. */
export async function listQuestions(db: Db, assessmentId: string) {
  return db.select().from(assessmentQuestions).where(eq(assessmentQuestions.assessmentId, assessmentId)).orderBy(asc(assessmentQuestions.position));
}
