import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { periodMoments, type ReportPeriod } from './fiscal-year';
import { queryRows } from '../../db/client';

export type CompletionRow = { courseId: string; title: string; completions: number };

/** Course completions in [start, end). */
export function completionsDuring(start: Date, end: Date): SQL {
  return sql`(select * from course_completions where completed_at >= ${start} and completed_at < ${end})`;
}

/** Courses completed in the period, by course. */
export async function countTrainingCompletions(db: Db, period: ReportPeriod): Promise<CompletionRow[]> {
  const { start, end } = periodMoments(period);
  return queryRows<CompletionRow>(
    db,
    sql`select c.id as "courseId", c.title, count(*)::int as completions
      from ${completionsDuring(start, end)} cc join courses c on c.id = cc.course_id
      group by c.id, c.title order by c.title`,
  );
}
