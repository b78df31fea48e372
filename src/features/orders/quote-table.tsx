import type { Child } from 'hono/jsx';
import type { Locale, Translate } from '../../ui/i18n';
import { formatYen } from '../../ui/format';
import { computeTaxTotals, type TaxLine } from '../../money/compute-tax-totals';
import type { quoteItems } from './schema';

type QuoteItem = typeof quoteItems.$inferSelect;

/** 8%: the reduced rate (軽減税率), marked ※ on quotes and invoices. */
export const reducedRate = 8;

/**
 * The quote's lines and its totals per tax rate, as a qualified invoice shows them: reduced-rate
 * lines marked ※, subtotal and consumption tax for each rate, then the total. `actions` adds a
 * last column (the delete buttons on the order page).
 */
export function QuoteTable(props: { t: Translate; locale: Locale; items: QuoteItem[]; actions?: (item: QuoteItem) => Child }) {
  const { t, locale, items } = props;
  const number = new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-GB');
  return (
    <>
      <table class="data-table quote-table">
        <caption>{t('order.quote.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('order.quote.description')}</th>
            <th scope="col" class="numeric">
              {t('order.quote.quantity')}
            </th>
            <th scope="col">{t('order.quote.unit')}</th>
            <th scope="col" class="numeric">
              {t('order.quote.unitPrice')}
            </th>
            <th scope="col" class="numeric">
              {t('order.quote.amount')}
            </th>
            <th scope="col">{t('order.quote.taxRate')}</th>
            {props.actions ? <th scope="col">{t('order.quote.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr>
              <th scope="row">
                {item.description}
                {item.taxRate === reducedRate ? ` ${t('order.quote.reducedMark')}` : ''}
              </th>
              <td class="numeric">{number.format(item.quantity)}</td>
              <td>{item.unit}</td>
              <td class="numeric">{formatYen(item.unitPriceYen, locale)}</td>
              <td class="numeric">{formatYen(item.quantity * item.unitPriceYen, locale)}</td>
              <td>{t('order.quote.rateValue', { rate: item.taxRate })}</td>
              {props.actions ? <td>{props.actions(item)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      <TaxTotalsTable t={t} locale={locale} lines={items} />
    </>
  );
}

/**
 * Subtotal and consumption tax for each rate, then the total (tax once per rate, as a qualified
 * invoice states it), with the ※ note when a reduced-rate line is among them.
 */
export function TaxTotalsTable(props: { t: Translate; locale: Locale; lines: readonly TaxLine[] }) {
  const { t, locale } = props;
  const totals = computeTaxTotals(props.lines);
  const hasReduced = props.lines.some((line) => line.taxRate === reducedRate);
  return (
    <>
      <table class="data-table quote-totals">
        <caption>{t('order.quote.totalsCaption')}</caption>
        <tbody>
          {totals.byRate.map((entry) => (
            <>
              <tr>
                <th scope="row">{t('order.quote.subtotalFor', { rate: entry.rate })}</th>
                <td class="numeric">{formatYen(entry.subtotal, locale)}</td>
              </tr>
              <tr>
                <th scope="row">{t('order.quote.taxFor', { rate: entry.rate })}</th>
                <td class="numeric">{formatYen(entry.tax, locale)}</td>
              </tr>
            </>
          ))}
          <tr class="quote-totals__total">
            <th scope="row">{t('order.quote.total')}</th>
            <td class="numeric">{formatYen(totals.total, locale)}</td>
          </tr>
        </tbody>
      </table>
      {hasReduced ? <p>{t('order.quote.reducedNote')}</p> : null}
      <p class="field__hint">{t('order.quote.taxNote')}</p>
    </>
  );
}
