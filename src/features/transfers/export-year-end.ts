import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { summarizeYearEnd, type YearEndRow } from './summarize-year-end';

/** The year's 支払調書 data for a download, which carries each worker's address: every worker in it is audited. */
export async function exportYearEnd(db: Db, actorId: string, year: number): Promise<YearEndRow[]> {
  const rows = await summarizeYearEnd(db, year);
  for (const row of rows) await recordAudit(db, { actorId, action: 'yearEnd.download', subjectUserId: row.workerId, detail: { year } });
  return rows;
}
