import { and, eq, gte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { subcontracts, type SubcontractStatus } from './schema';

/** What the partner tells us about the work we sent it: where its order stands, in our words, and the units it has accepted. */
export type StatusPayload = { reference: string; orderId: string; status: SubcontractStatus; acceptedUnits: number };

/**
 * The partner reports on work we sub-contracted to it: our subcontract takes its status and
 * accepted units (and its order id). Only the partner it was offered to can report on it;
 * 'unknown' otherwise, and 'tooMany' for more units than were offered.
 */
export async function receivePartnerStatus(db: Db, partnerId: string, report: StatusPayload, now = new Date()): Promise<'updated' | 'unknown' | 'tooMany'> {
  const updated = await db
    .update(subcontracts)
    .set({ status: report.status, acceptedUnits: report.acceptedUnits, remoteOrderId: report.orderId, updatedAt: now })
    .where(and(eq(subcontracts.id, report.reference), eq(subcontracts.partnerId, partnerId), gte(subcontracts.units, report.acceptedUnits)))
    .returning({ id: subcontracts.id });
  if (updated.length > 0) return 'updated';
  const [known] = await db.select({ id: subcontracts.id }).from(subcontracts).where(and(eq(subcontracts.id, report.reference), eq(subcontracts.partnerId, partnerId)));
  return known ? 'tooMany' : 'unknown';
}
