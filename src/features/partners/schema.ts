import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import { workPackages } from '../breakdown/schema';
import { clients } from '../clients/schema';
import { orders } from '../orders/schema';

/**
 * A partner town's Machiwork (連携先の自治体): where it answers (`base_url`) and the API token it
 * issued to us, sealed with the data encryption key (never shown again once saved). The token
 * we issue to them is an `api_tokens` row of kind 'partner'.
 */
export const partners = pgTable(
  'partners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    baseUrl: text('base_url').notNull(),
    theirTokenSealed: text('their_token_sealed'),
    /** The client record that stands for this town when it sends us work (再委託 received). */
    clientId: uuid('client_id').references(() => clients.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** No longer working with this partner: nothing new is sent, their token is refused. */
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (table) => [index('partners_name_idx').on(table.name)],
);

export const subcontractStatuses = ['offered', 'accepted', 'declined', 'in_progress', 'delivered', 'completed', 'cancelled'] as const;
export type SubcontractStatus = (typeof subcontractStatuses)[number];
export const subcontractStatusEnum = pgEnum('subcontract_status', subcontractStatuses);

/**
 * 再委託: part of one of our orders (a work package) offered to a partner town with its terms. What
 * crosses is work and totals, never a worker's personal data. `disclosedAt` records that the
 * sub-contracting was disclosed to the partner with the upstream payment date
 * (`upstreamPaymentDueOn`), which lets the partner's pay fall due 30 days after it (フリーランス法).
 */
export const subcontracts = pgTable(
  'subcontracts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'restrict' }),
    packageId: uuid('package_id').references(() => workPackages.id, { onDelete: 'set null' }),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    instructions: text('instructions').notNull().default(''),
    units: integer('units').notNull(),
    unitPriceYen: integer('unit_price_yen').notNull(),
    deliveryDate: date('delivery_date', { mode: 'string' }).notNull(),
    status: subcontractStatusEnum('status').notNull().default('offered'),
    /** The partner's order for it, once they have it. */
    remoteOrderId: text('remote_order_id'),
    acceptedUnits: integer('accepted_units').notNull().default(0),
    disclosedAt: timestamp('disclosed_at', { withTimezone: true }),
    upstreamPaymentDueOn: date('upstream_payment_due_on', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('subcontracts_order_idx').on(table.orderId),
    index('subcontracts_partner_idx').on(table.partnerId),
    check('subcontracts_units_check', sql`${table.units} > 0 and ${table.acceptedUnits} between 0 and ${table.units}`),
    check('subcontracts_price_check', sql`${table.unitPriceYen} >= 0`),
    check('subcontracts_disclosure_check', sql`(${table.disclosedAt} is null) = (${table.upstreamPaymentDueOn} is null)`),
  ],
);

/**
 * What we have to tell a partner (an offer, a cancellation; on the receiving side, progress and
 * deliveries), kept until their installation has taken it: a job sends it and retries while they
 * are down. `kind` and `payload` are the API call to make.
 */
export const partnerOutbox = pgTable(
  'partner_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
  },
  (table) => [index('partner_outbox_due_idx').on(table.nextAttemptAt).where(sql`${table.sentAt} is null`)],
);

/**
 * On the receiving side: which of our orders came from which partner's sub-contract (their id for
 * it in `reference`), so an offer sent twice makes one order and updates flow back to the right one.
 */
export const partnerOrders = pgTable(
  'partner_orders',
  {
    orderId: uuid('order_id')
      .primaryKey()
      .references(() => orders.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'restrict' }),
    reference: text('reference').notNull(),
    /** The upstream payment date the partner disclosed, if any (our pay to workers may then be due 30 days after it). */
    upstreamPaymentDueOn: date('upstream_payment_due_on', { mode: 'string' }),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('partner_orders_reference_idx').on(table.partnerId, table.reference)],
);
