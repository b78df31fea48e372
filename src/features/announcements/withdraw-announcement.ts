import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { announcements } from './schema';

/**
 * Withdraws an announcement (the caller has checked that this person may): it disappears from its
 * audience's lists and pages, and stays on record. Withdrawing twice changes nothing the second time.
 */
export async function withdrawAnnouncement(db: Db, announcementId: string, actorId: string, now = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const done = await tx
      .update(announcements)
      .set({ withdrawnAt: now })
      .where(and(eq(announcements.id, announcementId), isNull(announcements.withdrawnAt)))
      .returning({ id: announcements.id });
    if (done.length > 0) await recordAudit(tx, { actorId, action: 'announcement.withdraw', detail: { announcementId } });
    return done.length > 0;
  });
}
