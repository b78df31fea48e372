import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Who saw or changed what, when: every view and change of sensitive data. Append-only: a trigger
 * (migration 0003) refuses UPDATE and DELETE, so not even the app can rewrite history.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    // No foreign keys: the history outlives the accounts it names, and must never be rewritten by a cascade.
    actorId: uuid('actor_id'),
    /** What was done, as a verb-like code: 'worker.sensitive.view', 'worker.bank.update', … */
    action: text('action').notNull(),
    /** Whose data it was about. */
    subjectUserId: uuid('subject_user_id'),
    subjectApplicationId: uuid('subject_application_id'),
    /** Which fields, never their values. */
    detail: jsonb('detail').$type<Record<string, unknown>>(),
  },
  (table) => [index('audit_log_subject_idx').on(table.subjectUserId, table.at)],
);
