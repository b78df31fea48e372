import { asc } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sites } from '../centre/schema';
import { feePlans, type FeePlanKind } from './schema';

/** The price list of a rural centre (DOMAIN.md): residents free, drop-in by the hour or the day, tenants' booths by the month. */
const standardPlans: { name: string; kind: FeePlanKind; price: number; dailyCap: number | null }[] = [
  { name: '町内在住 無料', kind: 'free', price: 0, dailyCap: null },
  { name: 'ドロップイン 1時間', kind: 'hourly', price: 200, dailyCap: 1_000 },
  { name: 'ドロップイン 1日', kind: 'daily', price: 1_000, dailyCap: null },
  { name: '進出企業 ブース月額', kind: 'monthly', price: 30_000, dailyCap: null },
];

/** Adds the standard plans to a site; returns them by kind. */
export async function addStandardFeePlans(db: Db, siteId: string) {
  const plans = await db
    .insert(feePlans)
    .values(standardPlans.map((plan, sortOrder) => ({ ...plan, siteId, sortOrder })))
    .returning();
  const byKind = (kind: FeePlanKind) => plans.find((plan) => plan.kind === kind)!;
  return { free: byKind('free'), hourly: byKind('hourly'), daily: byKind('daily'), monthly: byKind('monthly') };
}

/** The demo's price list, on the demo's (first) site. */
export async function seedDemoFees(db: Db): Promise<void> {
  const [site] = await db.select({ id: sites.id }).from(sites).orderBy(asc(sites.name)).limit(1);
  if (site) await addStandardFeePlans(db, site.id);
}
