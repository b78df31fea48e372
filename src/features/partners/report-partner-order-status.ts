import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { orders, type OrderStatus } from '../orders/schema';
import type { StatusPayload } from './receive-partner-status';
import { partnerOrders, partnerOutbox, partners, type SubcontractStatus } from './schema';

/** Our order's status as the sending town's subcontract status. */
const asSubcontractStatus: Record<OrderStatus, SubcontractStatus> = {
  inquiry: 'offered',
  quoted: 'offered',
  ordered: 'accepted',
  in_progress: 'in_progress',
  delivered: 'delivered',
  closed: 'completed',
  lost: 'declined',
};

/**
 * On the receiving side: for each order that came from a partner town, compares where it stands
 * (status, units accepted in review) with the last report queued to that partner, and queues a
 * new one (partner_outbox, kind 'status') when it changed; deliverPartnerOutbox sends it. A job
 * rather than a hook in every place an order moves or work is accepted: one place, and a missed
 * change is caught on the next run. Only the work's totals cross, never who did it. Returns how
 * many reports were queued.
 */
export async function reportPartnerOrderStatus(db: Db, now: Date): Promise<number> {
  const rows = await db
    .select({
      partnerId: partnerOrders.partnerId,
      reference: partnerOrders.reference,
      orderId: orders.id,
      status: orders.status,
      acceptedUnits: sql<number>`(select coalesce(sum(units), 0)::int from tasks where tasks.order_id = ${orders.id} and tasks.status = 'accepted')`,
      lastReport: sql<StatusPayload | null>`(select payload from partner_outbox last where last.partner_id = ${partnerOrders.partnerId} and last.kind = 'status' and last.payload->>'reference' = ${partnerOrders.reference} order by last.created_at desc limit 1)`,
    })
    .from(partnerOrders)
    .innerJoin(orders, eq(orders.id, partnerOrders.orderId))
    .innerJoin(partners, and(eq(partners.id, partnerOrders.partnerId), isNull(partners.endedAt)));
  const reports = rows.flatMap((row) => {
    const report: StatusPayload = { reference: row.reference, orderId: row.orderId, status: asSubcontractStatus[row.status], acceptedUnits: row.acceptedUnits };
    const last = row.lastReport ?? { status: 'offered', acceptedUnits: 0 };
    return last.status === report.status && last.acceptedUnits === report.acceptedUnits ? [] : [{ partnerId: row.partnerId, kind: 'status', payload: report, createdAt: now, nextAttemptAt: now }];
  });
  if (reports.length > 0) await db.insert(partnerOutbox).values(reports);
  return reports.length;
}
