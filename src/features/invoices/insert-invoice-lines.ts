import type { Db } from '../../db/client';
import type { InvoiceLine } from './gather-invoice-lines';
import { invoiceItems } from './schema';

/** Adds lines to a draft after the ones it has (positions from `after` + 1). */
export async function insertInvoiceLines(db: Db, invoiceId: string, lines: readonly InvoiceLine[], after = 0): Promise<void> {
  if (lines.length === 0) return;
  await db.insert(invoiceItems).values(lines.map((line, index) => ({ ...line, invoiceId, position: after + index + 1 })));
}
