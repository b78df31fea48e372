import { and, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import type { FieldErrors } from '../../ui/form';
import { workPackages } from '../breakdown/schema';
import { orders, type OrderStatus } from '../orders/schema';
import { partnerOutbox, partners, subcontracts } from './schema';
import type { SubcontractInput } from './validation';

/** Orders whose work may be passed on: taken (受注) and not yet delivered. */
export const subcontractableStatuses = ['ordered', 'in_progress'] as const;

export const orderSubcontractable = (status: OrderStatus) => (subcontractableStatuses as readonly OrderStatus[]).includes(status);

/**
 * What crosses to the partner with an offer: the work and its totals, never who does it. The
 * sender's subcontract id is the reference the partner answers with.
 */
export type OfferPayload = {
  reference: string;
  title: string;
  instructions: string;
  units: number;
  unitPriceYen: number;
  deliveryDate: string;
  upstreamPaymentDueOn: string | null;
};

/**
 * 再委託: offers part of an order to a partner town. The subcontract ('offered') and the message
 * that carries it (partner_outbox, kind 'offer') are written in one transaction, so an offer is
 * never recorded without being sent, nor sent without being recorded. With the disclosure, the
 * partner is told it is sub-contracted work and when we are paid (disclosed_at records when).
 */
export async function offerSubcontract(
  db: Db,
  actorId: string,
  orderId: string,
  input: SubcontractInput,
  now = new Date(),
): Promise<{ ok: true; id: string } | { ok: false; errors: FieldErrors } | { ok: false; notFound: true }> {
  return db.transaction(async (tx) => {
    const [order] = await tx
      .select({ id: orders.id })
      .from(orders)
      .where(and(eq(orders.id, orderId), inArray(orders.status, [...subcontractableStatuses])));
    if (!order) return { ok: false, notFound: true } as const;
    const errors: FieldErrors = {};
    const [partner] = await tx.select({ id: partners.id }).from(partners).where(and(eq(partners.id, input.partnerId), isNull(partners.endedAt)));
    if (!partner) errors.partnerId = 'partners.error.choosePartner';
    let packageId: string | null = null;
    if (input.packageId) {
      const [found] = z.uuid().safeParse(input.packageId).success
        ? await tx.select({ id: workPackages.id }).from(workPackages).where(and(eq(workPackages.id, input.packageId), eq(workPackages.orderId, orderId)))
        : [];
      if (!found) errors.packageId = 'partners.error.choosePackage';
      packageId = found?.id ?? null;
    }
    if (Object.keys(errors).length > 0) return { ok: false, errors } as const;
    const upstreamPaymentDueOn = input.disclosed ? input.upstreamPaymentDueOn : null;
    const [subcontract] = await tx
      .insert(subcontracts)
      .values({
        orderId,
        packageId,
        partnerId: input.partnerId,
        title: input.title,
        instructions: input.instructions,
        units: input.units,
        unitPriceYen: input.unitPriceYen,
        deliveryDate: input.deliveryDate,
        disclosedAt: upstreamPaymentDueOn ? now : null,
        upstreamPaymentDueOn,
        createdBy: actorId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: subcontracts.id });
    const payload: OfferPayload = {
      reference: subcontract!.id,
      title: input.title,
      instructions: input.instructions,
      units: input.units,
      unitPriceYen: input.unitPriceYen,
      deliveryDate: input.deliveryDate,
      upstreamPaymentDueOn,
    };
    await tx.insert(partnerOutbox).values({ partnerId: input.partnerId, kind: 'offer', payload, createdAt: now, nextAttemptAt: now });
    await recordAudit(tx, { actorId, action: 'partners.subcontract.offer', detail: { subcontractId: subcontract!.id, partnerId: input.partnerId, orderId, disclosed: Boolean(upstreamPaymentDueOn) } });
    return { ok: true, id: subcontract!.id } as const;
  });
}
