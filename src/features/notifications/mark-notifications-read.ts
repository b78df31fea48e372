import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { notifications } from './schema';

/** Marks all the person's unread notifications as read. */
export async function markNotificationsRead(db: Db, userId: string, now = new Date()): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}
