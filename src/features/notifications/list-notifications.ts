import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { notifications } from './schema';

/** How many of the newest notifications the list shows; older ones are rarely worth reading. */
export const notificationListLimit = 100;

/** The person's notifications, newest first. */
export async function listNotifications(db: Db, userId: string) {
  return db
    .select({ id: notifications.id, messageKey: notifications.messageKey, params: notifications.params, link: notifications.link, createdAt: notifications.createdAt, readAt: notifications.readAt })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(notificationListLimit);
}

/** How many of the person's notifications are still unread. */
export async function countUnreadNotifications(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ unread: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.unread ?? 0;
}
