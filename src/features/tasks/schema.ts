import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import { tasks } from '../breakdown/schema';

/** How a worker came to hold a task: took it from the pool, accepted an offer, or got it back after review. */
export const holdSources = ['taken', 'offer', 'returned'] as const;
export const holdSourceEnum = pgEnum('hold_source', holdSources);

/** How a hold ended. None of these is a mark against the worker. */
export const holdEndReasons = ['handed_in', 'given_back', 'expired', 'absence', 'withdrawn'] as const;
export type HoldEndReason = (typeof holdEndReasons)[number];
export const holdEndReasonEnum = pgEnum('hold_end_reason', holdEndReasons);

export const offerResponses = ['accepted', 'declined', 'withdrawn'] as const;
export const offerResponseEnum = pgEnum('offer_response', offerResponses);

export const reviewDecisions = ['accepted', 'returned'] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];
export const reviewDecisionEnum = pgEnum('review_decision', reviewDecisions);

/**
 * Who holds a task, and when; one row per holding. The partial unique index is what makes it
 * impossible for two people to hold one task at once, however many try together.
 */
export const taskHolds = pgTable(
  'task_holds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    source: holdSourceEnum('source').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    /** The reservation runs out then and the task returns to the pool. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endReason: holdEndReasonEnum('end_reason'),
    /** Why the worker gave it back, if they chose to say. */
    note: text('note'),
  },
  (table) => [
    uniqueIndex('task_holds_one_holder_idx').on(table.taskId).where(sql`${table.endedAt} is null`),
    index('task_holds_worker_idx').on(table.workerId).where(sql`${table.endedAt} is null`),
    index('task_holds_expiry_idx').on(table.expiresAt).where(sql`${table.endedAt} is null`),
    check('task_holds_end_check', sql`(${table.endedAt} is null) = (${table.endReason} is null)`),
  ],
);

/** A director's offer of a task to one named worker, who may accept or decline. */
export const taskOffers = pgTable(
  'task_offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    offeredBy: uuid('offered_by').references(() => users.id, { onDelete: 'set null' }),
    offeredAt: timestamp('offered_at', { withTimezone: true }).notNull().defaultNow(),
    note: text('note'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    response: offerResponseEnum('response'),
  },
  (table) => [
    uniqueIndex('task_offers_open_idx').on(table.taskId).where(sql`${table.respondedAt} is null`),
    index('task_offers_worker_idx').on(table.workerId).where(sql`${table.respondedAt} is null`),
    check('task_offers_response_check', sql`(${table.respondedAt} is null) = (${table.response} is null)`),
  ],
);

/**
 * Time and units a worker logs against a task: a running timer (started, not ended) or a
 * finished entry with its minutes. Edits keep the earlier values in `work_log_revisions`.
 */
export const workLogEntries = pgTable(
  'work_log_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    workedOn: date('worked_on').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** Null only while the timer runs. */
    minutes: integer('minutes'),
    units: integer('units').notNull().default(0),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('work_log_one_timer_idx').on(table.workerId).where(sql`${table.minutes} is null`),
    index('work_log_worker_day_idx').on(table.workerId, table.workedOn),
    index('work_log_task_idx').on(table.taskId),
    check('work_log_minutes_check', sql`${table.minutes} between 0 and 1440`),
    check('work_log_units_check', sql`${table.units} between 0 and 1000000`),
    check('work_log_timer_check', sql`${table.minutes} is not null or (${table.startedAt} is not null and ${table.endedAt} is null)`),
  ],
);

/** The values a work log entry had before an edit, and who changed it. */
export const workLogRevisions = pgTable(
  'work_log_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => workLogEntries.id, { onDelete: 'cascade' }),
    before: jsonb('before').notNull(),
    editedBy: uuid('edited_by').references(() => users.id, { onDelete: 'set null' }),
    editedAt: timestamp('edited_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('work_log_revisions_entry_idx').on(table.entryId)],
);

/**
 * 納品 by a worker, and its 検品: units done and a note (files attach to it); then accepted or
 * returned with a comment. `needsReview` is false for handed-in work not drawn for a sample.
 */
export const submissions = pgTable(
  'submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    units: integer('units').notNull(),
    note: text('note'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    needsReview: boolean('needs_review').notNull(),
    decision: reviewDecisionEnum('decision'),
    comment: text('comment'),
    reviewedBy: uuid('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    /** 検収日 for an accepted submission. */
    inspectedOn: date('inspected_on'),
    /** Handed in by a trainee on the team (OJT): the order's training rate, fixed at hand-in; pay counts this share of the task's rate. */
    trainingRatePercent: integer('training_rate_percent'),
  },
  (table) => [
    uniqueIndex('submissions_pending_idx').on(table.taskId).where(sql`${table.decision} is null`),
    index('submissions_worker_idx').on(table.workerId, table.submittedAt),
    check('submissions_units_check', sql`${table.units} between 0 and 1000000`),
    check('submissions_decision_check', sql`(${table.decision} is null) = (${table.reviewedAt} is null)`),
    check('submissions_training_rate_check', sql`${table.trainingRatePercent} is null or ${table.trainingRatePercent} between 1 and 100`),
    check('submissions_inspected_check', sql`(${table.decision}::text = 'accepted') = (${table.inspectedOn} is not null)`),
  ],
);
