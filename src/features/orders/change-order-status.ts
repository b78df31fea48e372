import { and, count, eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { clients } from '../clients/schema';
import { missingTerms, type RequiredTerm } from './missing-terms';
import { orders, orderStatusChanges, quoteItems, type OrderStatus } from './schema';

/** The steps an order may take from each status; `lost` and `closed` are the ends. */
export const orderTransitions: Record<OrderStatus, readonly OrderStatus[]> = {
  inquiry: ['quoted', 'lost'],
  quoted: ['ordered', 'lost', 'inquiry'],
  ordered: ['in_progress', 'lost'],
  in_progress: ['delivered'],
  delivered: ['closed', 'in_progress'],
  closed: [],
  lost: [],
};

export type StatusChange = { from: OrderStatus; to: OrderStatus; note: string | null };

export type ChangeStatusResult =
  | { ok: true }
  /** stale: the order is no longer in `from` — someone else moved it first. */
  | { ok: false; reason: 'notFound' | 'notAllowed' | 'stale' | 'noQuoteItems' }
  | { ok: false; reason: 'missingTerms'; missing: RequiredTerm[] };

/**
 * Moves an order one step along the pipeline and writes the step to its history. The caller
 * says which status it saw; if the order has moved on since, nothing changes (`stale`). A quote
 * needs at least one line; an order needs every required term, and makes a prospect client active.
 */
export async function changeOrderStatus(db: Db, actorId: string, orderId: string, change: StatusChange): Promise<ChangeStatusResult> {
  return db.transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for('update');
    if (!order) return { ok: false, reason: 'notFound' } as const;
    if (order.status !== change.from) return { ok: false, reason: 'stale' } as const;
    if (!orderTransitions[change.from].includes(change.to)) return { ok: false, reason: 'notAllowed' } as const;
    if (change.to === 'quoted') {
      const [items] = await tx.select({ count: count() }).from(quoteItems).where(eq(quoteItems.orderId, orderId));
      if (!items?.count) return { ok: false, reason: 'noQuoteItems' } as const;
    }
    if (change.to === 'ordered') {
      const missing = missingTerms(order);
      if (missing.length > 0) return { ok: false, reason: 'missingTerms', missing } as const;
    }
    // The row lock above already serialises concurrent changes; the condition keeps this safe without it.
    const [moved] = await tx
      .update(orders)
      .set({ status: change.to, updatedAt: new Date() })
      .where(and(eq(orders.id, orderId), eq(orders.status, change.from)))
      .returning({ id: orders.id });
    if (!moved) return { ok: false, reason: 'stale' } as const;
    await tx.insert(orderStatusChanges).values({ orderId, fromStatus: change.from, toStatus: change.to, note: change.note, changedBy: actorId });
    if (change.to === 'ordered') {
      await tx.update(clients).set({ status: 'active' }).where(and(eq(clients.id, order.clientId), eq(clients.status, 'prospect')));
    }
    await recordAudit(tx as unknown as Db, { actorId, action: 'order.status.change', detail: { orderId, from: change.from, to: change.to } });
    return { ok: true } as const;
  });
}
