import { and, eq, gte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { todayInJapan } from '../availability/calendar';
import { siteClosures } from './schema';

/** Opens a closed day again; only today or a later day (past closures stay as they happened). False when there is none such. */
export async function removeSiteClosure(db: Db, siteId: string, closureId: string, today = todayInJapan()): Promise<boolean> {
  const removed = await db
    .delete(siteClosures)
    .where(and(eq(siteClosures.id, closureId), eq(siteClosures.siteId, siteId), gte(siteClosures.date, today)))
    .returning({ id: siteClosures.id });
  return removed.length > 0;
}
