import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema';
import { tasks, workPackages } from '../features/breakdown/schema';
import { orders } from '../features/orders/schema';
import { submissions } from '../features/tasks/schema';

/** Instructions and attachments a director gives with an order or package; deliverables a worker hands in. */
export const filePurposes = ['instructions', 'deliverable'] as const;
export type FilePurpose = (typeof filePurposes)[number];
export const filePurposeEnum = pgEnum('file_purpose', filePurposes);

/**
 * An uploaded file: its bytes live under the data folder (`uploads/<id>`), never in a public
 * folder; every download goes through a route that checks the order's confidentiality.
 */
export const storedFiles = pgTable(
  'stored_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    packageId: uuid('package_id').references(() => workPackages.id, { onDelete: 'cascade' }),
    taskId: uuid('task_id').references(() => tasks.id, { onDelete: 'cascade' }),
    submissionId: uuid('submission_id').references(() => submissions.id, { onDelete: 'cascade' }),
    purpose: filePurposeEnum('purpose').notNull(),
    originalName: text('original_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('stored_files_order_idx').on(table.orderId),
    index('stored_files_submission_idx').on(table.submissionId),
    check('stored_files_size_check', sql`${table.sizeBytes} between 0 and 20971520`),
    check('stored_files_deliverable_check', sql`(${table.purpose}::text = 'deliverable') = (${table.submissionId} is not null)`),
  ],
);
