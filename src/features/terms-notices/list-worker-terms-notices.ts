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
};

/** A notice row with its content read back through the schema. */
export const withContent = <Row extends { content: unknown }>(row: Row) => ({ ...row, content: termsNoticeContentSchema.parse(row.content) });

/** A worker's notices: those still waiting for their answer first, then newest first. */
export async function listWorkerTermsNotices(db: Db, workerId: string) {
  const rows = await db
    .select(noticeListColumns)
    .from(termsNotices)
    .where(eq(termsNotices.workerId, workerId))
    .orderBy(sql`${termsNotices.response} is null desc`, desc(termsNotices.issuedAt), desc(termsNotices.number));
  return rows.map(withContent);
}

export type TermsNoticeListRow = Awaited<ReturnType<typeof listWorkerTermsNotices>>[number];
