import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import { skillsWithin } from '../orders/schema';

/**
 * How the operator pays and bills: one row (id 1). The issuer's name and registration number
 * are the operator's (`operators`); what is here is the rest the money features need.
 */
export const moneySettings = pgTable(
  'money_settings',
  {
    id: integer('id').primaryKey().default(1),
    /** Kinds of work (skill codes) whose pay is subject to 源泉徴収; data entry is not. */
    withholdingCategories: text('withholding_categories')
      .array()
      .notNull()
      .default(sql`'{writing,design,translation,proofreading}'::text[]`),
    /** Day of the month after the close on which workers are paid (31 = the month's last day). */
    payDay: integer('pay_day').notNull().default(25),
    /** The pay dashboard warns this many days before a payment's legal limit. */
    payWarningDays: integer('pay_warning_days').notNull().default(7),
    /** Days after issue an invoice falls due. */
    invoiceDueDays: integer('invoice_due_days').notNull().default(30),
    /** Where clients pay, printed on invoices ("○○銀行 立科支店 普通 1234567 …"). */
    invoiceBankText: text('invoice_bank_text'),
    issuerPostalCode: text('issuer_postal_code'),
    issuerAddress: text('issuer_address'),
    issuerPhone: text('issuer_phone'),
    /** 全銀 総合振込 header: the company code the bank gave (委託者コード, 10 digits). */
    transferRequesterCode: text('transfer_requester_code'),
    /** 委託者名 in half-width kana as the bank registered it. */
    transferRequesterName: text('transfer_requester_name'),
    transferBankCode: text('transfer_bank_code'),
    transferBranchCode: text('transfer_branch_code'),
    /** 1 普通 · 2 当座 */
    transferAccountType: text('transfer_account_type'),
    transferAccountNumber: text('transfer_account_number'),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('money_settings_single_row_check', sql`${table.id} = 1`),
    check('money_settings_categories_check', skillsWithin(table.withholdingCategories)),
    check('money_settings_pay_day_check', sql`${table.payDay} between 1 and 31`),
    check('money_settings_warning_check', sql`${table.payWarningDays} between 0 and 60`),
    check('money_settings_invoice_due_check', sql`${table.invoiceDueDays} between 0 and 120`),
    check('money_settings_postal_code_check', sql`${table.issuerPostalCode} ~ '^[0-9]{7}$'`),
    check('money_settings_requester_code_check', sql`${table.transferRequesterCode} ~ '^[0-9]{10}$'`),
    check('money_settings_bank_code_check', sql`${table.transferBankCode} ~ '^[0-9]{4}$'`),
    check('money_settings_branch_code_check', sql`${table.transferBranchCode} ~ '^[0-9]{3}$'`),
    check('money_settings_account_type_check', sql`${table.transferAccountType} in ('1', '2')`),
    check('money_settings_account_number_check', sql`${table.transferAccountNumber} ~ '^[0-9]{7}$'`),
  ],
);
