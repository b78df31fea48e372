import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { workPackages } from '../breakdown/schema';
import { clients } from '../clients/schema';
import { orders } from '../orders/schema';
import { partners, subcontracts } from './schema';

/** The partner towns (with `partnerId`, only that one), those still worked with first; whether we hold their token, never the token. */
export async function listPartners(db: Db, partnerId?: string) {
  return db
    .select({ id: partners.id, name: partners.name, baseUrl: partners.baseUrl, clientId: partners.clientId, clientName: clients.name, hasToken: sql<boolean>`${partners.theirTokenSealed} is not null`, createdAt: partners.createdAt, endedAt: partners.endedAt })
    .from(partners)
    .leftJoin(clients, eq(clients.id, partners.clientId))
    .where(partnerId ? eq(partners.id, partnerId) : undefined)
    .orderBy(asc(partners.endedAt), asc(partners.name));
}
export type PartnerSummary = Awaited<ReturnType<typeof listPartners>>[number];

/** The work sub-contracted to a partner, or from one of our orders, newest first. */
export async function listSubcontracts(db: Db, by: { partnerId: string } | { orderId: string }) {
  return db
    .select({
      id: subcontracts.id,
      orderId: subcontracts.orderId,
      orderNumber: orders.number,
      partnerName: partners.name,
      packageTitle: workPackages.title,
      title: subcontracts.title,
      units: subcontracts.units,
      unitPriceYen: subcontracts.unitPriceYen,
      deliveryDate: subcontracts.deliveryDate,
      status: subcontracts.status,
      acceptedUnits: subcontracts.acceptedUnits,
      upstreamPaymentDueOn: subcontracts.upstreamPaymentDueOn,
    })
    .from(subcontracts)
    .innerJoin(orders, eq(orders.id, subcontracts.orderId))
    .innerJoin(partners, eq(partners.id, subcontracts.partnerId))
    .leftJoin(workPackages, eq(workPackages.id, subcontracts.packageId))
    .where('partnerId' in by ? eq(subcontracts.partnerId, by.partnerId) : eq(subcontracts.orderId, by.orderId))
    .orderBy(desc(subcontracts.createdAt));
}
export type SubcontractSummary = Awaited<ReturnType<typeof listSubcontracts>>[number];
