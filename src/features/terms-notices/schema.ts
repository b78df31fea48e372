import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import { tasks } from '../breakdown/schema';
import { orders } from '../orders/schema';

/** What the worker accepted: a task taken from the list, a director's offer, a planner offer, or changed terms. */
export const termsNoticeSources = ['task_taken', 'task_offer', 'plan_offer', 'terms_change'] as const;
export type TermsNoticeSource = (typeof termsNoticeSources)[number];
export const termsNoticeSourceEnum = pgEnum('terms_notice_source', termsNoticeSources);

/** acknowledged: the worker confirmed reading it · agreed / refused: their answer to changed terms. */
export const termsNoticeResponses = ['acknowledged', 'agreed', 'refused'] as const;
export type TermsNoticeResponse = (typeof termsNoticeResponses)[number];
export const termsNoticeResponseEnum = pgEnum('terms_notice_response', termsNoticeResponses);

/**
 * 取引条件明示書: the terms stated to a worker when they accept work (フリーランス法 §3 and the
 * 自営型テレワークガイドライン). `content` is the full text as issued; a trigger refuses any change
 * to an issued notice except recording the worker's one response, and refuses deletion.
 */
export const termsNotices = pgTable(
  'terms_notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The number people quote ("明示書 No. 120"). */
    number: integer('number').generatedAlwaysAsIdentity().notNull(),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'restrict' }),
    taskId: uuid('task_id').references(() => tasks.id, { onDelete: 'restrict' }),
    source: termsNoticeSourceEnum('source').notNull(),
    /** The notice these terms replace (for `terms_change`). */
    supersedesId: uuid('supersedes_id').references((): AnyPgColumn => termsNotices.id, { onDelete: 'restrict' }),
    /** Every stated item, as issued (see content.ts). */
    content: jsonb('content').notNull(),
    /** SHA-256 of the content as issued, shown on the PDF so a copy can be checked. */
    contentSha256: text('content_sha256').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
    issuedBy: uuid('issued_by').references(() => users.id, { onDelete: 'restrict' }),
    /** Changed terms apply only once the worker agrees. */
    requiresAgreement: boolean('requires_agreement').notNull().default(false),
    response: termsNoticeResponseEnum('response'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('terms_notices_number_idx').on(table.number),
    index('terms_notices_worker_idx').on(table.workerId, table.issuedAt),
    index('terms_notices_order_idx').on(table.orderId),
    index('terms_notices_task_idx').on(table.taskId),
    check('terms_notices_response_check', sql`(${table.response} is null) = (${table.respondedAt} is null)`),
    check(
      'terms_notices_response_kind_check',
      sql`${table.response} is null or (${table.requiresAgreement} and ${table.response}::text in ('agreed', 'refused')) or (not ${table.requiresAgreement} and ${table.response}::text = 'acknowledged')`,
    ),
  ],
);
