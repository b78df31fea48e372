import type { AppContext } from '../../app-env';
import { formatYen } from '../../ui/format';
import { renderPage } from '../../ui/layout';
import { formatBusinessDate } from '../availability/format';
import { computeTaxTotals } from '../../money/compute-tax-totals';
import type { OrderDetails } from './find-order';
import { QuoteTable } from './quote-table';

/** 御見積書: the quote on paper — addressee, number, dates, lines and totals per tax rate. */
export function renderQuotePrint(c: AppContext, details: OrderDetails) {
  const { t, locale } = c.var;
  const { order, items } = details;
  const date = (value: string | null) => (value ? formatBusinessDate(value, locale, { year: true }) : t('order.quote.notSet'));
  return renderPage(c, {
    title: t('order.quote.printTitle'),
    printable: true,
    children: (
      <div class="quote-sheet">
        <p class="no-print">
          <a href={`/orders/${order.id}`}>{t('order.backToOrder', { title: order.title })}</a>
        </p>
        <p class="no-print field__hint">{t('order.quote.printHint')}</p>
        <p class="quote-sheet__to">{t('order.quote.to', { name: details.clientName })}</p>
        <dl class="details">
          <dt>{t('order.number')}</dt>
          <dd>{t('order.numberValue', { number: order.number })}</dd>
          <dt>{t('order.title')}</dt>
          <dd>{order.title}</dd>
          <dt>{t('order.quote.issuedOn')}</dt>
          <dd>{date(order.quoteIssuedOn)}</dd>
          <dt>{t('order.quote.validUntil')}</dt>
          <dd>{date(order.quoteValidUntil)}</dd>
        </dl>
        <p>{t('order.quote.greeting')}</p>
        <p class="quote-sheet__amount">{t('order.quote.totalLine', { amount: formatYen(computeTaxTotals(items).total, locale) })}</p>
        <QuoteTable t={t} locale={locale} items={items} />
        <p>{t('order.quote.issuer')}</p>
      </div>
    ),
  });
}
