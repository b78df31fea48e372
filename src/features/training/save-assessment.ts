import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { assessments, courses } from './schema';
import type { AssessmentForm } from './validation';

/**
 * Adds an assessment to a live course, or changes one's title, skill, level and pass mark. Past
 * attempts keep whether they passed: a pass mark changed later does not undo a skill granted.
 */
export async function saveAssessment(
  db: Db,
  input: { courseId: string; form: AssessmentForm; staffId: string } | { assessmentId: string; form: Omit<AssessmentForm, 'kind'> },
): Promise<string | undefined> {
  if ('assessmentId' in input) {
    const [saved] = await db.update(assessments).set(input.form).where(eq(assessments.id, input.assessmentId)).returning({ id: assessments.id });
    return saved?.id;
  }
  const [course] = await db.select({ id: courses.id }).from(courses).where(and(eq(courses.id, input.courseId), isNull(courses.retiredAt)));
  if (!course) return undefined;
  const [created] = await db.insert(assessments).values({ courseId: course.id, ...input.form, createdBy: input.staffId }).returning({ id: assessments.id });
  return created!.id;
}
