import { asc, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { sites } from '../centre/schema';
import { tenantCompanies } from '../tenants/schema';
import { centreBillCharges, centreBills } from './schema';

const paidToUser = alias(users, 'paid_to_user');

const billColumns = {
  id: centreBills.id,
  siteId: centreBills.siteId,
  siteName: sites.name,
  payerUserId: centreBills.payerUserId,
  payerCompanyId: centreBills.payerCompanyId,
  /** The person's or the company's name. */
  payerName: sql<string>`coalesce(${users.displayName}, ${tenantCompanies.name})`,
  status: centreBills.status,
  createdAt: centreBills.createdAt,
  paidAt: centreBills.paidAt,
  paidToName: paidToUser.displayName,
  paymentMethod: centreBills.paymentMethod,
  receiptNumber: centreBills.receiptNumber,
  receiptAddressee: centreBills.receiptAddressee,
  issuerName: centreBills.issuerName,
  issuerRegistrationNumber: centreBills.issuerRegistrationNumber,
  /** The fixed total once paid, else the sum of the charges so far. */
  total: sql<number>`coalesce(${centreBills.total}, (select coalesce(sum(${centreBillCharges.amount}), 0) from ${centreBillCharges} where ${centreBillCharges.billId} = ${centreBills.id}))::int`,
};

export type CentreBill = Awaited<ReturnType<typeof selectBills>>[number];
export type CentreBillCharge = typeof centreBillCharges.$inferSelect;

function selectBills(db: Db, where: SQL | undefined) {
  return db
    .select(billColumns)
    .from(centreBills)
    .innerJoin(sites, eq(sites.id, centreBills.siteId))
    .leftJoin(users, eq(users.id, centreBills.payerUserId))
    .leftJoin(tenantCompanies, eq(tenantCompanies.id, centreBills.payerCompanyId))
    .leftJoin(paidToUser, eq(paidToUser.id, centreBills.paidTo))
    .where(where)
    .orderBy(desc(centreBills.paidAt), asc(centreBills.createdAt));
}

/** Staff's list: every open bill, and the most recently paid ones. */
export async function listCentreBills(db: Db, recentlyPaid = 30): Promise<{ open: CentreBill[]; paid: CentreBill[] }> {
  const open = await selectBills(db, eq(centreBills.status, 'open'));
  const paid = await selectBills(db, eq(centreBills.status, 'paid')).limit(recentlyPaid);
  return { open, paid };
}

/** The bills of one person, and of their company when they are a tenant's staff (`companyId`). */
export function listPayerBills(db: Db, payer: { userId: string; companyId: string | null }): Promise<CentreBill[]> {
  const byPerson = eq(centreBills.payerUserId, payer.userId);
  return selectBills(db, payer.companyId ? or(byPerson, eq(centreBills.payerCompanyId, payer.companyId)) : byPerson);
}

/** A bill with its charges, or undefined. */
export async function findCentreBill(db: Db, billId: string): Promise<{ bill: CentreBill; charges: CentreBillCharge[] } | undefined> {
  const [bill] = await selectBills(db, eq(centreBills.id, billId));
  if (!bill) return undefined;
  const charges = await db
    .select()
    .from(centreBillCharges)
    .where(eq(centreBillCharges.billId, billId))
    .orderBy(asc(centreBillCharges.chargedOn), asc(centreBillCharges.createdAt));
  return { bill, charges };
}
