import type { Child } from 'hono/jsx';
import { formatYen } from '../../ui/format';
import type { Locale, Translate } from '../../ui/i18n';
import { reducedRate, TaxTotalsTable } from '../orders/quote-table';
import type { InvoiceItem } from './find-invoice';
import { groupLinesByOrder } from './group-lines-by-order';
import type { InvoiceKind } from './schema';

/**
 * An invoice's lines (reduced-rate ones marked ※) and its totals per tax rate. A monthly
 * invoice's lines are grouped by order, each group with its subtotal. `actions` adds a last
 * column (edit and remove on a draft).
 */
export function InvoiceItemsTable(props: { t: Translate; locale: Locale; kind: InvoiceKind; items: InvoiceItem[]; actions?: (item: InvoiceItem) => Child }) {
  const { t, locale, items, actions } = props;
  const number = new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-GB');
  const columns = actions ? 7 : 6;
  const line = (item: InvoiceItem) => (
    <tr>
      <th scope="row">
        {item.description}
        {item.taxRate === reducedRate ? ` ${t('invoice.reducedMark')}` : ''}
      </th>
      <td class="numeric">{number.format(item.quantity)}</td>
      <td>{item.unitName ?? ''}</td>
      <td class="numeric">{formatYen(item.unitPriceYen, locale)}</td>
      <td class="numeric">{formatYen(item.quantity * item.unitPriceYen, locale)}</td>
      <td>{t('invoice.rateValue', { rate: item.taxRate })}</td>
      {actions ? <td>{actions(item)}</td> : null}
    </tr>
  );
  return (
    <>
      <table class="data-table quote-table">
        <caption>{t('invoice.itemsCaption', { count: items.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('invoice.item.description')}</th>
            <th scope="col" class="numeric">
              {t('invoice.item.quantity')}
            </th>
            <th scope="col">{t('invoice.item.unit')}</th>
            <th scope="col" class="numeric">
              {t('invoice.item.unitPrice')}
            </th>
            <th scope="col" class="numeric">
              {t('invoice.item.amount')}
            </th>
            <th scope="col">{t('invoice.item.taxRate')}</th>
            {actions ? <th scope="col">{t('invoice.item.actions')}</th> : null}
          </tr>
        </thead>
        {props.kind === 'monthly' ? (
          groupLinesByOrder(items).map((group) => (
            <tbody>
              <tr>
                <th scope="rowgroup" colspan={columns}>
                  {t('invoice.orderGroup', { number: group.lines[0]!.orderNumber ?? '', title: group.lines[0]!.orderTitle ?? '' })}
                </th>
              </tr>
              {group.lines.map(line)}
              <tr>
                <th scope="row">{t('invoice.orderSubtotal')}</th>
                <td colspan={3}></td>
                <td class="numeric">{formatYen(group.subtotalYen, locale)}</td>
                <td colspan={columns - 5}></td>
              </tr>
            </tbody>
          ))
        ) : (
          <tbody>{items.map(line)}</tbody>
        )}
      </table>
      <TaxTotalsTable t={t} locale={locale} lines={items} />
    </>
  );
}
