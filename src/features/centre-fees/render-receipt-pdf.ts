import { renderPdf } from '../../pdf/render-pdf';
import { formatYen } from '../../ui/format';
import { translator } from '../../ui/i18n';
import { formatBusinessDate } from '../availability/format';
import { todayInJapan } from '../availability/calendar';
import type { ReceiptFacts } from './receipt-facts';

/** The receipt as a Japanese PDF: what the HTML receipt page shows, for printing or sending. */
export async function renderReceiptPdf(receipt: ReceiptFacts): Promise<Uint8Array<ArrayBuffer>> {
  const t = translator('ja');
  const yen = (amount: number) => formatYen(amount, 'ja');
  const date = (day: string) => formatBusinessDate(day, 'ja', { year: true });
  return renderPdf({
    title: t('fees.receipt.fileTitle', { number: receipt.number }),
    lang: 'ja',
    blocks: [
      { kind: 'title', text: t('fees.receipt.title') },
      {
        kind: 'parties',
        left: [t('fees.receipt.addressee', { name: receipt.addressee })],
        right: [receipt.issuerName, receipt.issuerRegistrationNumber ? t('fees.receipt.registration', { number: receipt.issuerRegistrationNumber }) : ''].filter(Boolean),
      },
      {
        kind: 'fields',
        rows: [
          [t('fees.receipt.number'), String(receipt.number)],
          [t('fees.receipt.date'), date(todayInJapan(receipt.paidAt))],
        ],
      },
      { kind: 'paragraph', text: t('fees.receipt.amount', { amount: yen(receipt.total) }), size: 'large', bold: true },
      { kind: 'paragraph', text: t('fees.receipt.purpose') },
      {
        kind: 'table',
        columns: [
          { label: t('fees.col.day'), width: 1.6 },
          { label: t('fees.col.item'), width: 5 },
          { label: t('fees.col.amount'), width: 1.6, align: 'right' },
        ],
        rows: receipt.charges.map((charge) => [date(charge.chargedOn), charge.description, yen(charge.amount)]),
        footer: [['', t('fees.receipt.total'), yen(receipt.total)]],
      },
      { kind: 'paragraph', text: t('fees.receipt.tax', { amount: yen(receipt.tax) }) },
      { kind: 'paragraph', text: t('fees.receipt.received'), size: 'small' },
    ],
  });
}
