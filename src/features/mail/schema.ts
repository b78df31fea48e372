import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';

/**
 * E-mail the app sends, written here first (the outbox). Without SMTP configured, this is where
 * mail stays and admins read it, so the demo works offline; `sentAt` is set once delivered.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The person it is for, when it is for an account. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    lastError: text('last_error'),
    /** Delivery attempts so far (SMTP); a message that keeps failing is retried later, then left for an admin. */
    attempts: integer('attempts').notNull().default(0),
  },
  (table) => [index('outbox_messages_created_idx').on(table.createdAt)],
);
