import { sql } from 'drizzle-orm';
import { check, date, foreignKey, integer, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import { workLocationEnum } from '../workers/schema';

// Availability is kept in 30-minute slots: minute of the day 0, 30, …, 1410.
const slotCheck = (name: string, column: unknown) => check(name, sql`${column} between 0 and 1410 and ${column} % 30 = 0`);

/** The weekly pattern (勤務体制): one row per 30-minute slot a worker usually offers. */
export const availabilitySlots = pgTable(
  'availability_slots',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** 0 Monday … 6 Sunday. */
    weekday: integer('weekday').notNull(),
    startMinute: integer('start_minute').notNull(),
    location: workLocationEnum('location').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.weekday, table.startMinute] }),
    check('availability_slots_weekday_check', sql`${table.weekday} between 0 and 6`),
    slotCheck('availability_slots_minute_check', table.startMinute),
  ],
);

/**
 * A date that does not follow the weekly pattern (extra hours, a day off). The date's slots are
 * then exactly its rows in `availability_date_slots` — none means a day off.
 */
export const availabilityDates = pgTable(
  'availability_dates',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    date: date('date').notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.date] })],
);

export const availabilityDateSlots = pgTable(
  'availability_date_slots',
  {
    userId: uuid('user_id').notNull(),
    date: date('date').notNull(),
    startMinute: integer('start_minute').notNull(),
    location: workLocationEnum('location').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.date, table.startMinute] }),
    foreignKey({ columns: [table.userId, table.date], foreignColumns: [availabilityDates.userId, availabilityDates.date] }).onDelete('cascade'),
    slotCheck('availability_date_slots_minute_check', table.startMinute),
  ],
);
