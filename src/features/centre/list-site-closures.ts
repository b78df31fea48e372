import { and, asc, eq, gte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { BusinessDate } from '../availability/calendar';
import { siteClosures } from './schema';

export type SiteClosure = { id: string; date: BusinessDate; reason: string };

/** A site's one-off closures from `from` on, by date. */
export function listSiteClosures(db: Db, siteId: string, from: BusinessDate): Promise<SiteClosure[]> {
  return db
    .select({ id: siteClosures.id, date: siteClosures.date, reason: siteClosures.reason })
    .from(siteClosures)
    .where(and(eq(siteClosures.siteId, siteId), gte(siteClosures.date, from)))
    .orderBy(asc(siteClosures.date));
}
