import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { periodMoments, type ReportPeriod } from './fiscal-year';
import { queryRows } from '../../db/client';

export type CompletionRow = { courseId: string; title: string; completions: number };

/** Courses completed in the period, by course. */
export async function countTrainingCompletions(db: Db, period: ReportPeriod): Promise<CompletionRow[]> {
  const { start, end } = periodMoments(period);
  return queryRows<CompletionRow>(
    db,
    sql`select c.id as "courseId", c.title, count(*)::int as completions
      from course_completions cc join courses c on c.id = cc.course_id
      where cc.completed_at >= ${start} and cc.completed_at < ${end}
      group by c.id, c.title order by c.title`,
  );
}
