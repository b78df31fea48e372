import { asc, eq } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import type { Table } from '../../export/table-file';
import type { MessageKey, Translate } from '../../ui/i18n';
import type { Month } from '../tasks/month';
import { workerNameColumns, workerNameOf } from '../pay/draft-pay-month';
import { payStatementLines, payStatements } from '../pay/schema';
import { workerProfiles } from '../workers/schema';

/** Every piece of accepted work paid on the statements of `month`, one row per line. */
export async function payLinesTable(db: Db, t: Translate, month: Month): Promise<Table> {
  const rows = await db
    .select({ line: payStatementLines, statementNumber: payStatements.number, ...workerNameColumns })
    .from(payStatementLines)
    .innerJoin(payStatements, eq(payStatements.id, payStatementLines.statementId))
    .innerJoin(users, eq(users.id, payStatements.workerId))
    .leftJoin(workerProfiles, eq(workerProfiles.userId, payStatements.workerId))
    .where(eq(payStatements.month, month))
    .orderBy(asc(payStatements.number), asc(payStatementLines.inspectedOn), asc(payStatementLines.description));
  return {
    sheetName: t('exports.payLines.sheet', { month }),
    columns: [
      t('exports.column.statementNumber'),
      t('exports.column.worker'),
      t('exports.column.description'),
      t('exports.column.workCategory'),
      t('exports.column.withholds'),
      t('exports.column.payKind'),
      t('exports.column.payRateYen'),
      t('exports.column.units'),
      t('exports.column.unitName'),
      t('exports.column.minutes'),
      t('exports.column.yen'),
      t('exports.column.inspectedOn'),
      t('exports.column.legalDueOn'),
    ],
    rows: rows.map(({ line, statementNumber, ...name }) => [
      statementNumber,
      workerNameOf(name),
      line.description,
      t(`skill.${line.workCategory}` as MessageKey),
      t(line.withholds ? 'exports.yes' : 'exports.no'),
      t(`exports.payKind.${line.payKind}`),
      line.payRateYen,
      line.units,
      line.unitName,
      line.minutes,
      line.yen,
      line.inspectedOn,
      line.legalDueOn,
    ]),
  };
}
