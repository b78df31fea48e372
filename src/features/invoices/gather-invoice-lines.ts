import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { tasks, workPackages } from '../breakdown/schema';
import { quoteItems } from '../orders/schema';

/** Where a new invoice's lines come from: the order's quote, or the work accepted (検収) so far. */
export const invoiceLineSources = ['quote', 'accepted'] as const;
export type InvoiceLineSource = (typeof invoiceLineSources)[number];

export type InvoiceLine = { orderId: string; description: string; quantity: number; unitName: string | null; unitPriceYen: number; taxRate: number };

/**
 * The lines an invoice starts with for one order. From the quote: its lines as they are. From
 * accepted work: one line per work package with the units of its accepted tasks, priced like the
 * quote line in the same place of the list (packages usually follow the quote's lines; ¥0 at 10%
 * where there is none). Either way it is a draft, checked and edited before it is issued.
 */
export async function gatherInvoiceLines(db: Db, orderId: string, source: InvoiceLineSource): Promise<InvoiceLine[]> {
  const quote = await db.select().from(quoteItems).where(eq(quoteItems.orderId, orderId)).orderBy(asc(quoteItems.position));
  if (source === 'quote') {
    return quote.map((item) => ({ orderId, description: item.description, quantity: item.quantity, unitName: item.unit, unitPriceYen: item.unitPriceYen, taxRate: item.taxRate }));
  }
  const accepted = await db
    .select({ title: workPackages.title, unitName: workPackages.unitName, units: sql<number>`sum(${tasks.units})::int` })
    .from(workPackages)
    .innerJoin(tasks, and(eq(tasks.packageId, workPackages.id), eq(tasks.status, 'accepted')))
    .where(eq(workPackages.orderId, orderId))
    .groupBy(workPackages.id)
    .orderBy(asc(workPackages.position));
  return accepted.map((workPackage, index) => ({
    orderId,
    description: workPackage.title,
    quantity: Number(workPackage.units),
    unitName: workPackage.unitName,
    unitPriceYen: quote[index]?.unitPriceYen ?? 0,
    taxRate: quote[index]?.taxRate ?? 10,
  }));
}
