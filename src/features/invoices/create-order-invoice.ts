import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { orders } from '../orders/schema';
import { gatherInvoiceLines } from './gather-invoice-lines';
import { insertInvoiceLines } from './insert-invoice-lines';
import { invoiceableStatuses } from './list-invoiceable-orders';
import { invoices } from './schema';
import type { OrderInvoiceInput } from './validation';

/** A draft invoice for one order, titled like the order, its lines from the quote or the accepted work; null if the order cannot be invoiced. */
export async function createOrderInvoice(db: Db, actorId: string, input: OrderInvoiceInput): Promise<string | null> {
  return db.transaction(async (tx) => {
    const [order] = await tx.select({ clientId: orders.clientId, title: orders.title, status: orders.status }).from(orders).where(eq(orders.id, input.orderId));
    if (!order || !invoiceableStatuses.includes(order.status)) return null;
    const [invoice] = await tx
      .insert(invoices)
      .values({ kind: 'order', clientId: order.clientId, orderId: input.orderId, subject: order.title, createdBy: actorId })
      .returning({ id: invoices.id });
    await insertInvoiceLines(tx as unknown as Db, invoice!.id, await gatherInvoiceLines(tx as unknown as Db, input.orderId, input.source));
    return invoice!.id;
  });
}
