import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { spaces } from './schema';
import type { SpaceInput } from './validation';

/** Adds a space at the end of the site's order; returns its id. */
export async function addSpace(db: Db, siteId: string, input: SpaceInput): Promise<string> {
  const [space] = await db
    .insert(spaces)
    .values({ siteId, ...input, sortOrder: sql`(select coalesce(max(${spaces.sortOrder}) + 1, 0) from ${spaces} where ${spaces.siteId} = ${siteId})` })
    .returning({ id: spaces.id });
  return space!.id;
}

/** Saves a space's kind, name and capacity while it is in use; false when there is no such space or it is retired. */
export async function updateSpace(db: Db, siteId: string, spaceId: string, input: SpaceInput): Promise<boolean> {
  const updated = await db
    .update(spaces)
    .set(input)
    .where(and(eq(spaces.id, spaceId), eq(spaces.siteId, siteId), isNull(spaces.retiredAt)))
    .returning({ id: spaces.id });
  return updated.length > 0;
}
