import { index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';

/**
 * A message for one person in the app ("花子さんが今日は作業できません"): a catalogue key and its
 * parameters, so it shows in the reader's language; `link` is where it leads.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    messageKey: text('message_key').notNull(),
    params: jsonb('params').$type<Record<string, string | number>>().notNull().default({}),
    link: text('link'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    /** When it went out by e-mail (at once, or in a daily digest); null while not mailed. */
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
  },
  (table) => [index('notifications_user_idx').on(table.userId, table.createdAt)],
);

export const emailModes = ['immediate', 'digest', 'none'] as const;
export type EmailMode = (typeof emailModes)[number];
export const emailModeEnum = pgEnum('email_mode', emailModes);

/**
 * How a person wants to hear of things besides the app: each notification by e-mail at once, one
 * daily digest of what they have not read, or no e-mail. No row means the default (the digest).
 */
export const notificationPreferences = pgTable('notification_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  emailMode: emailModeEnum('email_mode').notNull().default('digest'),
  /** When the last daily digest was written, so each day's goes once. */
  lastDigestAt: timestamp('last_digest_at', { withTimezone: true }),
  changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
});
