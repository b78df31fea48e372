import { and, desc, eq, isNull, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { directMessages } from './schema';

export type DirectMessage = { id: string; senderId: string; body: string; sentAt: Date; readAt: Date | null };

/** How many of the latest messages a conversation page shows. */
const shownMessages = 200;

/**
 * The conversation between me and another person, oldest first (the latest 200). Opening it marks
 * what they sent me as read, in one conditional update (a message read twice keeps its first time).
 */
export async function openConversation(db: Db, userId: string, otherId: string, now = new Date()): Promise<DirectMessage[]> {
  await db
    .update(directMessages)
    .set({ readAt: now })
    .where(and(eq(directMessages.recipientId, userId), eq(directMessages.senderId, otherId), isNull(directMessages.readAt)));
  const latest = await db
    .select({ id: directMessages.id, senderId: directMessages.senderId, body: directMessages.body, sentAt: directMessages.sentAt, readAt: directMessages.readAt })
    .from(directMessages)
    .where(
      or(
        and(eq(directMessages.senderId, userId), eq(directMessages.recipientId, otherId)),
        and(eq(directMessages.senderId, otherId), eq(directMessages.recipientId, userId)),
      ),
    )
    .orderBy(desc(directMessages.sentAt), desc(directMessages.id))
    .limit(shownMessages);
  return latest.reverse();
}
