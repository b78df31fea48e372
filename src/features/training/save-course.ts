import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { coursePrerequisites, courses } from './schema';
import type { CourseForm } from './validation';

export type SaveCourseResult = { ok: true; id: string } | { ok: false; problem: 'notFound' | 'loop' | 'unknownPrerequisite'; courseTitle?: string };

/**
 * Creates a course (no `courseId`) or changes one, with its prerequisites. A prerequisite that
 * already needs this course (directly or through others) would make a loop nobody could start,
 * so it is refused. The prerequisites table is locked for the check, so two edits at once cannot
 * each close half of a loop.
 */
export async function saveCourse(db: Db, input: { courseId?: string; form: CourseForm; staffId: string }): Promise<SaveCourseResult> {
  return db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await db.execute(sql`lock table course_prerequisites in exclusive mode`);
    const wanted = [...new Set(input.form.prerequisites)];
    if (wanted.length > 0) {
      const known = await db.select({ id: courses.id }).from(courses).where(sql`${courses.id} in ${wanted}`);
      if (known.length !== wanted.length || (input.courseId && wanted.includes(input.courseId))) return { ok: false, problem: 'unknownPrerequisite' } as const;
    }
    if (input.courseId) {
      for (const requiresCourseId of wanted) {
        // Everything this prerequisite needs, however indirectly: this course among them is a loop.
        const result = (await db.execute(sql`
          with recursive needed(id) as (
            select requires_course_id from course_prerequisites where course_id = ${requiresCourseId}
            union
            select p.requires_course_id from course_prerequisites p join needed n on p.course_id = n.id
          )
          select c.title from courses c where c.id = ${requiresCourseId} and ${input.courseId}::uuid in (select id from needed)`)) as unknown as { rows: { title: string }[] };
        const looping = result.rows[0];
        if (looping) return { ok: false, problem: 'loop', courseTitle: looping.title } as const;
      }
    }
    const values = { title: input.form.title, description: input.form.description ?? '', stage: input.form.stage, level: input.form.level };
    let id = input.courseId;
    if (id) {
      const [changed] = await db.update(courses).set(values).where(eq(courses.id, id)).returning({ id: courses.id });
      if (!changed) return { ok: false, problem: 'notFound' } as const;
      await db.delete(coursePrerequisites).where(eq(coursePrerequisites.courseId, id));
    } else {
      const [created] = await db.insert(courses).values({ ...values, createdBy: input.staffId }).returning({ id: courses.id });
      id = created!.id;
    }
    if (wanted.length > 0) await db.insert(coursePrerequisites).values(wanted.map((requiresCourseId) => ({ courseId: id, requiresCourseId })));
    return { ok: true, id } as const;
  });
}
