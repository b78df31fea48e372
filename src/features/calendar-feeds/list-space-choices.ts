import { asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sites, spaces } from '../centre/schema';

/** Every space still in use, by site and the sites' own order, for choosing a space feed. */
export async function listSpaceChoices(db: Db): Promise<{ id: string; name: string; siteName: string }[]> {
  return db
    .select({ id: spaces.id, name: spaces.name, siteName: sites.name })
    .from(spaces)
    .innerJoin(sites, eq(sites.id, spaces.siteId))
    .where(isNull(spaces.retiredAt))
    .orderBy(asc(sites.name), asc(spaces.sortOrder), asc(spaces.name));
}
