import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';

/** A direct message between a worker and their coordinator or leader; `readAt` once the recipient has seen it. */
export const directMessages = pgTable(
  'direct_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    senderId: uuid('sender_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (table) => [
    index('direct_messages_pair_idx').on(table.senderId, table.recipientId, table.sentAt),
    index('direct_messages_recipient_idx').on(table.recipientId, table.readAt),
    check('direct_messages_not_self_check', sql`${table.senderId} <> ${table.recipientId}`),
  ],
);
