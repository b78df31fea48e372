import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { listFeePlans } from './list-fee-plans';
import { feePlans } from './schema';
import type { FeePlanInput } from './validation';

/** Adds a plan at the end of the site's list. */
export async function addFeePlan(db: Db, siteId: string, input: FeePlanInput): Promise<string> {
  const existing = await listFeePlans(db, siteId);
  const sortOrder = existing.reduce((last, plan) => Math.max(last, plan.sortOrder + 1), 0);
  const [plan] = await db.insert(feePlans).values({ siteId, ...input, sortOrder }).returning({ id: feePlans.id });
  return plan!.id;
}

/**
 * Changes a plan still offered. Charges already made keep their amounts (each charge stores its
 * own price), so a new price applies from the next stay.
 */
export async function updateFeePlan(db: Db, siteId: string, planId: string, input: FeePlanInput): Promise<boolean> {
  const updated = await db
    .update(feePlans)
    .set(input)
    .where(and(eq(feePlans.id, planId), eq(feePlans.siteId, siteId), isNull(feePlans.retiredAt)))
    .returning({ id: feePlans.id });
  return updated.length > 0;
}

/** No longer offered; it stays for the guests and charges that used it. */
export async function retireFeePlan(db: Db, siteId: string, planId: string, now = new Date()): Promise<boolean> {
  const retired = await db
    .update(feePlans)
    .set({ retiredAt: now })
    .where(and(eq(feePlans.id, planId), eq(feePlans.siteId, siteId), isNull(feePlans.retiredAt)))
    .returning({ id: feePlans.id });
  return retired.length > 0;
}
