import { sql } from 'drizzle-orm';
import { check, integer, pgEnum, pgTable, text, time, uuid } from 'drizzle-orm/pg-core';

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
  },
  (table) => [check('spaces_capacity_check', sql`${table.capacity} > 0`)],
);
