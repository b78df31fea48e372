import type { Db } from '../../db/client';
import { orders, orderStatusChanges } from './schema';
import type { InquiryInput } from './validation';

/**
 * Registers an inquiry (引き合い) and the first line of its status history (with `note`, if any).
 * `actorId` is null when the client's own system sent it through the API; `deliveryDate` is then
 * the date it asked for.
 */
export async function createInquiry(db: Db, actorId: string | null, input: InquiryInput & { deliveryDate?: string | null }, note: string | null = null): Promise<string> {
  return db.transaction(async (tx) => {
    const [order] = await tx
      .insert(orders)
      .values({ ...input, status: 'inquiry', createdBy: actorId })
      .returning({ id: orders.id });
    await tx.insert(orderStatusChanges).values({ orderId: order!.id, fromStatus: null, toStatus: 'inquiry', note, changedBy: actorId });
    return order!.id;
  });
}
