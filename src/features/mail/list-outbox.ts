import { count, desc } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { outboxMessages } from './schema';

export const outboxPageSize = 50;

/** One page of the outbox, newest first, with how many messages there are in all. */
export async function listOutbox(db: Db, page: number) {
  const messages = await db
    .select()
    .from(outboxMessages)
    .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
    .limit(outboxPageSize)
    .offset((page - 1) * outboxPageSize);
  const [total] = await db.select({ count: count() }).from(outboxMessages);
  return { messages, total: total?.count ?? 0 };
}
