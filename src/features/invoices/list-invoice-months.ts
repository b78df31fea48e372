import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client';

/** The months (YYYY-MM) that have invoices — issued then, or drafts made then — newest first, for the list's filter. */
export async function listInvoiceMonths(db: Db): Promise<string[]> {
  const rows = await queryRows<{ month: string }>(
    db,
    sql`select distinct to_char(coalesce(issued_on, (created_at at time zone 'Asia/Tokyo')::date), 'YYYY-MM') as month from invoices order by month desc`,
  );
  return rows.map((row) => row.month);
}
