import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { roleEnum, users } from '../../auth/schema';

export const promotionDecisions = ['approved', 'declined'] as const;
export type PromotionDecision = (typeof promotionDecisions)[number];
export const promotionDecisionEnum = pgEnum('promotion_decision', promotionDecisions);

/**
 * A step up the career path (研修生 → ワーカー → リーダー → ディレクター), proposed with a reason and
 * signed off (or declined) by a coordinator; approving changes the person's role. At most one
 * proposal per person is open at a time; decided ones are the person's history.
 */
export const rolePromotions = pgTable(
  'role_promotions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    fromRole: roleEnum('from_role').notNull(),
    toRole: roleEnum('to_role').notNull(),
    reason: text('reason').notNull(),
    proposedBy: uuid('proposed_by').references(() => users.id, { onDelete: 'set null' }),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
    decision: promotionDecisionEnum('decision'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
  },
  (table) => [
    uniqueIndex('role_promotions_open_idx').on(table.userId).where(sql`${table.decision} is null`),
    index('role_promotions_user_idx').on(table.userId, table.proposedAt),
    check(
      'role_promotions_step_check',
      sql`(${table.fromRole}::text, ${table.toRole}::text) in (('trainee', 'worker'), ('worker', 'leader'), ('leader', 'director'))`,
    ),
    check('role_promotions_reason_check', sql`length(trim(${table.reason})) between 1 and 2000`),
    check('role_promotions_decision_check', sql`(${table.decision} is null) = (${table.decidedAt} is null)`),
  ],
);
