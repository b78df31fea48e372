import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { roleEnum, users } from '../../auth/schema';
import { sites } from '../centre/schema';
import { orders } from '../orders/schema';

export const announcementAudiences = ['everyone', 'role', 'team', 'site'] as const;
export type AnnouncementAudience = (typeof announcementAudiences)[number];
export const announcementAudienceEnum = pgEnum('announcement_audience', announcementAudiences);

/**
 * お知らせ: a message from staff (or a leader to their team) to everyone, one role, one order's team
 * or the people of one site. Exactly the column its audience names is set (checked by the database).
 */
export const announcements = pgTable(
  'announcements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    body: text('body').notNull(),
    audience: announcementAudienceEnum('audience').notNull(),
    audienceRole: roleEnum('audience_role'),
    audienceOrderId: uuid('audience_order_id').references(() => orders.id, { onDelete: 'cascade' }),
    audienceSiteId: uuid('audience_site_id').references(() => sites.id, { onDelete: 'cascade' }),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    /** Taken down by its author or staff: no longer shown to its audience, kept for the record. */
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (table) => [
    index('announcements_published_idx').on(table.publishedAt),
    check(
      'announcements_audience_check',
      sql`(${table.audienceRole} is not null) = (${table.audience}::text = 'role')
        and (${table.audienceOrderId} is not null) = (${table.audience}::text = 'team')
        and (${table.audienceSiteId} is not null) = (${table.audience}::text = 'site')`,
    ),
  ],
);

/** Who has read an announcement, and when: once per person. */
export const announcementReads = pgTable(
  'announcement_reads',
  {
    announcementId: uuid('announcement_id')
      .notNull()
      .references(() => announcements.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.announcementId, table.userId] }), index('announcement_reads_user_idx').on(table.userId)],
);
