import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import { sites, spaces } from '../centre/schema';

export const bookingStatuses = ['booked', 'cancelled'] as const;
export type BookingStatus = (typeof bookingStatuses)[number];
export const bookingStatusEnum = pgEnum('booking_status', bookingStatuses);

/** A weekly booking: the same space, weekday and hours from one date to another; each week is a booking. */
export const bookingSeries = pgTable('booking_series', {
  id: uuid('id').primaryKey().defaultRandom(),
  spaceId: uuid('space_id')
    .notNull()
    .references(() => spaces.id, { onDelete: 'cascade' }),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A space held for a person from `startsAt` to `endsAt`. `blockedUntil` is `endsAt` plus the
 * space's buffer. Migration 0011 adds the generated range `blocked` and the EXCLUDE constraint that
 * refuses two overlapping live bookings of an exclusive space, however many try at once; shared and
 * kids spaces count `seats` against their capacity under a lock on the space row.
 */
export const bookings = pgTable(
  'bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id, { onDelete: 'restrict' }),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'restrict' }),
    /** Who the booking is for. */
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    bookedBy: uuid('booked_by').references(() => users.id, { onDelete: 'set null' }),
    seriesId: uuid('series_id').references(() => bookingSeries.id, { onDelete: 'set null' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    blockedUntil: timestamp('blocked_until', { withTimezone: true }).notNull(),
    /** Copied from the space's kind when booked: whether this booking has the space to itself. */
    exclusive: boolean('exclusive').notNull(),
    /** Seats taken in a shared space; children in the kids space; 1 for exclusive spaces. */
    seats: integer('seats').notNull().default(1),
    /** For the kids space: each child's age in years. */
    childAges: jsonb('child_ages').$type<number[]>(),
    note: text('note'),
    status: bookingStatusEnum('status').notNull().default('booked'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelledBy: uuid('cancelled_by').references(() => users.id, { onDelete: 'set null' }),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    checkedOutAt: timestamp('checked_out_at', { withTimezone: true }),
  },
  (table) => [
    index('bookings_space_time_idx').on(table.spaceId, table.startsAt),
    index('bookings_site_time_idx').on(table.siteId, table.startsAt),
    index('bookings_user_time_idx').on(table.userId, table.startsAt),
    check('bookings_time_check', sql`${table.startsAt} < ${table.endsAt} and ${table.endsAt} <= ${table.blockedUntil}`),
    check('bookings_seats_check', sql`${table.seats} between 1 and 100 and (not ${table.exclusive} or ${table.seats} = 1)`),
    check('bookings_cancel_check', sql`(${table.status}::text = 'cancelled') = (${table.cancelledAt} is not null)`),
    check('bookings_check_out_check', sql`${table.checkedOutAt} is null or (${table.checkedInAt} is not null and ${table.checkedOutAt} >= ${table.checkedInAt})`),
  ],
);
