import { sql } from 'drizzle-orm';
import { boolean, check, date, foreignKey, index, integer, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import { payStatements } from '../pay/schema';

/**
 * 総合振込: one transfer file's worth of payments for one transfer date. The file is kept as
 * generated (what went to the bank), so it can be downloaded again byte for byte. A batch ends
 * either confirmed (the bank paid) or cancelled (the bank refused the file, or it was never sent):
 * a cancelled batch stays on record, with who, when and why, and its statements wait again.
 */
export const transferBatches = pgTable(
  'transfer_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: integer('number').generatedAlwaysAsIdentity().notNull(),
    /** 振込指定日 */
    transferOn: date('transfer_on').notNull(),
    recordCount: integer('record_count').notNull(),
    totalYen: integer('total_yen').notNull(),
    /** The 全銀 file as sent, Shift_JIS bytes in base64. */
    zenginFile: text('zengin_file').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** The day staff confirmed the bank made the transfers; the statements are paid then. */
    confirmedOn: date('confirmed_on'),
    confirmedBy: uuid('confirmed_by').references(() => users.id, { onDelete: 'set null' }),
    /** Set with cancelledAt; the batch's statements carry it (see transferBatchStatements). */
    cancelled: boolean('cancelled').notNull().default(false),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelledBy: uuid('cancelled_by').references(() => users.id, { onDelete: 'set null' }),
    cancelReason: text('cancel_reason'),
  },
  (table) => [
    uniqueIndex('transfer_batches_number_idx').on(table.number),
    // What transferBatchStatements' foreign key points at, so the flag follows the batch.
    unique('transfer_batches_id_cancelled_key').on(table.id, table.cancelled),
    check('transfer_batches_count_check', sql`${table.recordCount} between 1 and 999999`),
    // Cancelled means a time and a reason, and never also confirmed; otherwise none of them.
    check(
      'transfer_batches_cancel_check',
      sql`case when ${table.cancelled} then ${table.cancelledAt} is not null and coalesce(btrim(${table.cancelReason}), '') <> '' and ${table.confirmedOn} is null
        else ${table.cancelledAt} is null and ${table.cancelledBy} is null and ${table.cancelReason} is null end`,
    ),
  ],
);

/**
 * The statements a batch pays, kept even when the batch is cancelled. A statement is in at most one
 * batch that is not cancelled: the unique index covers only rows whose `batch_cancelled` is false.
 * That flag is the batch's own `cancelled`, copied by the database itself — the foreign key on
 * (batch_id, batch_cancelled) cascades the batch's update — so it can never disagree with the batch.
 */
export const transferBatchStatements = pgTable(
  'transfer_batch_statements',
  {
    batchId: uuid('batch_id').notNull(),
    batchCancelled: boolean('batch_cancelled').notNull().default(false),
    statementId: uuid('statement_id')
      .notNull()
      .references(() => payStatements.id, { onDelete: 'restrict' }),
  },
  (table) => [
    foreignKey({ name: 'transfer_batch_statements_batch_fk', columns: [table.batchId, table.batchCancelled], foreignColumns: [transferBatches.id, transferBatches.cancelled] })
      .onUpdate('cascade')
      .onDelete('cascade'),
    uniqueIndex('transfer_batch_statements_statement_idx').on(table.statementId).where(sql`not ${table.batchCancelled}`),
    index('transfer_batch_statements_batch_idx').on(table.batchId),
  ],
);
