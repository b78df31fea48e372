import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import { clients } from '../clients/schema';
import { skillCodes } from '../workers/vocabulary';

/** 引き合い → 見積 → 受注 → 作業中 → 納品 → 完了; `lost` is an inquiry or quote that did not become an order. */
export const orderStatuses = ['inquiry', 'quoted', 'ordered', 'in_progress', 'delivered', 'closed', 'lost'] as const;
export type OrderStatus = (typeof orderStatuses)[number];
export const orderStatusEnum = pgEnum('order_status', orderStatuses);

/** Where the work may be done: anywhere, only at the centre, or only by workers with a signed NDA with the client. */
export const confidentialityLevels = ['anywhere', 'centre_only', 'nda'] as const;
export type ConfidentialityLevel = (typeof confidentialityLevels)[number];
export const confidentialityEnum = pgEnum('confidentiality_level', confidentialityLevels);

/** 検品: every handed-in task, or a random sample of n%. */
export const reviewPolicies = ['all', 'sample'] as const;
export type ReviewPolicy = (typeof reviewPolicies)[number];
export const reviewPolicyEnum = pgEnum('review_policy', reviewPolicies);

/** A team's leader, its members, and trainees doing on-the-job training (OJT): always reviewed, paid at the training rate. */
export const teamRoles = ['leader', 'member', 'trainee'] as const;
export type TeamRole = (typeof teamRoles)[number];
export const teamRoleEnum = pgEnum('team_role', teamRoles);

/** Consumption tax rates an item may carry: 10% standard, 8% reduced (軽減税率). */
export const taxRates = [10, 8] as const;

export const skillsWithin = (column: unknown) =>
  sql`${column} <@ array[${sql.raw(skillCodes.map((code) => `'${code}'`).join(', '))}]::text[]`;

/**
 * One piece of business with a client, from the first inquiry to the closed order. The terms
 * columns (`terms*`, dates) are what the onward commission to workers states (フリーランス法 §3
 * and the 自営型テレワークガイドライン); they are filled in when the inquiry becomes an order.
 */
export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The number people say ("受注 #12"), in the order inquiries arrived. */
    number: integer('number').generatedAlwaysAsIdentity().notNull(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    /** What the client asked for, in their words. */
    inquiry: text('inquiry'),
    receivedOn: date('received_on').notNull(),
    status: orderStatusEnum('status').notNull().default('inquiry'),
    confidentiality: confidentialityEnum('confidentiality').notNull().default('anywhere'),
    requiredSkills: text('required_skills').array().notNull().default(sql`'{}'::text[]`),
    reviewPolicy: reviewPolicyEnum('review_policy').notNull().default('all'),
    /** For the `sample` policy: the share of handed-in tasks a reviewer checks. */
    reviewSamplePercent: integer('review_sample_percent'),
    /** How long a worker may hold a task before it returns to the pool. */
    reservationHours: integer('reservation_hours').notNull().default(24),
    quoteIssuedOn: date('quote_issued_on'),
    quoteValidUntil: date('quote_valid_until'),
    // The terms of the onward commission (業務委託の取引条件).
    termsWorkContent: text('terms_work_content'),
    termsDeliverable: text('terms_deliverable'),
    deliveryDate: date('delivery_date'),
    termsDeliveryPlace: text('terms_delivery_place'),
    termsDeliveryMethod: text('terms_delivery_method'),
    /** The day by which inspection (検査) of delivered work is completed. */
    inspectionDueOn: date('inspection_due_on'),
    termsRate: text('terms_rate'),
    termsPaymentDate: text('terms_payment_date'),
    termsPaymentMethod: text('terms_payment_method'),
    termsExpenses: text('terms_expenses'),
    termsIntellectualProperty: text('terms_intellectual_property'),
    termsPersonalData: text('terms_personal_data'),
    termsDefects: text('terms_defects'),
    /** 再委託: the client's work is passed on to workers; the 30-day pay rule depends on this disclosure. */
    subcontractingDisclosed: boolean('subcontracting_disclosed').notNull().default(false),
    termsSubcontracting: text('terms_subcontracting'),
    /** OJT: trainees on the team are paid this share of each task's rate (研修単価). */
    trainingRatePercent: integer('training_rate_percent').notNull().default(100),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('orders_number_idx').on(table.number),
    index('orders_client_idx').on(table.clientId),
    index('orders_status_idx').on(table.status),
    check('orders_title_check', sql`length(${table.title}) between 1 and 200`),
    check('orders_skills_check', skillsWithin(table.requiredSkills)),
    check(
      'orders_review_sample_check',
      sql`(${table.reviewPolicy}::text = 'sample') = (${table.reviewSamplePercent} is not null) and coalesce(${table.reviewSamplePercent}, 1) between 1 and 100`,
    ),
    check('orders_reservation_hours_check', sql`${table.reservationHours} between 1 and 336`),
    check('orders_training_rate_check', sql`${table.trainingRatePercent} between 1 and 100`),
  ],
);

/** Every status change of an order, with who and why. */
export const orderStatusChanges = pgTable(
  'order_status_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    fromStatus: orderStatusEnum('from_status'),
    toStatus: orderStatusEnum('to_status').notNull(),
    note: text('note'),
    changedBy: uuid('changed_by').references(() => users.id, { onDelete: 'set null' }),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('order_status_changes_order_idx').on(table.orderId, table.changedAt)],
);

/** 見積: one line of the quote — what, how many, at what unit price (yen), at which tax rate. */
export const quoteItems = pgTable(
  'quote_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    description: text('description').notNull(),
    quantity: integer('quantity').notNull(),
    unit: text('unit').notNull(),
    unitPriceYen: integer('unit_price_yen').notNull(),
    taxRate: integer('tax_rate').notNull().default(10),
  },
  (table) => [
    index('quote_items_order_idx').on(table.orderId, table.position),
    check('quote_items_quantity_check', sql`${table.quantity} between 1 and 10000000`),
    check('quote_items_price_check', sql`${table.unitPriceYen} between 0 and 100000000`),
    check('quote_items_tax_rate_check', sql`${table.taxRate} in (10, 8)`),
  ],
);

/** The team of an order: who may take its tasks; leaders also review. */
export const orderTeamMembers = pgTable(
  'order_team_members',
  {
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: teamRoleEnum('role').notNull().default('member'),
    addedBy: uuid('added_by').references(() => users.id, { onDelete: 'set null' }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orderId, table.userId] }), index('order_team_members_user_idx').on(table.userId)],
);

/** A worker's signed non-disclosure agreement with a client, recorded by staff; NDA-level work needs one. */
export const ndaSignatures = pgTable(
  'nda_signatures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    signedOn: date('signed_on').notNull(),
    validUntil: date('valid_until'),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('nda_signatures_user_client_idx').on(table.userId, table.clientId)],
);
