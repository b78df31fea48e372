import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import { clients } from '../clients/schema';
import { orders } from '../orders/schema';

/** order: one order's invoice · monthly: 合計請求書, a client's orders of one month on one invoice. */
export const invoiceKinds = ['order', 'monthly'] as const;
export type InvoiceKind = (typeof invoiceKinds)[number];
export const invoiceKindEnum = pgEnum('invoice_kind', invoiceKinds);

/** draft: editable, no number · issued: numbered and fixed · void: cancelled, number kept (no gaps). */
export const invoiceStatuses = ['draft', 'issued', 'void'] as const;
export type InvoiceStatus = (typeof invoiceStatuses)[number];
export const invoiceStatusEnum = pgEnum('invoice_status', invoiceStatuses);

/**
 * 適格請求書 to a client. Issuing takes the next number from `invoice_number_counter` in the same
 * transaction, so numbers have no gaps; issuer, recipient and totals are copied in at issue.
 */
export const invoices = pgTable(
  'invoices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: integer('number'),
    kind: invoiceKindEnum('kind').notNull(),
    status: invoiceStatusEnum('status').notNull().default('draft'),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    /** For `order` invoices. */
    orderId: uuid('order_id').references(() => orders.id, { onDelete: 'restrict' }),
    /** For `monthly` invoices: the month covered, YYYY-MM. */
    month: text('month'),
    subject: text('subject').notNull(),
    notes: text('notes'),
    issuedOn: date('issued_on'),
    dueOn: date('due_on'),
    issuerName: text('issuer_name'),
    issuerRegistrationNumber: text('issuer_registration_number'),
    issuerAddress: text('issuer_address'),
    recipientName: text('recipient_name'),
    bankText: text('bank_text'),
    subtotalYen: integer('subtotal_yen'),
    taxYen: integer('tax_yen'),
    totalYen: integer('total_yen'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    issuedBy: uuid('issued_by').references(() => users.id, { onDelete: 'set null' }),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    voidReason: text('void_reason'),
  },
  (table) => [
    uniqueIndex('invoices_number_idx').on(table.number),
    index('invoices_client_idx').on(table.clientId, table.issuedOn),
    index('invoices_order_idx').on(table.orderId),
    check('invoices_kind_check', sql`(${table.kind}::text = 'order') = (${table.orderId} is not null) and (${table.kind}::text = 'monthly') = (${table.month} is not null)`),
    check('invoices_month_check', sql`${table.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check(
      'invoices_issued_check',
      sql`(${table.status}::text = 'draft') = (${table.number} is null) and (${table.number} is null) = (${table.issuedOn} is null) and (${table.number} is null) = (${table.totalYen} is null)`,
    ),
    check('invoices_void_check', sql`(${table.status}::text = 'void') = (${table.voidedAt} is not null)`),
    check('invoices_subject_check', sql`length(${table.subject}) between 1 and 200`),
  ],
);

/** A line of an invoice; on a monthly invoice each line carries the order it belongs to. */
export const invoiceItems = pgTable(
  'invoice_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    invoiceId: uuid('invoice_id')
      .notNull()
      .references(() => invoices.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    orderId: uuid('order_id').references(() => orders.id, { onDelete: 'restrict' }),
    description: text('description').notNull(),
    quantity: integer('quantity').notNull(),
    unitName: text('unit_name'),
    unitPriceYen: integer('unit_price_yen').notNull(),
    /** 10 standard, 8 reduced (marked ※ on the invoice). */
    taxRate: integer('tax_rate').notNull(),
  },
  (table) => [
    index('invoice_items_invoice_idx').on(table.invoiceId, table.position),
    check('invoice_items_description_check', sql`length(${table.description}) between 1 and 200`),
    check('invoice_items_quantity_check', sql`${table.quantity} between 1 and 10000000`),
    check('invoice_items_price_check', sql`${table.unitPriceYen} between 0 and 100000000`),
    check('invoice_items_rate_check', sql`${table.taxRate} in (10, 8)`),
  ],
);

/** Money received from the client against an invoice. */
export const invoicePayments = pgTable(
  'invoice_payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    invoiceId: uuid('invoice_id')
      .notNull()
      .references(() => invoices.id, { onDelete: 'restrict' }),
    receivedOn: date('received_on').notNull(),
    amountYen: integer('amount_yen').notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('invoice_payments_invoice_idx').on(table.invoiceId), check('invoice_payments_amount_check', sql`${table.amountYen} between 1 and 1000000000`)],
);

/** The last invoice number issued: one row, advanced in the issuing transaction. */
export const invoiceNumberCounter = pgTable(
  'invoice_number_counter',
  {
    id: integer('id').primaryKey().default(1),
    lastNumber: integer('last_number').notNull().default(0),
  },
  (table) => [check('invoice_number_counter_single_row_check', sql`${table.id} = 1`)],
);
