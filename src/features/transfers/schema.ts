import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import { payStatements } from '../pay/schema';

/**
 * 総合振込: one transfer file's worth of payments for one transfer date. The file is kept as
 * generated (what went to the bank), so it can be downloaded again byte for byte.
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
  },
  (table) => [
    uniqueIndex('transfer_batches_number_idx').on(table.number),
    check('transfer_batches_count_check', sql`${table.recordCount} between 1 and 999999`),
  ],
);

/** The statements a batch pays; a statement is in at most one batch. */
export const transferBatchStatements = pgTable(
  'transfer_batch_statements',
  {
    batchId: uuid('batch_id')
      .notNull()
      .references(() => transferBatches.id, { onDelete: 'cascade' }),
    statementId: uuid('statement_id')
      .notNull()
      .references(() => payStatements.id, { onDelete: 'restrict' }),
  },
  (table) => [uniqueIndex('transfer_batch_statements_statement_idx').on(table.statementId), index('transfer_batch_statements_batch_idx').on(table.batchId)],
);
