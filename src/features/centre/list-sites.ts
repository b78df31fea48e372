import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sites } from './schema';

export type Site = typeof sites.$inferSelect;

/** Every site, by name. */
export function listSites(db: Db): Promise<Site[]> {
  return db.select().from(sites).orderBy(asc(sites.name));
}

/** One site, or undefined. */
export async function findSite(db: Db, siteId: string): Promise<Site | undefined> {
  const [site] = await db.select().from(sites).where(eq(sites.id, siteId));
  return site;
}
