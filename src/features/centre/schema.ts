import { sql } from 'drizzle-orm';
import { boolean, check, date, integer, pgEnum, pgTable, primaryKey, text, time, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';

/** The organisation running this installation (one installation, one operator). */
export const operators = pgTable('operators', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  invoiceRegistrationNumber: text('invoice_registration_number'),
});

export const sites = pgTable(
  'sites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    operatorId: uuid('operator_id')
      .notNull()
      .references(() => operators.id),
    name: text('name').notNull(),
    address: text('address').notNull(),
    building: text('building'),
    opensAt: time('opens_at').notNull(),
    closesAt: time('closes_at').notNull(),
    /** Yearly closure as month-day text ('12-29' to '01-03'); may wrap over the new year. */
    yearlyClosedFrom: text('yearly_closed_from'),
    yearlyClosedTo: text('yearly_closed_to'),
    /** National holidays (祝日) are closed days unless the site says otherwise. */
    closedOnHolidays: boolean('closed_on_holidays').notNull().default(true),
  },
  (table) => [
    check('sites_hours_check', sql`${table.opensAt} < ${table.closesAt}`),
    check(
      'sites_yearly_closure_check',
      sql`(${table.yearlyClosedFrom} is null) = (${table.yearlyClosedTo} is null)
        and (${table.yearlyClosedFrom} is null or ${table.yearlyClosedFrom} ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$')
        and (${table.yearlyClosedTo} is null or ${table.yearlyClosedTo} ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$')`,
    ),
  ],
);

export const spaceKinds = ['booth', 'meeting_booth', 'shared', 'kids', 'meeting_room'] as const;
export type SpaceKind = (typeof spaceKinds)[number];
export const spaceKindEnum = pgEnum('space_kind', spaceKinds);

export const spaces = pgTable(
  'spaces',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    kind: spaceKindEnum('kind').notNull(),
    name: text('name').notNull(),
    /** Seats (or children, for a kids space); exclusive booths hold one booking at a time. */
    capacity: integer('capacity').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    /**
     * When the space was taken out of use: it is no longer offered for booking, but stays (with its
     * bookings) for history. Spaces are never deleted once booked.
     */
    retiredAt: timestamp('retired_at', { withTimezone: true }),
  },
  (table) => [check('spaces_capacity_check', sql`${table.capacity} > 0`)],
);

/** Spaces one booking has to itself (a booth, a meeting room); the others hold several people up to their capacity. */
export const exclusiveSpaceKinds: readonly SpaceKind[] = ['booth', 'meeting_booth', 'meeting_room'];

/** A one-off closed day of a site (maintenance, an event), with the reason shown to people. */
export const siteClosures = pgTable(
  'site_closures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    date: date('date').notNull(),
    reason: text('reason').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (table) => [
    uniqueIndex('site_closures_site_date_idx').on(table.siteId, table.date),
    check('site_closures_reason_check', sql`length(trim(${table.reason})) between 1 and 200`),
  ],
);

/** Booked by the hour (in steps of `stepMinutes`) or by the whole day. */
export const bookingUnits = ['hour', 'day'] as const;
export type BookingUnit = (typeof bookingUnits)[number];
export const bookingUnitEnum = pgEnum('booking_unit', bookingUnits);

/** How a kind of space is booked at a site: unit, shortest and longest booking, how far ahead, limits, buffer. */
export const spaceBookingRules = pgTable(
  'space_booking_rules',
  {
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    kind: spaceKindEnum('kind').notNull(),
    unit: bookingUnitEnum('unit').notNull().default('hour'),
    /** Bookings start and end on this grid (30 = on the hour and half hour). */
    stepMinutes: integer('step_minutes').notNull().default(30),
    minMinutes: integer('min_minutes').notNull().default(30),
    maxMinutes: integer('max_minutes').notNull().default(480),
    /** How many days ahead one may book (0 = today only). */
    maxDaysAhead: integer('max_days_ahead').notNull().default(30),
    /** Upcoming bookings one person may hold for this kind of space at once. */
    maxActivePerPerson: integer('max_active_per_person').notNull().default(10),
    /** Minutes kept free after each booking of an exclusive space (cleaning, changeover). */
    bufferMinutes: integer('buffer_minutes').notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.siteId, table.kind] }),
    check('space_booking_rules_step_check', sql`${table.stepMinutes} in (15, 30, 60)`),
    check('space_booking_rules_length_check', sql`${table.minMinutes} > 0 and ${table.minMinutes} <= ${table.maxMinutes} and ${table.maxMinutes} <= 1440`),
    check('space_booking_rules_ahead_check', sql`${table.maxDaysAhead} between 0 and 366`),
    check('space_booking_rules_limit_check', sql`${table.maxActivePerPerson} between 1 and 100`),
    check('space_booking_rules_buffer_check', sql`${table.bufferMinutes} between 0 and 240`),
  ],
);
