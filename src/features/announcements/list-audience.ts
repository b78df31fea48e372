import { and, asc, eq } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { inAudience } from './audience';
import { announcementReads, announcements } from './schema';

export type AudienceMember = { id: string; displayName: string; readAt: Date | null };

/** The people an announcement is addressed to as its audience is now, and when each read it (null: not yet). */
export async function listAudience(db: Db, announcementId: string, now = new Date()): Promise<AudienceMember[]> {
  return db
    .select({ id: users.id, displayName: users.displayName, readAt: announcementReads.readAt })
    .from(users)
    .innerJoin(announcements, eq(announcements.id, announcementId))
    .leftJoin(announcementReads, and(eq(announcementReads.announcementId, announcements.id), eq(announcementReads.userId, users.id)))
    .where(inAudience(now))
    .orderBy(asc(users.displayName), asc(users.id));
}
