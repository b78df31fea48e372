import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import { orders } from '../orders/schema';

/** A message in an order's team thread (チームの掲示板): the team and the order's staff read and write. */
export const threadPosts = pgTable(
  'thread_posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    postedAt: timestamp('posted_at', { withTimezone: true }).notNull().defaultNow(),
    /** Removed by its author or staff: the text is cleared, the place in the thread kept. */
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (table) => [index('thread_posts_order_idx').on(table.orderId, table.postedAt)],
);

/** A file attached to a thread post; the bytes live under the data folder (`uploads/<id>`), downloads go through a checked route. */
export const threadAttachments = pgTable(
  'thread_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postId: uuid('post_id')
      .notNull()
      .references(() => threadPosts.id, { onDelete: 'cascade' }),
    originalName: text('original_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
  },
  (table) => [index('thread_attachments_post_idx').on(table.postId), check('thread_attachments_size_check', sql`${table.sizeBytes} between 0 and 20971520`)],
);

/** A person named in a post (@name): told in the app. */
export const threadMentions = pgTable(
  'thread_mentions',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => threadPosts.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.postId, table.userId] })],
);
