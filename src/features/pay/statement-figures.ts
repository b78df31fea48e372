import { formatMonth, formatYen } from '../../ui/format';
import type { Locale, Translate } from '../../ui/i18n';
import { formatBusinessDate } from '../availability/format';
import { formatDuration } from '../tasks/duration';
import type { PayStatementDetails } from './find-pay-statement';

/**
 * A statement's tables as text, the same on the page and in the PDF: the lines (date, work, how
 * the yen were counted, withholding, yen), the adjustments, and the totals down to the payment.
 */
export function statementFigures(details: PayStatementDetails, t: Translate, locale: Locale) {
  const yen = (amount: number) => formatYen(amount, locale);
  const { statement } = details;
  const basis = (line: PayStatementDetails['lines'][number]) =>
    (line.payKind === 'piece'
      ? t('pay.line.basisPiece', { units: line.units.toLocaleString(locale), unit: line.unitName, rate: yen(line.payRateYen) })
      : t('pay.line.basisHour', { time: formatDuration(t, line.minutes), rate: yen(line.payRateYen) })) +
    (line.trainingRatePercent === null ? '' : t('pay.line.trainingRate', { percent: line.trainingRatePercent }));
  return {
    lineColumns: [t('pay.line.inspectedOn'), t('pay.line.description'), t('pay.line.basis'), t('pay.line.withholds'), t('pay.column.amount')],
    lineRows: details.lines.map((line) => [
      formatBusinessDate(line.inspectedOn, locale, { year: true }),
      line.description,
      basis(line),
      t(line.withholds ? 'pay.line.withholdsYes' : 'pay.line.withholdsNo'),
      yen(line.yen),
    ]),
    adjustmentColumns: [t('pay.column.month'), t('pay.adjustment.column.reason'), t('pay.line.withholds'), t('pay.column.amount')],
    adjustmentRows: details.adjustments.map((adjustment) => [
      formatMonth(adjustment.month, locale),
      adjustment.reason,
      t(adjustment.withholds ? 'pay.line.withholdsYes' : 'pay.line.withholdsNo'),
      yen(adjustment.amountYen),
    ]),
    totals: [
      [t('pay.total.work'), yen(statement.workYen)],
      [t('pay.total.adjustments'), yen(statement.adjustmentYen)],
      [t('pay.total.tax'), yen(statement.consumptionTaxYen)],
      [t('pay.total.withholdingBase'), yen(statement.withholdingBaseYen)],
      [t('pay.total.withholding'), yen(statement.withholdingYen)],
      [t('pay.total.payment'), yen(statement.paymentYen)],
    ] as [string, string][],
  };
}
