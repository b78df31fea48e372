import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { termsNoticeContentSchema } from './content';
import { termsNotices } from './schema';

/** The columns every list of notices shows, and the content they are described from. */
export const noticeListColumns = {
  id: termsNotices.id,
  number: termsNotices.number,
  orderId: termsNotices.orderId,
  source: termsNotices.source,
  issuedAt: termsNotices.issuedAt,
  requiresAgreement: termsNotices.requiresAgreement,
  response: termsNotices.response,
  respondedAt: termsNotices.respondedAt,
  content: termsNotices.content,
  /** Changed terms a newer change replaced: they can no longer be answered. */
  superseded: sql<boolean>`exists (select 1 from terms_notices newer where newer.supersedes_id = terms_notices.id)`,
};

/** Whether the worker still has to answer: not yet answered, and not changed terms that a newer change replaced. */
export const awaitsAnswer = (notice: { response: unknown; requiresAgreement: boolean; superseded: boolean }) => !notice.response && !(notice.requiresAgreement && notice.superseded);

/** A notice row with its content read back through the schema. */
export const withContent = <Row extends { content: unknown }>(row: Row) => ({ ...row, content: termsNoticeContentSchema.parse(row.content) });

/** A worker's notices: those still waiting for their answer first, then newest first. */
export async function listWorkerTermsNotices(db: Db, workerId: string) {
  const rows = await db
    .select(noticeListColumns)
    .from(termsNotices)
    .where(eq(termsNotices.workerId, workerId))
    .orderBy(
      sql`(${termsNotices.response} is null and not (${termsNotices.requiresAgreement} and ${noticeListColumns.superseded})) desc`,
      desc(termsNotices.issuedAt),
      desc(termsNotices.number),
    );
  return rows.map(withContent);
}

export type TermsNoticeListRow = Awaited<ReturnType<typeof listWorkerTermsNotices>>[number];
