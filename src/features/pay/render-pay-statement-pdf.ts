import { renderPdf, type PdfBlock } from '../../pdf/render-pdf';
import { formatMonth, formatYen } from '../../ui/format';
import { translator } from '../../ui/i18n';
import { todayInJapan } from '../availability/calendar';
import { formatBusinessDate } from '../availability/format';
import type { MoneySettings } from '../money-settings/load-money-settings';
import type { PayStatementDetails } from './find-pay-statement';
import { statementFigures } from './statement-figures';

/**
 * The 支払通知書 as a Japanese PDF: the worker and their registration number (or that they have
 * none), the payer with its own, the month, the work and adjustments paid, the totals with
 * consumption tax and withholding, the transfer date and the limit the law sets.
 */
export async function renderPayStatementPdf(details: PayStatementDetails, payer: Pick<MoneySettings, 'issuerName' | 'issuerRegistrationNumber' | 'issuerAddress'>) {
  const t = translator('ja');
  const { statement } = details;
  const date = (value: string) => formatBusinessDate(value, 'ja', { year: true });
  const figures = statementFigures(details, t, 'ja');
  const amount = (label: string) => ({ label, width: 1.6, align: 'right' as const });
  const blocks: PdfBlock[] = [
    { kind: 'title', text: t('pay.pdf.title') },
    {
      kind: 'parties',
      left: [
        t('pay.pdf.recipient', { name: details.workerName }),
        statement.invoiceRegistrationNumber ? t('pay.pdf.registration', { number: statement.invoiceRegistrationNumber }) : t('pay.pdf.notRegistered'),
        '',
        t('pay.pdf.greeting'),
      ],
      right: [payer.issuerName, payer.issuerAddress ?? '', payer.issuerRegistrationNumber ? t('pay.pdf.registration', { number: payer.issuerRegistrationNumber }) : ''].filter(Boolean),
    },
    {
      kind: 'fields',
      rows: [
        [t('pay.pdf.number'), String(statement.number)],
        [t('pay.column.month'), formatMonth(statement.month, 'ja')],
        [t('pay.statement.closedAt'), date(todayInJapan(statement.closedAt))],
        [t('pay.column.scheduledOn'), date(statement.scheduledOn)],
        [t('pay.column.legalDueOn'), date(statement.legalDueOn)],
      ],
    },
    { kind: 'paragraph', text: t('pay.pdf.amount', { amount: formatYen(statement.paymentYen, 'ja') }), size: 'large', bold: true },
    { kind: 'heading', text: t('pay.statement.linesTitle') },
    details.lines.length > 0
      ? {
          kind: 'table',
          columns: [
            { label: figures.lineColumns[0]!, width: 1.7 },
            { label: figures.lineColumns[1]!, width: 3.6 },
            { label: figures.lineColumns[2]!, width: 2.3 },
            { label: figures.lineColumns[3]!, width: 1 },
            amount(figures.lineColumns[4]!),
          ],
          rows: figures.lineRows,
        }
      : { kind: 'paragraph', text: t('pay.statement.linesNone') },
    ...(details.adjustments.length > 0
      ? ([
          { kind: 'heading', text: t('pay.statement.adjustmentsTitle') },
          {
            kind: 'table',
            columns: [{ label: figures.adjustmentColumns[0]!, width: 1.5 }, { label: figures.adjustmentColumns[1]!, width: 5.1 }, { label: figures.adjustmentColumns[2]!, width: 1 }, amount(figures.adjustmentColumns[3]!)],
            rows: figures.adjustmentRows,
          },
        ] satisfies PdfBlock[])
      : []),
    { kind: 'heading', text: t('pay.statement.totalsTitle') },
    { kind: 'fields', rows: figures.totals },
    { kind: 'paragraph', text: t('pay.statement.note'), size: 'small' },
  ];
  return renderPdf({ title: `${t('pay.pdf.title')} ${formatMonth(statement.month, 'ja')}`, lang: 'ja', blocks });
}
