import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { listSpaces } from './list-spaces';
import { sites, spaces } from './schema';

/**
 * Moves a space one place up or down in its site's order. Every space gets its position as its
 * sort order again, so equal or gapped numbers (seeded, added at once) come out in a clean order.
 */
export async function moveSpace(db: Db, siteId: string, spaceId: string, direction: 'up' | 'down'): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Two moves at once would each renumber from what they read; the site's row makes them take turns.
    await tx.select({ id: sites.id }).from(sites).where(eq(sites.id, siteId)).for('update');
    const ordered = await listSpaces(tx as unknown as Db, siteId);
    const index = ordered.findIndex((space) => space.id === spaceId);
    if (index < 0) return false;
    const target = direction === 'up' ? index - 1 : index + 1;
    if (target >= 0 && target < ordered.length) [ordered[index], ordered[target]] = [ordered[target]!, ordered[index]!];
    for (const [position, space] of ordered.entries()) {
      if (space.sortOrder !== position) await tx.update(spaces).set({ sortOrder: position }).where(eq(spaces.id, space.id));
    }
    return true;
  });
}
