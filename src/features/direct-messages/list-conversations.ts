import { and, count, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { MessageContact } from './message-contacts';
import { directMessages } from './schema';

export type Conversation = { person: MessageContact; lastBody: string; lastAt: Date; lastFromMe: boolean; unread: number };

/** My conversations with people I may message, most recent first: the last message and how many I have not read. */
export async function listConversations(db: Db, userId: string, contacts: MessageContact[]): Promise<Conversation[]> {
  const other = sql<string>`case when ${directMessages.senderId} = ${userId} then ${directMessages.recipientId} else ${directMessages.senderId} end`.as('other_id');
  // By its output name: written out twice, the expression would carry two parameters PostgreSQL does not see as equal.
  const byOther = sql`other_id`;
  const [lastMessages, unreadCounts] = await Promise.all([
    db
      .selectDistinctOn([byOther], { otherId: other, body: directMessages.body, sentAt: directMessages.sentAt, senderId: directMessages.senderId })
      .from(directMessages)
      .where(or(eq(directMessages.senderId, userId), eq(directMessages.recipientId, userId)))
      .orderBy(byOther, desc(directMessages.sentAt)),
    db
      .select({ senderId: directMessages.senderId, unread: count() })
      .from(directMessages)
      .where(and(eq(directMessages.recipientId, userId), isNull(directMessages.readAt)))
      .groupBy(directMessages.senderId),
  ]);
  const people = new Map(contacts.map((person) => [person.id, person]));
  const unread = new Map(unreadCounts.map((row) => [row.senderId, row.unread]));
  return lastMessages
    .flatMap((row) => {
      const person = people.get(row.otherId);
      return person ? [{ person, lastBody: row.body, lastAt: row.sentAt, lastFromMe: row.senderId === userId, unread: unread.get(person.id) ?? 0 }] : [];
    })
    .sort((a, b) => b.lastAt.getTime() - a.lastAt.getTime());
}
