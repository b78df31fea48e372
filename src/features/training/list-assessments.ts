import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { SkillCode } from '../workers/vocabulary';
import { assessmentQuestions, assessments, courses } from './schema';

export type AssessmentSummary = Omit<typeof assessments.$inferSelect, 'skill'> & { skill: SkillCode; courseTitle: string; courseRetiredAt: Date | null; questions: number };

/** A course's assessments (or one, by id) with their course and how many questions each has; live ones first. */
export async function listAssessments(db: Db, filter: { courseId: string } | { assessmentId: string }, options: { withRetired: boolean }): Promise<AssessmentSummary[]> {
  const conditions: SQL[] = ['courseId' in filter ? eq(assessments.courseId, filter.courseId) : eq(assessments.id, filter.assessmentId)];
  if (!options.withRetired) conditions.push(isNull(assessments.retiredAt), isNull(courses.retiredAt));
  const rows = await db
    .select({
      assessment: assessments,
      courseTitle: courses.title,
      courseRetiredAt: courses.retiredAt,
      questions: sql<number>`(select count(*)::int from ${assessmentQuestions} q where q.assessment_id = ${assessments.id})`,
    })
    .from(assessments)
    .innerJoin(courses, eq(courses.id, assessments.courseId))
    .where(and(...conditions))
    .orderBy(sql`${assessments.retiredAt} is not null`, asc(assessments.createdAt));
  return rows.map((row) => ({ ...row.assessment, skill: row.assessment.skill as SkillCode, courseTitle: row.courseTitle, courseRetiredAt: row.courseRetiredAt, questions: row.questions }));
}
