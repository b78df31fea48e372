import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { clients } from '../clients/schema';
import { orders } from '../orders/schema';
import { gatherInvoiceLines } from './gather-invoice-lines';
import { insertInvoiceLines } from './insert-invoice-lines';
import { invoices } from './schema';
import type { MonthlyInvoiceInput } from './validation';

export type CreateMonthlyResult = { ok: true; id: string } | { ok: false; reason: 'notFound' | 'noOrders' };

/**
 * 合計請求書: a draft for a client's orders delivered (納品) in `month` — last moved to delivered
 * in that month, in Japan's calendar, and delivered or closed now. Each order brings its quote's
 * lines (or its accepted work when it has no quote), every line carrying its order. Orders already
 * on an invoice that is not void are left out, so nothing is billed twice.
 */
export async function createMonthlyInvoice(db: Db, actorId: string, input: MonthlyInvoiceInput & { subject: string }): Promise<CreateMonthlyResult> {
  return db.transaction(async (tx) => {
    const [client] = await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, input.clientId));
    if (!client) return { ok: false, reason: 'notFound' } as const;
    const delivered = await tx
      .select({ id: orders.id })
      .from(orders)
      .where(
        and(
          eq(orders.clientId, input.clientId),
          inArray(orders.status, ['delivered', 'closed']),
          sql`(select to_char(max(changed_at) at time zone 'Asia/Tokyo', 'YYYY-MM') from order_status_changes
                where order_id = ${orders.id} and to_status = 'delivered') = ${input.month}`,
          sql`not exists (select 1 from invoices where invoices.order_id = ${orders.id} and invoices.status <> 'void')`,
          sql`not exists (select 1 from invoice_items join invoices on invoices.id = invoice_items.invoice_id
                where invoice_items.order_id = ${orders.id} and invoices.status <> 'void')`,
        ),
      )
      .orderBy(asc(orders.number));
    if (delivered.length === 0) return { ok: false, reason: 'noOrders' } as const;
    const [invoice] = await tx
      .insert(invoices)
      .values({ kind: 'monthly', clientId: input.clientId, month: input.month, subject: input.subject, createdBy: actorId })
      .returning({ id: invoices.id });
    const lines = [];
    for (const order of delivered) {
      const quoted = await gatherInvoiceLines(tx as unknown as Db, order.id, 'quote');
      lines.push(...(quoted.length > 0 ? quoted : await gatherInvoiceLines(tx as unknown as Db, order.id, 'accepted')));
    }
    await insertInvoiceLines(tx as unknown as Db, invoice!.id, lines);
    return { ok: true, id: invoice!.id } as const;
  });
}
