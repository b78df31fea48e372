import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import { spaces } from '../centre/schema';

/**
 * A company that has come to the town (企業進出型) and rents booths at the centre for its staff.
 * Its people sign in with the `tenant` role and are listed in `tenant_staff`.
 */
export const tenantCompanies = pgTable(
  'tenant_companies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    nameKana: text('name_kana'),
    /** Where the company's head office is (the city it came from). */
    headOffice: text('head_office'),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check('tenant_companies_name_check', sql`length(trim(${table.name})) between 1 and 200`)],
);

/**
 * A monthly contract for one booth from a first day to a last day (null: until ended). While it
 * runs the booth is the company's: only its staff book it. `meetingMinutesPerMonth` is the company's
 * share of the video-meeting booths each calendar month. Migration 0012 refuses two contracts for the
 * same booth whose days overlap (EXCLUDE on the date range), however many are saved at once.
 */
export const tenantContracts = pgTable(
  'tenant_contracts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => tenantCompanies.id, { onDelete: 'restrict' }),
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id, { onDelete: 'restrict' }),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    /** Yen a month, consumption tax included. */
    monthlyFee: integer('monthly_fee').notNull(),
    meetingMinutesPerMonth: integer('meeting_minutes_per_month').notNull().default(0),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('tenant_contracts_company_idx').on(table.companyId),
    check('tenant_contracts_days_check', sql`${table.endsOn} is null or ${table.startsOn} <= ${table.endsOn}`),
    check('tenant_contracts_fee_check', sql`${table.monthlyFee} between 0 and 10000000`),
    check('tenant_contracts_quota_check', sql`${table.meetingMinutesPerMonth} between 0 and 44640`),
  ],
);

/** ふるさとテレワーク types that apply to a tenant's staff: A (sent from the head office) or D (hired locally). */
export const tenantTeleworkTypes = ['A', 'D'] as const;
export type TenantTeleworkType = (typeof tenantTeleworkTypes)[number];
export const tenantTeleworkTypeEnum = pgEnum('tenant_telework_type', tenantTeleworkTypes);

/** A tenant-role account's company, and its telework type for the reports; `leftOn` ends it. */
export const tenantStaff = pgTable(
  'tenant_staff',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id')
      .notNull()
      .references(() => tenantCompanies.id, { onDelete: 'restrict' }),
    teleworkType: tenantTeleworkTypeEnum('telework_type').notNull(),
    joinedOn: date('joined_on').notNull(),
    leftOn: date('left_on'),
  },
  (table) => [
    index('tenant_staff_company_idx').on(table.companyId),
    check('tenant_staff_days_check', sql`${table.leftOn} is null or ${table.joinedOn} <= ${table.leftOn}`),
  ],
);
