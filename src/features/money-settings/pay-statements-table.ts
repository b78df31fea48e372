import { asc, eq } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import type { Table } from '../../export/table-file';
import type { Translate } from '../../ui/i18n';
import type { Month } from '../tasks/month';
import { workerNameColumns, workerNameOf } from '../pay/draft-pay-month';
import { payStatements } from '../pay/schema';
import { workerProfiles } from '../workers/schema';

/** The pay statements closed for `month` (支払通知書), one row each, amounts as closed. */
export async function payStatementsTable(db: Db, t: Translate, month: Month): Promise<Table> {
  const rows = await db
    .select({ statement: payStatements, ...workerNameColumns })
    .from(payStatements)
    .innerJoin(users, eq(users.id, payStatements.workerId))
    .leftJoin(workerProfiles, eq(workerProfiles.userId, payStatements.workerId))
    .where(eq(payStatements.month, month))
    .orderBy(asc(payStatements.number));
  return {
    sheetName: t('exports.payStatements.sheet', { month }),
    columns: [
      t('exports.column.statementNumber'),
      t('exports.column.worker'),
      t('exports.column.month'),
      t('exports.column.status'),
      t('exports.column.workYen'),
      t('exports.column.adjustmentYen'),
      t('exports.column.consumptionTaxYen'),
      t('exports.column.withholdingBaseYen'),
      t('exports.column.withholdingYen'),
      t('exports.column.paymentYen'),
      t('exports.column.registrationNumber'),
      t('exports.column.legalDueOn'),
      t('exports.column.scheduledOn'),
      t('exports.column.paidOn'),
    ],
    rows: rows.map(({ statement, ...name }) => [
      statement.number,
      workerNameOf(name),
      statement.month,
      t(`exports.statementStatus.${statement.status}`),
      statement.workYen,
      statement.adjustmentYen,
      statement.consumptionTaxYen,
      statement.withholdingBaseYen,
      statement.withholdingYen,
      statement.paymentYen,
      statement.invoiceRegistrationNumber,
      statement.legalDueOn,
      statement.scheduledOn,
      statement.paidOn,
    ]),
  };
}
