import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';

/** ワーカーミーティング (twice a year), symposia, open days, anything else. */
export const eventKinds = ['worker_meeting', 'symposium', 'open_day', 'other'] as const;
export type EventKind = (typeof eventKinds)[number];
export const eventKindEnum = pgEnum('event_kind', eventKinds);

/**
 * An event people answer (RSVP) to come in person or online. Each way has its own capacity (null:
 * that way is not offered); `reminderSentAt` keeps the reminder to once; `report` is the short
 * account written afterwards.
 */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: eventKindEnum('kind').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    place: text('place'),
    onlineUrl: text('online_url'),
    inPersonCapacity: integer('in_person_capacity'),
    onlineCapacity: integer('online_capacity'),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    report: text('report'),
    reportedAt: timestamp('reported_at', { withTimezone: true }),
    reportedBy: uuid('reported_by').references(() => users.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (table) => [
    index('events_starts_idx').on(table.startsAt),
    check('events_title_check', sql`length(trim(${table.title})) between 1 and 200`),
    check('events_time_check', sql`${table.startsAt} < ${table.endsAt}`),
    check('events_ways_check', sql`(${table.inPersonCapacity} is not null and ${table.place} is not null) or (${table.onlineCapacity} is not null and ${table.onlineUrl} is not null)`),
    check('events_capacity_check', sql`coalesce(${table.inPersonCapacity}, 1) between 1 and 10000 and coalesce(${table.onlineCapacity}, 1) between 1 and 10000`),
    check('events_report_check', sql`(${table.report} is null) = (${table.reportedAt} is null)`),
  ],
);

export const attendanceModes = ['in_person', 'online'] as const;
export type AttendanceMode = (typeof attendanceModes)[number];
export const attendanceModeEnum = pgEnum('attendance_mode', attendanceModes);

/** `going` holds a place of its mode; `waitlisted` waits for one in the order asked; `cancelled` is kept. */
export const rsvpStatuses = ['going', 'waitlisted', 'cancelled'] as const;
export type RsvpStatus = (typeof rsvpStatuses)[number];
export const rsvpStatusEnum = pgEnum('rsvp_status', rsvpStatuses);

/**
 * A person's answer to an event. Places are counted per mode under a lock on the event row; one
 * live answer per person and event (a partial unique index). `attended` is marked by staff.
 */
export const eventRsvps = pgTable(
  'event_rsvps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    mode: attendanceModeEnum('mode').notNull(),
    status: rsvpStatusEnum('status').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    attended: boolean('attended'),
  },
  (table) => [
    uniqueIndex('event_rsvps_live_idx')
      .on(table.eventId, table.userId)
      .where(sql`${table.status} <> 'cancelled'`),
    index('event_rsvps_user_idx').on(table.userId),
    check('event_rsvps_cancel_check', sql`(${table.status}::text = 'cancelled') = (${table.cancelledAt} is not null)`),
    check('event_rsvps_attended_check', sql`${table.attended} is null or ${table.status}::text = 'going'`),
  ],
);
