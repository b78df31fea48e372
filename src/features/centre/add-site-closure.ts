import type { Db } from '../../db/client';
import { isUniqueViolation } from '../../db/unique-violation';
import { siteClosures } from './schema';
import type { ClosureInput } from './validation';

/** Closes a site for one day with a reason; refused when that day already has a one-off closure (the unique index decides). */
export async function addSiteClosure(db: Db, siteId: string, createdBy: string, input: ClosureInput): Promise<{ ok: true } | { ok: false; reason: 'taken' }> {
  try {
    await db.insert(siteClosures).values({ siteId, createdBy, ...input });
    return { ok: true };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'taken' };
    throw error;
  }
}
