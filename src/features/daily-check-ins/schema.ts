import { sql } from 'drizzle-orm';
import { boolean, check, date, index, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';

/**
 * Whether a worker checks in each day (their choice, off unless they turn it on). Sharing with a
 * supporter is a consent (`supporter_check_ins`, per supporter) in `consents`, not a column here.
 */
export const checkInSettings = pgTable('check_in_settings', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  enabled: boolean('enabled').notNull().default(false),
  changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A daily check-in (その日の調子): a condition from 1 (つらい) to 5 (とても良い) and an optional note,
 * one per person per day in Japan (a second on the same day replaces the first).
 */
export const dailyCheckIns = pgTable(
  'daily_check_ins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    checkedInOn: date('checked_in_on', { mode: 'string' }).notNull(),
    condition: smallint('condition').notNull(),
    note: text('note'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('daily_check_ins_day_idx').on(table.userId, table.checkedInOn),
    index('daily_check_ins_day_only_idx').on(table.checkedInOn),
    check('daily_check_ins_condition_check', sql`${table.condition} between 1 and 5`),
  ],
);
