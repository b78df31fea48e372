import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { orders } from '../orders/schema';
import { sendClientInquiry } from '../portal/send-client-inquiry';
import type { OfferPayload } from './offer-subcontract';
import { partnerOrders, partners } from './schema';

export type ReceivedOffer = { ok: true; orderId: string; created: boolean } | { ok: false; reason: 'noClient' };

/**
 * A partner town offers us work (再委託 received): it becomes an inquiry from the client record
 * standing for that town, exactly like a client's inquiry, so the director reviews the terms,
 * quotes and takes it on as for any client (staff who manage orders are notified). The partner's
 * reference is kept (partner_orders) with the upstream payment date it disclosed, if any; the
 * same offer delivered again finds the same order (the partner row is locked, so two deliveries
 * at once make one).
 */
export async function receivePartnerOffer(db: Db, partnerId: string, offer: OfferPayload, now = new Date()): Promise<ReceivedOffer> {
  return db.transaction(async (tx) => {
    const [partner] = await tx.select({ clientId: partners.clientId, name: partners.name }).from(partners).where(eq(partners.id, partnerId)).for('update');
    const [known] = await tx
      .select({ orderId: partnerOrders.orderId })
      .from(partnerOrders)
      .where(and(eq(partnerOrders.partnerId, partnerId), eq(partnerOrders.reference, offer.reference)));
    if (known) return { ok: true, orderId: known.orderId, created: false } as const;
    if (!partner?.clientId) return { ok: false, reason: 'noClient' } as const;
    const { id: orderId } = await sendClientInquiry(tx, partner.clientId, { title: offer.title, inquiry: offer.instructions || null, deliveryDate: offer.deliveryDate }, null, now);
    // The offered price, and the partner's disclosure, stand as the terms the director starts from and confirms.
    const disclosed = offer.upstreamPaymentDueOn !== null;
    await tx
      .update(orders)
      .set({
        termsRate: `${offer.unitPriceYen}円 × ${offer.units}`,
        subcontractingDisclosed: disclosed,
        termsSubcontracting: disclosed ? `${partner.name}からの再委託（元の取引の支払期日 ${offer.upstreamPaymentDueOn}）` : null,
      })
      .where(eq(orders.id, orderId));
    await tx.insert(partnerOrders).values({ orderId, partnerId, reference: offer.reference, upstreamPaymentDueOn: offer.upstreamPaymentDueOn, receivedAt: now });
    return { ok: true, orderId, created: true } as const;
  });
}
