import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import { orders, skillsWithin } from '../orders/schema';

/** Pay per piece (yen per unit accepted: ¥12 per record) or per hour logged. Integer yen. */
export const payKinds = ['piece', 'hour'] as const;
export type PayKind = (typeof payKinds)[number];
export const payKindEnum = pgEnum('pay_kind', payKinds);

/**
 * open: anyone eligible may take it · offered: a director offered it to one worker · held: a
 * worker has it · handed_in: waiting for review · accepted: 検収済 · cancelled: no longer needed.
 */
export const taskStatuses = ['open', 'offered', 'held', 'handed_in', 'accepted', 'cancelled'] as const;
export type TaskStatus = (typeof taskStatuses)[number];
export const taskStatusEnum = pgEnum('task_status', taskStatuses);

/** 細分化: a part of an order (e.g. "entry", then "check"), split into tasks of the same kind. */
export const workPackages = pgTable(
  'work_packages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    instructions: text('instructions'),
    /** What one unit is ("件", "分", "ページ"). */
    unitName: text('unit_name').notNull(),
    payKind: payKindEnum('pay_kind').notNull(),
    /** Yen per unit (piece) or per hour. */
    payRateYen: integer('pay_rate_yen').notNull(),
    /** The kind of work (a skill code): whether its pay is subject to 源泉徴収 is a money setting. */
    workCategory: text('work_category').notNull().default('data_entry'),
    deadline: date('deadline').notNull(),
    requiredSkills: text('required_skills').array().notNull().default(sql`'{}'::text[]`),
    /** A follow-up step (a check after entry): each task waits for the matching task of this package. */
    followsPackageId: uuid('follows_package_id').references((): AnyPgColumn => workPackages.id, { onDelete: 'restrict' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('work_packages_order_idx').on(table.orderId, table.position),
    check('work_packages_title_check', sql`length(${table.title}) between 1 and 200`),
    check('work_packages_pay_check', sql`${table.payRateYen} between 0 and 10000000`),
    check('work_packages_skills_check', skillsWithin(table.requiredSkills)),
    check('work_packages_work_category_check', skillsWithin(sql`array[${table.workCategory}]`)),
  ],
);

/** The smallest piece of work one person takes, does in a short session or two, and hands in. */
export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    packageId: uuid('package_id')
      .notNull()
      .references(() => workPackages.id, { onDelete: 'cascade' }),
    /** The package's order, kept here so listings and permission checks need no join. */
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    /** How many units this task is (50 records, 1 page, 30 minutes of audio). */
    units: integer('units').notNull(),
    estimateMinutes: integer('estimate_minutes').notNull(),
    payKind: payKindEnum('pay_kind').notNull(),
    payRateYen: integer('pay_rate_yen').notNull(),
    deadline: date('deadline').notNull(),
    requiredSkills: text('required_skills').array().notNull().default(sql`'{}'::text[]`),
    /** This task opens for taking only once that one is accepted. */
    dependsOnTaskId: uuid('depends_on_task_id').references((): AnyPgColumn => tasks.id, { onDelete: 'set null' }),
    status: taskStatusEnum('status').notNull().default('open'),
    /** 検収日: the day the work was accepted, from which pay deadlines count. */
    acceptedOn: date('accepted_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('tasks_package_position_idx').on(table.packageId, table.position),
    index('tasks_order_status_idx').on(table.orderId, table.status),
    index('tasks_open_idx').on(table.status, table.deadline),
    check('tasks_title_check', sql`length(${table.title}) between 1 and 200`),
    check('tasks_units_check', sql`${table.units} between 1 and 1000000`),
    check('tasks_estimate_check', sql`${table.estimateMinutes} between 1 and 1440`),
    check('tasks_pay_check', sql`${table.payRateYen} between 0 and 10000000`),
    check('tasks_skills_check', skillsWithin(table.requiredSkills)),
    check('tasks_accepted_check', sql`(${table.status}::text = 'accepted') = (${table.acceptedOn} is not null)`),
  ],
);
