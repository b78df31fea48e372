import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { spaces } from './schema';

export type Space = typeof spaces.$inferSelect;

/** A site's spaces in their sort order, retired ones included (they say so). */
export function listSpaces(db: Db, siteId: string): Promise<Space[]> {
  return db.select().from(spaces).where(eq(spaces.siteId, siteId)).orderBy(asc(spaces.sortOrder), asc(spaces.name));
}

/** One space of the site, or undefined. */
export async function findSpace(db: Db, siteId: string, spaceId: string): Promise<Space | undefined> {
  const [space] = await db.select().from(spaces).where(and(eq(spaces.id, spaceId), eq(spaces.siteId, siteId)));
  return space;
}
