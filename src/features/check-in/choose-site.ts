import { asc } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sites } from '../centre/schema';

export type SiteChoice = { id: string; name: string };

/** Every site, by name, for the pages that show one site at a time (`?site=`). */
export async function listSites(db: Db): Promise<SiteChoice[]> {
  return db.select({ id: sites.id, name: sites.name }).from(sites).orderBy(asc(sites.name));
}

/** The site the page asked for, or the first one when it asked for none or for one that does not exist. */
export function chooseSite(choices: SiteChoice[], wanted: string | undefined): SiteChoice | undefined {
  return choices.find((site) => site.id === wanted) ?? choices[0];
}
