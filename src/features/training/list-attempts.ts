import { desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import type { SkillCode } from '../workers/vocabulary';
import { assessmentAttempts, assessments, courses } from './schema';

const scorer = alias(users, 'scorer');

/** Attempts, newest first: one assessment's (for staff), one person's (their own page), or one attempt. */
export async function listAttempts(db: Db, filter: { assessmentId: string } | { userId: string } | { attemptId: string }) {
  const where =
    'assessmentId' in filter ? eq(assessmentAttempts.assessmentId, filter.assessmentId) : 'userId' in filter ? eq(assessmentAttempts.userId, filter.userId) : eq(assessmentAttempts.id, filter.attemptId);
  const rows = await db
    .select({
      id: assessmentAttempts.id,
      userId: assessmentAttempts.userId,
      name: users.displayName,
      assessmentId: assessments.id,
      title: assessments.title,
      kind: assessments.kind,
      skill: assessments.skill,
      level: assessments.level,
      passPercent: assessments.passPercent,
      courseId: courses.id,
      courseTitle: courses.title,
      scorePercent: assessmentAttempts.scorePercent,
      passed: assessmentAttempts.passed,
      answers: assessmentAttempts.answers,
      note: assessmentAttempts.note,
      scoredBy: scorer.displayName,
      takenAt: assessmentAttempts.takenAt,
    })
    .from(assessmentAttempts)
    .innerJoin(users, eq(users.id, assessmentAttempts.userId))
    .innerJoin(assessments, eq(assessments.id, assessmentAttempts.assessmentId))
    .innerJoin(courses, eq(courses.id, assessments.courseId))
    .leftJoin(scorer, eq(scorer.id, assessmentAttempts.recordedBy))
    .where(where)
    .orderBy(desc(assessmentAttempts.takenAt));
  return rows.map((row) => ({ ...row, skill: row.skill as SkillCode }));
}
export type AttemptRow = Awaited<ReturnType<typeof listAttempts>>[number];
