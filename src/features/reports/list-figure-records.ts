import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client';
import { figureRecords, type FigureFilter, type FigureName } from './figure-records';
import type { ReportPeriod } from './fiscal-year';

/** Records shown on one page of a figure's list. */
export const figureRecordsPageSize = 100;

export type FigureRecordRow = { id: string; label: string; cells: (string | number | boolean | null)[] };

/** One page of the records behind a figure (see figureRecords), and how many there are in all. */
export async function listFigureRecords(
  db: Db,
  name: FigureName,
  period: ReportPeriod,
  filter: FigureFilter,
  page: number,
): Promise<{ total: number; rows: FigureRecordRow[] }> {
  const figure = figureRecords[name];
  const rows = figure.rows(period, filter);
  const [count] = await queryRows<{ total: number }>(db, sql`select count(*)::int as total from (${rows}) listed`);
  const found = await queryRows<Record<string, string | number | boolean | null>>(
    db,
    sql`select * from (${rows}) listed order by ${figure.orderBy} limit ${figureRecordsPageSize} offset ${(page - 1) * figureRecordsPageSize}`,
  );
  return {
    total: count!.total,
    rows: found.map((row) => ({ id: String(row.id), label: String(row.label), cells: figure.columns.map((_, index) => row[`c${index}`] ?? null) })),
  };
}
