import type { Table } from '../../export/table-file';
import type { MessageKey, Translate } from '../../ui/i18n';
import type { YearEndRow } from './summarize-year-end';

/** Skill codes in words, as one list. */
export const categoryNames = (t: Translate, codes: string[]) => codes.map((code) => t(`skill.${code}` as MessageKey)).join('、');

/** The year's 支払調書 data as one sheet: who (name, address, registration number), what kind of work, how much. */
export function yearEndTable(t: Translate, year: number, rows: YearEndRow[]): Table {
  return {
    sheetName: t('yearEnd.sheet', { year }),
    columns: [
      t('yearEnd.column.name'),
      t('yearEnd.column.kana'),
      t('yearEnd.column.address'),
      t('yearEnd.column.registrationNumber'),
      t('yearEnd.column.categories'),
      t('yearEnd.column.withheldCategories'),
      t('yearEnd.column.count'),
      t('yearEnd.column.gross'),
      t('yearEnd.column.consumptionTax'),
      t('yearEnd.column.withholding'),
      t('yearEnd.column.paid'),
    ],
    rows: rows.map((row) => [
      row.fullName ?? row.displayName,
      row.fullNameKana,
      row.postalAddress,
      row.registrationNumber,
      categoryNames(t, row.categories),
      categoryNames(t, row.withheldCategories),
      row.statementCount,
      row.grossYen,
      row.consumptionTaxYen,
      row.withholdingYen,
      row.paidYen,
    ]),
  };
}
