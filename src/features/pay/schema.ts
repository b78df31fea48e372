import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import { payKindEnum, tasks } from '../breakdown/schema';
import { orders } from '../orders/schema';
import { submissions } from '../tasks/schema';

/** closed: 締め done, amounts fixed · paid: the transfer went out. */
export const payStatementStatuses = ['closed', 'paid'] as const;
export type PayStatementStatus = (typeof payStatementStatuses)[number];
export const payStatementStatusEnum = pgEnum('pay_statement_status', payStatementStatuses);

/**
 * 支払通知書: one worker's pay for one month's close. Amounts are fixed when the month is closed;
 * `legalDueOn` is the earliest limit the law sets for any line, `scheduledOn` the transfer date.
 */
export const payStatements = pgTable(
  'pay_statements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: integer('number').generatedAlwaysAsIdentity().notNull(),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    /** The closed month, YYYY-MM. */
    month: text('month').notNull(),
    status: payStatementStatusEnum('status').notNull().default('closed'),
    /** Pay for accepted work (sum of the lines). */
    workYen: integer('work_yen').notNull(),
    /** Sum of the adjustments applied in this close. */
    adjustmentYen: integer('adjustment_yen').notNull(),
    /** Consumption tax added for a registered invoice issuer (once per statement, rounded down); 0 otherwise. */
    consumptionTaxYen: integer('consumption_tax_yen').notNull(),
    /** The part of the pay that is subject to 源泉徴収 (without consumption tax when it is stated apart). */
    withholdingBaseYen: integer('withholding_base_yen').notNull(),
    withholdingYen: integer('withholding_yen').notNull(),
    /** What is transferred: work + adjustments + consumption tax − withholding. */
    paymentYen: integer('payment_yen').notNull(),
    /** The worker's invoice registration number at the close, when they had one. */
    invoiceRegistrationNumber: text('invoice_registration_number'),
    legalDueOn: date('legal_due_on').notNull(),
    scheduledOn: date('scheduled_on').notNull(),
    paidOn: date('paid_on'),
    closedBy: uuid('closed_by').references(() => users.id, { onDelete: 'set null' }),
    closedAt: timestamp('closed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('pay_statements_number_idx').on(table.number),
    uniqueIndex('pay_statements_worker_month_idx').on(table.workerId, table.month),
    index('pay_statements_month_idx').on(table.month),
    check('pay_statements_month_check', sql`${table.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check('pay_statements_scheduled_check', sql`${table.scheduledOn} <= ${table.legalDueOn}`),
    check('pay_statements_payment_check', sql`${table.paymentYen} = ${table.workYen} + ${table.adjustmentYen} + ${table.consumptionTaxYen} - ${table.withholdingYen}`),
    check('pay_statements_paid_check', sql`(${table.status}::text = 'paid') = (${table.paidOn} is not null)`),
    check('pay_statements_invoice_number_check', sql`${table.invoiceRegistrationNumber} ~ '^T[0-9]{13}$'`),
  ],
);

/** One accepted piece of work on a statement, as it was paid; each submission is paid once. */
export const payStatementLines = pgTable(
  'pay_statement_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    statementId: uuid('statement_id')
      .notNull()
      .references(() => payStatements.id, { onDelete: 'restrict' }),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => submissions.id, { onDelete: 'restrict' }),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'restrict' }),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'restrict' }),
    /** Order and task title as they were. */
    description: text('description').notNull(),
    /** The package's kind of work (a skill code): decides withholding. */
    workCategory: text('work_category').notNull(),
    withholds: boolean('withholds').notNull(),
    payKind: payKindEnum('pay_kind').notNull(),
    payRateYen: integer('pay_rate_yen').notNull(),
    /** The package's unit (件, 分 …), for reading `units`. */
    unitName: text('unit_name').notNull(),
    units: integer('units').notNull(),
    minutes: integer('minutes').notNull(),
    yen: integer('yen').notNull(),
    inspectedOn: date('inspected_on').notNull(),
    legalDueOn: date('legal_due_on').notNull(),
  },
  (table) => [
    uniqueIndex('pay_statement_lines_submission_idx').on(table.submissionId),
    index('pay_statement_lines_statement_idx').on(table.statementId),
    check('pay_statement_lines_yen_check', sql`${table.yen} >= 0`),
  ],
);

/**
 * proposed: a cut waiting for the worker's agreement · agreed / refused: their answer ·
 * applied: an addition (needs no agreement) · withdrawn: taken back by staff before the close.
 */
export const payAdjustmentStatuses = ['proposed', 'agreed', 'refused', 'applied', 'withdrawn'] as const;
export type PayAdjustmentStatus = (typeof payAdjustmentStatuses)[number];
export const payAdjustmentStatusEnum = pgEnum('pay_adjustment_status', payAdjustmentStatuses);

/**
 * A correction to a worker's pay, always with a reason. An addition applies at once; a cut
 * (negative) after acceptance applies only once the worker agrees (no unfair reduction,
 * フリーランス法 §5). Never edited: each status change records who and when.
 */
export const payAdjustments = pgTable(
  'pay_adjustments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    /** The first month whose close includes it (YYYY-MM). */
    month: text('month').notNull(),
    amountYen: integer('amount_yen').notNull(),
    reason: text('reason').notNull(),
    /** Whether this amount counts toward the withholding base. */
    withholds: boolean('withholds').notNull().default(false),
    status: payAdjustmentStatusEnum('status').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    withdrawnBy: uuid('withdrawn_by').references(() => users.id, { onDelete: 'set null' }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    /** Set by the close that paid it. */
    statementId: uuid('statement_id').references(() => payStatements.id, { onDelete: 'restrict' }),
  },
  (table) => [
    index('pay_adjustments_worker_idx').on(table.workerId, table.month),
    check('pay_adjustments_month_check', sql`${table.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check('pay_adjustments_amount_check', sql`${table.amountYen} <> 0 and ${table.amountYen} between -10000000 and 10000000`),
    check('pay_adjustments_reason_check', sql`length(trim(${table.reason})) between 1 and 500`),
    // Additions apply at once; only a cut waits for the worker's answer.
    check('pay_adjustments_status_check', sql`(${table.amountYen} > 0) = (${table.status}::text in ('applied', 'withdrawn')) or (${table.amountYen} < 0 and ${table.status}::text = 'withdrawn')`),
    check('pay_adjustments_withdrawn_check', sql`(${table.status}::text = 'withdrawn') = (${table.withdrawnAt} is not null)`),
    check('pay_adjustments_statement_check', sql`${table.statementId} is null or ${table.status}::text in ('applied', 'agreed')`),
  ],
);
