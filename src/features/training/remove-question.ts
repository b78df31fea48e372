import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { assessmentQuestions } from './schema';

/** Removes a quiz question; returns its quiz. Scores already recorded stay as they were. */
export async function removeQuestion(db: Db, questionId: string): Promise<string | undefined> {
  const [removed] = await db.delete(assessmentQuestions).where(eq(assessmentQuestions.id, questionId)).returning({ assessmentId: assessmentQuestions.assessmentId });
  return removed?.assessmentId;
}
