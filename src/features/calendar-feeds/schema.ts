import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import { spaces } from '../centre/schema';

/** A feed of one person's own bookings, or of one space's bookings (busy times, no names). */
export const calendarFeedKinds = ['user', 'space'] as const;
export type CalendarFeedKind = (typeof calendarFeedKinds)[number];
export const calendarFeedKindEnum = pgEnum('calendar_feed_kind', calendarFeedKinds);

/**
 * The secret behind a calendar feed URL (`/calendar/<token>.ics`). Calendar apps cannot sign in,
 * so the URL is the key: only the SHA-256 of its random token is kept, as with sessions, and a
 * feed stops answering once revoked.
 */
export const calendarFeedTokens = pgTable(
  'calendar_feed_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    /** Who made the feed and may revoke it; a person's feed shows this person's bookings. */
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: calendarFeedKindEnum('kind').notNull(),
    spaceId: uuid('space_id').references(() => spaces.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('calendar_feed_tokens_hash_idx').on(table.tokenHash),
    index('calendar_feed_tokens_user_idx').on(table.userId),
    check('calendar_feed_tokens_space_check', sql`(${table.kind}::text = 'space') = (${table.spaceId} is not null)`),
  ],
);
