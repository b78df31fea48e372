import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, doublePrecision, foreignKey, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import { workPackages } from '../breakdown/schema';
import { workLocationEnum } from '../workers/schema';
import type { ShortfallReason, UnmetReason, WorkReason } from './explain-plan';

/** draft: made, not shown to workers · published: its offers are out · superseded: a later plan was published. */
export const planStatuses = ['draft', 'published', 'superseded'] as const;
export type PlanStatus = (typeof planStatuses)[number];
export const planStatusEnum = pgEnum('plan_status', planStatuses);

/** offered: waiting for the worker · accepted / declined: the worker's answer · withdrawn: a newer plan replaced it. */
export const planOfferStatuses = ['offered', 'accepted', 'declined', 'withdrawn'] as const;
export type PlanOfferStatus = (typeof planOfferStatuses)[number];
export const planOfferStatusEnum = pgEnum('plan_offer_status', planOfferStatuses);

/** The plan's figures, in minutes, for lists and the preview's summary. */
export type PlanSummary = {
  /** Work to plan in the horizon: estimates of open tasks of running orders. */
  demandMinutes: number;
  /** Planned, accepted offers included. */
  plannedMinutes: number;
  /** Of the planned, accepted earlier and kept as they were. */
  fixedMinutes: number;
  unmetMinutes: number;
  /** All the hours workers offer in the horizon. */
  offeredMinutes: number;
  workers: number;
  packages: number;
};

export const workReasonCodes = ['fixed', 'earliestDeadline', 'earlierWorkCovered', 'continues', 'centreHours', 'newcomer'] as const satisfies readonly WorkReason[];
export const shortfallReasonCodes = ['noHours', 'fewerHoursOffered', 'noMoreWork', 'sharedFairly'] as const satisfies readonly ShortfallReason[];

const codesList = (codes: readonly string[]) => sql.raw(`array[${codes.map((code) => `'${code}'`).join(', ')}]::text[]`);

/** One run of the planner over `days` days from `firstDay`: a proposal until it is published. */
export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    firstDay: date('first_day').notNull(),
    days: integer('days').notNull(),
    status: planStatusEnum('status').notNull().default('draft'),
    /** The model's objective for the new assignments (lower is better; see model.ts). */
    objective: bigint('objective', { mode: 'number' }).notNull(),
    summary: jsonb('summary').$type<PlanSummary>().notNull(),
    publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (table) => [
    // At most one plan is out at a time: publishing supersedes the one before.
    uniqueIndex('plans_one_published_idx').on(table.status).where(sql`${table.status} = 'published'`),
    index('plans_created_idx').on(table.createdAt),
    check('plans_days_check', sql`${table.days} between 1 and 28`),
    check('plans_published_check', sql`(${table.status} = 'draft') = (${table.publishedAt} is null)`),
  ],
);

/** Each worker the plan considered: their target, what they offered, what was planned, and why not more. */
export const planWorkers = pgTable(
  'plan_workers',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    targetMinutes: integer('target_minutes').notNull(),
    offeredMinutes: integer('offered_minutes').notNull(),
    plannedMinutes: integer('planned_minutes').notNull(),
    newcomer: boolean('newcomer').notNull(),
    /** Why planned is below the target (explain-plan.ts); null when it is not. */
    shortfall: text('shortfall').$type<ShortfallReason>(),
  },
  (table) => [
    primaryKey({ columns: [table.planId, table.workerId] }),
    check('plan_workers_minutes_check', sql`${table.targetMinutes} >= 0 and ${table.offeredMinutes} >= 0 and ${table.plannedMinutes} >= 0`),
    check('plan_workers_shortfall_check', sql`${table.shortfall} is null or ${table.shortfall} = any(${codesList(shortfallReasonCodes)})`),
  ],
);

/** Each package the plan considered: its demand, what was planned, and why the rest was not. */
export const planPackages = pgTable(
  'plan_packages',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    packageId: uuid('package_id')
      .notNull()
      .references(() => workPackages.id, { onDelete: 'cascade' }),
    demandMinutes: integer('demand_minutes').notNull(),
    plannedMinutes: integer('planned_minutes').notNull(),
    unmetMinutes: integer('unmet_minutes').notNull(),
    /** Estimate minutes per unit of its open tasks: planned minutes become estimated units. */
    minutesPerUnit: doublePrecision('minutes_per_unit').notNull(),
    /** Why demand was left unmet (explain-plan.ts), as codes and numbers; null when none was. */
    unmetReason: jsonb('unmet_reason').$type<UnmetReason>(),
  },
  (table) => [
    primaryKey({ columns: [table.planId, table.packageId] }),
    check('plan_packages_minutes_check', sql`${table.demandMinutes} >= 0 and ${table.plannedMinutes} >= 0 and ${table.unmetMinutes} >= 0`),
    check('plan_packages_unit_check', sql`${table.minutesPerUnit} > 0`),
    check('plan_packages_reason_check', sql`(${table.unmetMinutes} > 0) = (${table.unmetReason} is not null)`),
  ],
);

/** One worker's planned minutes on one package, on one day, at one place. */
export const planAssignments = pgTable(
  'plan_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    workerId: uuid('worker_id').notNull(),
    packageId: uuid('package_id').notNull(),
    workDate: date('work_date').notNull(),
    location: workLocationEnum('location').notNull(),
    minutes: integer('minutes').notNull(),
    /** minutes ÷ the package's minutes per unit, rounded. */
    estimatedUnits: integer('estimated_units').notNull(),
    /** An accepted offer kept as it was, rather than new work. */
    fixed: boolean('fixed').notNull(),
    /** Why this worker has this package (explain-plan.ts WorkReason codes). */
    reasons: text('reasons').array().notNull().$type<WorkReason[]>(),
  },
  (table) => [
    foreignKey({ columns: [table.planId, table.workerId], foreignColumns: [planWorkers.planId, planWorkers.workerId] }).onDelete('cascade'),
    foreignKey({ columns: [table.planId, table.packageId], foreignColumns: [planPackages.planId, planPackages.packageId] }).onDelete('cascade'),
    uniqueIndex('plan_assignments_slot_idx').on(table.planId, table.workerId, table.packageId, table.workDate, table.location),
    check('plan_assignments_minutes_check', sql`${table.minutes} > 0 and ${table.estimatedUnits} >= 0`),
    check('plan_assignments_reasons_check', sql`${table.reasons} <@ ${codesList(workReasonCodes)}`),
  ],
);

/**
 * A published plan's offer to one worker: this much of a package on a date, at home and/or at
 * the centre. The worker accepts or declines (a note is never required); a newer plan withdraws
 * what is still open. The partial unique index keeps one live offer per worker, package and date.
 */
export const planOffers = pgTable(
  'plan_offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    packageId: uuid('package_id')
      .notNull()
      .references(() => workPackages.id, { onDelete: 'cascade' }),
    workDate: date('work_date').notNull(),
    homeMinutes: integer('home_minutes').notNull(),
    centreMinutes: integer('centre_minutes').notNull(),
    minutes: integer('minutes').notNull(),
    estimatedUnits: integer('estimated_units').notNull(),
    status: planOfferStatusEnum('status').notNull().default('offered'),
    offeredAt: timestamp('offered_at', { withTimezone: true }).notNull().defaultNow(),
    /** When it stopped being open: answered, or withdrawn. */
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** Why the worker declined, only if they chose to say. */
    declineNote: text('decline_note'),
  },
  (table) => [
    uniqueIndex('plan_offers_live_idx')
      .on(table.workerId, table.packageId, table.workDate)
      .where(sql`${table.status} in ('offered', 'accepted')`),
    index('plan_offers_worker_idx').on(table.workerId, table.workDate),
    index('plan_offers_status_idx').on(table.status, table.workDate),
    check('plan_offers_minutes_check', sql`${table.minutes} > 0 and ${table.homeMinutes} >= 0 and ${table.centreMinutes} >= 0 and ${table.minutes} = ${table.homeMinutes} + ${table.centreMinutes}`),
    check('plan_offers_units_check', sql`${table.estimatedUnits} >= 0`),
    check('plan_offers_decided_check', sql`(${table.status} = 'offered') = (${table.decidedAt} is null)`),
    check('plan_offers_note_check', sql`${table.declineNote} is null or (${table.status} = 'declined' and length(${table.declineNote}) between 1 and 500)`),
  ],
);
