import { computeTaxTotals } from '../../money/compute-tax-totals';
import { renderPdf, type PdfBlock } from '../../pdf/render-pdf';
import { formatMonth, formatYen } from '../../ui/format';
import { translator } from '../../ui/i18n';
import { formatBusinessDate } from '../availability/format';
import { reducedRate } from '../orders/quote-table';
import type { InvoiceDetails, InvoiceItem } from './find-invoice';
import { groupLinesByOrder } from './group-lines-by-order';

/**
 * The 適格請求書 as a Japanese PDF: recipient and issuer with 登録番号, number and dates, the
 * lines (reduced-rate ones marked ※; on a monthly invoice grouped by order, each with its
 * subtotal), the totals and tax per rate as issued, the total, the due date and where to pay.
 * Only issued (or voided) invoices have one: a draft has no number and no issuer yet.
 */
export async function renderInvoicePdf(details: InvoiceDetails): Promise<Uint8Array<ArrayBuffer>> {
  const t = translator('ja');
  const { invoice } = details;
  const yen = (amount: number) => formatYen(amount, 'ja');
  const date = (value: string | null) => (value ? formatBusinessDate(value, 'ja', { year: true }) : '');
  const columns = [
    { label: t('invoice.item.description'), width: 5 },
    { label: t('invoice.item.quantity'), width: 1.3, align: 'right' as const },
    { label: t('invoice.item.unit'), width: 1 },
    { label: t('invoice.item.unitPrice'), width: 1.6, align: 'right' as const },
    { label: t('invoice.item.amount'), width: 1.8, align: 'right' as const },
    { label: t('invoice.item.taxRate'), width: 1.1 },
  ];
  const row = (item: InvoiceItem) => [
    item.taxRate === reducedRate ? `${item.description} ${t('invoice.reducedMark')}` : item.description,
    item.quantity.toLocaleString('ja-JP'),
    item.unitName ?? '',
    yen(item.unitPriceYen),
    yen(item.quantity * item.unitPriceYen),
    t('invoice.rateValue', { rate: item.taxRate }),
  ];
  const lineBlocks: PdfBlock[] =
    invoice.kind === 'monthly'
      ? groupLinesByOrder(details.items).flatMap((group): PdfBlock[] => [
          { kind: 'heading', text: t('invoice.orderGroup', { number: group.lines[0]!.orderNumber ?? '', title: group.lines[0]!.orderTitle ?? '' }) },
          { kind: 'table', columns, rows: group.lines.map(row), footer: [[t('invoice.orderSubtotal'), '', '', '', yen(group.subtotalYen), '']] },
        ])
      : [{ kind: 'table', columns, rows: details.items.map(row) }];
  const totals = computeTaxTotals(details.items);
  const hasReduced = details.items.some((item) => item.taxRate === reducedRate);
  const blocks: PdfBlock[] = [
    { kind: 'title', text: t('invoice.doc.title') },
    ...(invoice.status === 'void' ? [{ kind: 'paragraph', text: t('invoice.doc.void', { reason: invoice.voidReason ?? '' }), bold: true } as const] : []),
    {
      kind: 'parties',
      left: [invoice.recipientName ?? '', '', t('invoice.doc.greeting')],
      right: [invoice.issuerName ?? '', invoice.issuerAddress ?? '', t('invoice.doc.registration', { number: invoice.issuerRegistrationNumber ?? '' })].filter(Boolean),
    },
    {
      kind: 'fields',
      rows: [
        [t('invoice.number'), String(invoice.number ?? '')],
        [t('invoice.issuedOn'), date(invoice.issuedOn)],
        [t('invoice.subject'), invoice.subject],
        ...(invoice.month ? [[t('invoice.month'), formatMonth(invoice.month, 'ja')] as const] : []),
        [t('invoice.dueOn'), date(invoice.dueOn)],
      ],
    },
    { kind: 'paragraph', text: t('invoice.doc.amount', { amount: yen(invoice.totalYen ?? 0) }), size: 'large', bold: true },
    ...lineBlocks,
    {
      kind: 'fields',
      rows: [
        ...totals.byRate.map(
          (entry) =>
            [
              t(entry.rate === reducedRate ? 'invoice.doc.reducedRateTotal' : 'invoice.doc.rateTotal', { rate: entry.rate }),
              t('invoice.doc.rateAmounts', { subtotal: yen(entry.subtotal), tax: yen(entry.tax) }),
            ] as const,
        ),
        [t('invoice.subtotal'), yen(invoice.subtotalYen ?? 0)],
        [t('invoice.tax'), yen(invoice.taxYen ?? 0)],
        [t('invoice.total'), yen(invoice.totalYen ?? 0)],
      ],
    },
    ...(hasReduced ? [{ kind: 'paragraph', text: t('invoice.doc.reducedNote'), size: 'small' } as const] : []),
    ...(invoice.notes ? [{ kind: 'heading', text: t('invoice.notes') } as const, { kind: 'paragraph', text: invoice.notes } as const] : []),
    ...(invoice.bankText
      ? [{ kind: 'heading', text: t('invoice.doc.bank') } as const, { kind: 'paragraph', text: invoice.bankText } as const, { kind: 'paragraph', text: t('invoice.doc.bankNote', { date: date(invoice.dueOn) }), size: 'small' } as const]
      : []),
  ];
  return renderPdf({ title: t('invoice.doc.fileTitle', { number: invoice.number ?? '' }), lang: 'ja', blocks });
}
