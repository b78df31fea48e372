import { sql } from 'drizzle-orm';
import { boolean, check, date, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';

export const clientStatuses = ['prospect', 'active', 'inactive'] as const;
export type ClientStatus = (typeof clientStatuses)[number];
export const clientStatusEnum = pgEnum('client_status', clientStatuses);

export const salesActivityKinds = ['visit', 'call', 'email', 'proposal', 'meeting', 'other'] as const;
export type SalesActivityKind = (typeof salesActivityKinds)[number];
export const salesActivityKindEnum = pgEnum('sales_activity_kind', salesActivityKinds);

/** 発注者: a company or body that orders work, or might (a prospect). The town itself is one. */
export const clients = pgTable(
  'clients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    nameKana: text('name_kana'),
    status: clientStatusEnum('status').notNull().default('prospect'),
    /** The town itself: reports split its share of the work from outside clients. */
    isMunicipality: boolean('is_municipality').notNull().default(false),
    /** Seven digits, no hyphen. */
    postalCode: text('postal_code'),
    address: text('address'),
    phone: text('phone'),
    email: text('email'),
    /** 法人番号: 13 digits, the first the check digit of the other 12. */
    corporateNumber: text('corporate_number'),
    /** 適格請求書発行事業者 登録番号: "T" and 13 digits. */
    invoiceRegistrationNumber: text('invoice_registration_number'),
    notes: text('notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (table) => [
    check('clients_name_check', sql`length(${table.name}) between 1 and 200`),
    check('clients_postal_code_check', sql`${table.postalCode} ~ '^[0-9]{7}$'`),
    check('clients_corporate_number_check', sql`${table.corporateNumber} ~ '^[0-9]{13}$'`),
    check('clients_invoice_number_check', sql`${table.invoiceRegistrationNumber} ~ '^T[0-9]{13}$'`),
    uniqueIndex('clients_corporate_number_idx').on(table.corporateNumber),
    index('clients_name_idx').on(table.name),
  ],
);

/** A person at a client; `userId` is that person's client account, when they have one. */
export const clientContacts = pgTable(
  'client_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    nameKana: text('name_kana'),
    department: text('department'),
    title: text('title'),
    phone: text('phone'),
    email: text('email'),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('client_contacts_user_idx').on(table.userId),
    index('client_contacts_client_idx').on(table.clientId),
  ],
);

/** 営業活動: one line of the sales log for a client or prospect. Only ever added to. */
export const salesActivities = pgTable(
  'sales_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    kind: salesActivityKindEnum('kind').notNull(),
    occurredOn: date('occurred_on').notNull(),
    summary: text('summary').notNull(),
    nextStep: text('next_step'),
    nextStepOn: date('next_step_on'),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('sales_activities_summary_check', sql`length(${table.summary}) >= 1`),
    index('sales_activities_client_idx').on(table.clientId, table.occurredOn),
  ],
);
