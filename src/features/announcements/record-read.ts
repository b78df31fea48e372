import type { Db } from '../../db/client';
import { announcementReads } from './schema';

/** Records that this person has read the announcement: the first time only (the primary key holds it, however many views at once). */
export async function recordRead(db: Db, announcementId: string, userId: string, now = new Date()): Promise<void> {
  await db.insert(announcementReads).values({ announcementId, userId, readAt: now }).onConflictDoNothing();
}
