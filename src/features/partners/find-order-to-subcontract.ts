import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { workPackages } from '../breakdown/schema';
import { orders } from '../orders/schema';
import { subcontractableStatuses } from './offer-subcontract';

/** An order whose work may be sub-contracted now, with its work packages to choose from; undefined otherwise. */
export async function findOrderToSubcontract(db: Db, orderId: string) {
  const [order] = await db
    .select({ id: orders.id, number: orders.number, title: orders.title, deliveryDate: orders.deliveryDate })
    .from(orders)
    .where(and(eq(orders.id, orderId), inArray(orders.status, [...subcontractableStatuses])));
  if (!order) return undefined;
  const packages = await db.select({ id: workPackages.id, title: workPackages.title }).from(workPackages).where(eq(workPackages.orderId, orderId)).orderBy(asc(workPackages.position));
  return { ...order, packages };
}
export type OrderToSubcontract = NonNullable<Awaited<ReturnType<typeof findOrderToSubcontract>>>;
