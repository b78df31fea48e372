import { and, asc, eq, getTableColumns, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sites } from '../centre/schema';
import { feePlans } from './schema';

export type FeePlan = typeof feePlans.$inferSelect;

/** A site's fee plans in their order, the retired ones too unless `offeredOnly`. */
export function listFeePlans(db: Db, siteId: string, options: { offeredOnly?: boolean } = {}): Promise<FeePlan[]> {
  return db
    .select()
    .from(feePlans)
    .where(and(eq(feePlans.siteId, siteId), options.offeredOnly ? isNull(feePlans.retiredAt) : undefined))
    .orderBy(asc(feePlans.sortOrder), asc(feePlans.name));
}

export async function findFeePlan(db: Db, siteId: string, planId: string): Promise<FeePlan | undefined> {
  const [plan] = await db.select().from(feePlans).where(and(eq(feePlans.id, planId), eq(feePlans.siteId, siteId)));
  return plan;
}

/** Every plan still offered, of every site, with its site's name: what staff choose from for a guest. */
export function listOfferedFeePlans(db: Db): Promise<(FeePlan & { siteName: string })[]> {
  return db
    .select({ ...getTableColumns(feePlans), siteName: sites.name })
    .from(feePlans)
    .innerJoin(sites, eq(sites.id, feePlans.siteId))
    .where(isNull(feePlans.retiredAt))
    .orderBy(asc(sites.name), asc(feePlans.sortOrder), asc(feePlans.name));
}
