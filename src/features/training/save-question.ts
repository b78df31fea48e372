import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { assessmentQuestions, assessments } from './schema';
import type { QuestionForm } from './validation';

/**
 * Adds a question at the end of a quiz, or changes one. The quiz row is locked while the next
 * position is counted, so two questions added at once do not get the same place.
 */
export async function saveQuestion(db: Db, input: { assessmentId: string; form: QuestionForm } | { questionId: string; form: QuestionForm }): Promise<string | undefined> {
  if ('questionId' in input) {
    const [saved] = await db.update(assessmentQuestions).set(input.form).where(eq(assessmentQuestions.id, input.questionId)).returning({ assessmentId: assessmentQuestions.assessmentId });
    return saved?.assessmentId;
  }
  return db.transaction(async (tx) => {
    const [quiz] = await tx
      .select({ id: assessments.id })
      .from(assessments)
      .where(and(eq(assessments.id, input.assessmentId), eq(assessments.kind, 'quiz')))
      .for('update');
    if (!quiz) return undefined;
    await tx.insert(assessmentQuestions).values({
      assessmentId: quiz.id,
      position: sql`(select coalesce(max(${assessmentQuestions.position}), 0) + 1 from ${assessmentQuestions} where ${assessmentQuestions.assessmentId} = ${quiz.id})`,
      ...input.form,
    });
    return quiz.id;
  });
}
