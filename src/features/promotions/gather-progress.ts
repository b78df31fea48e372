import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { submissions } from '../tasks/schema';
import { assessmentAttempts, assessments, courseCompletions, courses, courseSessions, sessionEnrolments } from '../training/schema';
import { workerSkills } from '../workers/schema';

/** Review figures of hand-ins that needed review and got a result; the return rate is returned ÷ reviewed. */
export type ReviewFigures = { reviewed: number; accepted: number; returned: number };

/**
 * What a person has done on the path: courses completed, sessions attended, assessments passed,
 * skills (with how they were confirmed) and the review results of their work.
 */
export async function gatherProgress(db: Db, userId: string) {
  const [completions, attended, passed, skills, [review]] = await Promise.all([
    db
      .select({ title: courses.title, completedAt: courseCompletions.completedAt })
      .from(courseCompletions)
      .innerJoin(courses, eq(courses.id, courseCompletions.courseId))
      .where(eq(courseCompletions.userId, userId))
      .orderBy(asc(courseCompletions.completedAt)),
    db
      .select({ title: courses.title, startsAt: courseSessions.startsAt })
      .from(sessionEnrolments)
      .innerJoin(courseSessions, eq(courseSessions.id, sessionEnrolments.sessionId))
      .innerJoin(courses, eq(courses.id, courseSessions.courseId))
      .where(and(eq(sessionEnrolments.userId, userId), eq(sessionEnrolments.attendance, 'present')))
      .orderBy(asc(courseSessions.startsAt)),
    db
      .select({ title: assessments.title, courseTitle: courses.title, scorePercent: assessmentAttempts.scorePercent, takenAt: assessmentAttempts.takenAt })
      .from(assessmentAttempts)
      .innerJoin(assessments, eq(assessments.id, assessmentAttempts.assessmentId))
      .innerJoin(courses, eq(courses.id, assessments.courseId))
      .where(and(eq(assessmentAttempts.userId, userId), eq(assessmentAttempts.passed, true)))
      .orderBy(asc(assessmentAttempts.takenAt)),
    db.select({ skill: workerSkills.skill, level: workerSkills.level, source: workerSkills.source }).from(workerSkills).where(eq(workerSkills.userId, userId)).orderBy(asc(workerSkills.skill)),
    db
      .select({
        reviewed: sql<number>`count(*)::int`,
        accepted: sql<number>`(count(*) filter (where ${submissions.decision} = 'accepted'))::int`,
        returned: sql<number>`(count(*) filter (where ${submissions.decision} = 'returned'))::int`,
      })
      .from(submissions)
      .where(and(eq(submissions.workerId, userId), eq(submissions.needsReview, true), isNotNull(submissions.decision))),
  ]);
  return { completions, attended, passed, skills, review: review! satisfies ReviewFigures };
}
