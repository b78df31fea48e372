import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client';

/** One worker's payments of a calendar year, as 支払調書 (報酬、料金…の支払調書) need them. */
export type YearEndRow = {
  workerId: string;
  displayName: string;
  /** 氏名 and フリガナ from the worker profile (null when the account has none). */
  fullName: string | null;
  fullNameKana: string | null;
  postalAddress: string | null;
  /** The invoice registration number on the year's latest statement, if any. */
  registrationNumber: string | null;
  /** Kinds of work paid (skill codes), and those tax was withheld on. */
  categories: string[];
  withheldCategories: string[];
  statementCount: number;
  /** 支払金額: the pay before withholding, consumption tax included. */
  grossYen: number;
  consumptionTaxYen: number;
  withholdingYen: number;
  /** What was transferred. */
  paidYen: number;
};

/**
 * Per worker, the statements paid in `year` (by `paid_on`, the day the transfer was confirmed):
 * totals, withholding and the kinds of work, with the name and address from the profile. The
 * address is personal data: callers show it only to `pay.manage` and audit each showing.
 */
export async function summarizeYearEnd(db: Db, year: number): Promise<YearEndRow[]> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  return queryRows<YearEndRow>(
    db,
    sql`with paid as (
          select * from pay_statements where status = 'paid' and paid_on between ${from} and ${to}
        )
        select paid.worker_id as "workerId", users.display_name as "displayName",
          nullif(concat_ws(' ', worker_profiles.family_name, worker_profiles.given_name), '') as "fullName",
          nullif(concat_ws(' ', worker_profiles.family_name_kana, worker_profiles.given_name_kana), '') as "fullNameKana",
          worker_profiles.postal_address as "postalAddress",
          (array_agg(paid.invoice_registration_number order by paid.month desc))[1] as "registrationNumber",
          coalesce((select array_agg(distinct lines.work_category order by lines.work_category) from pay_statement_lines lines
            join paid own on own.id = lines.statement_id where own.worker_id = paid.worker_id), '{}') as categories,
          coalesce((select array_agg(distinct lines.work_category order by lines.work_category) from pay_statement_lines lines
            join paid own on own.id = lines.statement_id where own.worker_id = paid.worker_id and lines.withholds), '{}') as "withheldCategories",
          count(*)::int as "statementCount",
          sum(paid.payment_yen + paid.withholding_yen)::int as "grossYen",
          sum(paid.consumption_tax_yen)::int as "consumptionTaxYen",
          sum(paid.withholding_yen)::int as "withholdingYen",
          sum(paid.payment_yen)::int as "paidYen"
        from paid
        join users on users.id = paid.worker_id
        left join worker_profiles on worker_profiles.user_id = paid.worker_id
        group by paid.worker_id, users.display_name, worker_profiles.family_name, worker_profiles.given_name,
          worker_profiles.family_name_kana, worker_profiles.given_name_kana, worker_profiles.postal_address
        order by "fullNameKana" nulls last, users.display_name`,
  );
}
