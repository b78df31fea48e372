import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { coursePrerequisites, courses, courseSessions, sessionEnrolments, type CourseStage } from './schema';

export type CourseSummary = {
  id: string;
  title: string;
  description: string;
  stage: CourseStage;
  level: number;
  retiredAt: Date | null;
  /** The titles of the courses to complete first. */
  prerequisites: { id: string; title: string }[];
  upcomingSessions: number;
  /** People holding a seat in the upcoming sessions. */
  enrolled: number;
};

const stageOrder = sql`case ${courses.stage} when 'basics' then 0 when 'practical' then 1 else 2 end`;

/** Courses (or the one `courseId`) in the order of the path (stage, level, title), with what each needs first and its upcoming sessions. */
export async function listCourses(db: Db, options: { withRetired: boolean; courseId?: string }, now = new Date()): Promise<CourseSummary[]> {
  const rows = await db
    .select({
      id: courses.id,
      title: courses.title,
      description: courses.description,
      stage: courses.stage,
      level: courses.level,
      retiredAt: courses.retiredAt,
      upcomingSessions: sql<number>`(select count(*)::int from ${courseSessions} s where s.course_id = courses.id and s.cancelled_at is null and s.starts_at > ${now.toISOString()}::timestamptz)`,
      enrolled: sql<number>`(select count(*)::int from ${sessionEnrolments} e join ${courseSessions} s on s.id = e.session_id
        where s.course_id = courses.id and s.cancelled_at is null and s.starts_at > ${now.toISOString()}::timestamptz and e.status = 'enrolled')`,
    })
    .from(courses)
    .where(and(options.withRetired ? undefined : isNull(courses.retiredAt), options.courseId ? eq(courses.id, options.courseId) : undefined))
    .orderBy(stageOrder, asc(courses.level), asc(courses.title));
  const needs = await db
    .select({ courseId: coursePrerequisites.courseId, id: courses.id, title: courses.title })
    .from(coursePrerequisites)
    .innerJoin(courses, eq(courses.id, coursePrerequisites.requiresCourseId))
    .orderBy(asc(courses.title));
  return rows.map((row) => ({ ...row, prerequisites: needs.filter((need) => need.courseId === row.id).map(({ id, title }) => ({ id, title })) }));
}
