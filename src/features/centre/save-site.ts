import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { operators, sites } from './schema';
import type { SiteInput } from './validation';

/**
 * Adds a site of the installation's operator; the first site of a fresh installation also makes
 * the operator, named after it until someone names it properly. Returns the site's id.
 */
export async function addSite(db: Db, input: SiteInput): Promise<string> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: operators.id }).from(operators).limit(1);
    const operatorId = existing?.id ?? (await tx.insert(operators).values({ name: input.name }).returning({ id: operators.id }))[0]!.id;
    const [site] = await tx.insert(sites).values({ ...input, operatorId }).returning({ id: sites.id });
    return site!.id;
  });
}

/** Saves a site's details; false when there is no such site. */
export async function updateSite(db: Db, siteId: string, input: SiteInput): Promise<boolean> {
  const updated = await db.update(sites).set(input).where(eq(sites.id, siteId)).returning({ id: sites.id });
  return updated.length > 0;
}
