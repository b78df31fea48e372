import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import { bookings } from '../bookings/schema';
import { sites } from '../centre/schema';
import { tenantCompanies, tenantContracts } from '../tenants/schema';

/** How a fee plan charges: nothing (residents), by the started hour, by the day, or by the month (tenants' booths). */
export const feePlanKinds = ['free', 'hourly', 'daily', 'monthly'] as const;
export type FeePlanKind = (typeof feePlanKinds)[number];
export const feePlanKindEnum = pgEnum('fee_plan_kind', feePlanKinds);

/** A price list entry of a site, such as ドロップイン ¥200 per hour or ¥1,000 per day. Prices include consumption tax. */
export const feePlans = pgTable(
  'fee_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: feePlanKindEnum('kind').notNull(),
    /** Yen per hour, day or month, tax included; 0 for a free plan. */
    price: integer('price').notNull(),
    /** For an hourly plan: the most charged for one day (null: no cap). */
    dailyCap: integer('daily_cap'),
    sortOrder: integer('sort_order').notNull().default(0),
    /** Retired plans stay for the bills that used them but are no longer offered. */
    retiredAt: timestamp('retired_at', { withTimezone: true }),
  },
  (table) => [
    check('fee_plans_name_check', sql`length(trim(${table.name})) between 1 and 100`),
    check('fee_plans_price_check', sql`${table.price} between 0 and 10000000 and (${table.kind}::text <> 'free' or ${table.price} = 0)`),
    check('fee_plans_cap_check', sql`${table.dailyCap} is null or (${table.kind}::text = 'hourly' and ${table.dailyCap} > 0)`),
  ],
);

export const centreBillStatuses = ['open', 'paid'] as const;
export type CentreBillStatus = (typeof centreBillStatuses)[number];
export const centreBillStatusEnum = pgEnum('centre_bill_status', centreBillStatuses);

export const centrePaymentMethods = ['cash', 'card', 'transfer', 'other'] as const;
export type CentrePaymentMethod = (typeof centrePaymentMethods)[number];
export const centrePaymentMethodEnum = pgEnum('centre_payment_method', centrePaymentMethods);

/**
 * What one payer owes the centre: a guest (a user) or a tenant company. Charges accumulate on the
 * payer's one open bill until staff take payment; then it is paid, numbered and a receipt (領収書)
 * can be printed. A partial unique index keeps one open bill per payer. Migration 0013's triggers
 * keep a paid bill and its charges as issued.
 */
export const centreBills = pgTable(
  'centre_bills',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'restrict' }),
    payerUserId: uuid('payer_user_id').references(() => users.id, { onDelete: 'restrict' }),
    payerCompanyId: uuid('payer_company_id').references(() => tenantCompanies.id, { onDelete: 'restrict' }),
    status: centreBillStatusEnum('status').notNull().default('open'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    paidTo: uuid('paid_to').references(() => users.id, { onDelete: 'set null' }),
    paymentMethod: centrePaymentMethodEnum('payment_method'),
    /** Fixed when paid: the total in yen (tax included) and the receipt's number and addressee. */
    total: integer('total'),
    receiptNumber: integer('receipt_number'),
    receiptAddressee: text('receipt_addressee'),
    /** The issuer's name and 登録番号 as they were when paid: the receipt stays as issued if the settings change. */
    issuerName: text('issuer_name'),
    issuerRegistrationNumber: text('issuer_registration_number'),
  },
  (table) => [
    uniqueIndex('centre_bills_open_user_idx')
      .on(table.payerUserId)
      .where(sql`${table.status} = 'open' and ${table.payerUserId} is not null`),
    uniqueIndex('centre_bills_open_company_idx')
      .on(table.payerCompanyId)
      .where(sql`${table.status} = 'open' and ${table.payerCompanyId} is not null`),
    uniqueIndex('centre_bills_receipt_number_idx').on(table.receiptNumber),
    check('centre_bills_payer_check', sql`(${table.payerUserId} is null) <> (${table.payerCompanyId} is null)`),
    check(
      'centre_bills_paid_check',
      sql`(${table.status}::text = 'paid') = (${table.paidAt} is not null and ${table.paymentMethod} is not null and ${table.total} is not null and ${table.receiptNumber} is not null and ${table.issuerName} is not null)`,
    ),
  ],
);

/**
 * One line of a bill: a stay at the centre (from its booking) or a month of a tenant's booth
 * contract. A booking is charged once and a contract once a month (unique indexes), so two
 * check-outs or two clicks at once cannot charge twice. `amount` is yen, tax included.
 */
export const centreBillCharges = pgTable(
  'centre_bill_charges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    billId: uuid('bill_id')
      .notNull()
      .references(() => centreBills.id, { onDelete: 'restrict' }),
    bookingId: uuid('booking_id').references(() => bookings.id, { onDelete: 'restrict' }),
    contractId: uuid('contract_id').references(() => tenantContracts.id, { onDelete: 'restrict' }),
    /** For a contract: the month charged, as its first day. */
    month: date('month'),
    feePlanId: uuid('fee_plan_id').references(() => feePlans.id, { onDelete: 'restrict' }),
    /** The day the charge is for (the stay's day, the month's first day). */
    chargedOn: date('charged_on').notNull(),
    description: text('description').notNull(),
    quantity: integer('quantity').notNull().default(1),
    unitPrice: integer('unit_price').notNull(),
    amount: integer('amount').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('centre_bill_charges_bill_idx').on(table.billId),
    uniqueIndex('centre_bill_charges_booking_idx').on(table.bookingId),
    uniqueIndex('centre_bill_charges_contract_month_idx').on(table.contractId, table.month),
    check('centre_bill_charges_source_check', sql`(${table.contractId} is null) = (${table.month} is null)`),
    check('centre_bill_charges_amount_check', sql`${table.quantity} > 0 and ${table.unitPrice} >= 0 and ${table.amount} >= 0`),
  ],
);

/** The last receipt number given, one row: the next receipt takes it plus one in the paying transaction (no gaps). */
export const centreReceiptCounter = pgTable(
  'centre_receipt_counter',
  {
    id: integer('id').primaryKey().default(1),
    lastNumber: integer('last_number').notNull().default(0),
  },
  (table) => [check('centre_receipt_counter_one_row', sql`${table.id} = 1`)],
);
