import type { AppContext } from '../../app-env';
import { ChoiceGroup, CsrfField, ErrorSummary, namesWithPrefix, SelectField, SubmitButton } from '../../ui/form';
import { prefixedFormState, type FormPageStatus, type FormState } from '../../ui/form-page';
import { formatMonth, formatYen } from '../../ui/format';
import type { Locale, MessageKey, Translate } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import { formatBusinessDate } from '../availability/format';
import { shiftMonth } from '../tasks/month';
import { invoiceLineSources } from './gather-invoice-lines';
import type { InvoiceableOrder } from './list-invoiceable-orders';
import { invoiceListStatuses, type InvoiceListRow } from './list-invoices';
import type { InvoiceListFilter } from './validation';

type Choice = { id: string; name: string };

/** The invoice's number as people quote it, or "draft" before it has one. */
export const invoiceNumberText = (t: Translate, number: number | null) => (number === null ? t('invoice.state.draft') : t('invoice.numberValue', { number }));

/** Where an invoice stands, with the days past due when it is overdue. */
export function stateText(t: Translate, row: Pick<InvoiceListRow, 'state' | 'overdue' | 'daysOverdue'>): string {
  const state = t(`invoice.state.${row.state}`);
  return row.overdue ? t('invoice.state.overdueSuffix', { state, days: row.daysOverdue }) : state;
}

const date = (value: string | null, locale: Locale) => (value ? formatBusinessDate(value, locale, { year: true }) : '');
const money = (value: number | null, locale: Locale) => (value === null ? '' : formatYen(value, locale));

/**
 * The invoices of a list: number, subject (a link), client, dates, amounts and state (or the days
 * overdue); a client's own list leaves the client out and links each PDF instead of a page.
 */
export function InvoiceTable(props: {
  t: Translate;
  locale: Locale;
  rows: InvoiceListRow[];
  caption: string;
  href?: (row: InvoiceListRow) => string;
  overdue?: boolean;
  ownClient?: boolean;
  pdf?: (row: InvoiceListRow) => string;
}) {
  const { t, locale } = props;
  return (
    <table class="data-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('invoice.number')}</th>
          <th scope="col">{t('invoice.subject')}</th>
          {props.ownClient ? null : <th scope="col">{t('invoice.client')}</th>}
          <th scope="col">{t('invoice.issuedOn')}</th>
          <th scope="col">{t('invoice.dueOn')}</th>
          <th scope="col" class="numeric">
            {t('invoice.total')}
          </th>
          <th scope="col" class="numeric">
            {t('invoice.balance')}
          </th>
          <th scope="col">{props.overdue ? t('invoice.daysOverdue') : t('invoice.state')}</th>
          {props.pdf ? <th scope="col">{t('invoice.pdfColumn')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr>
            <td>{invoiceNumberText(t, row.number)}</td>
            <th scope="row">{props.href ? <a href={props.href(row)}>{row.subject}</a> : row.subject}</th>
            {props.ownClient ? null : <td>{row.clientName}</td>}
            <td>{date(row.issuedOn, locale)}</td>
            <td>{date(row.dueOn, locale)}</td>
            <td class="numeric">{money(row.totalYen, locale)}</td>
            <td class="numeric">{money(row.balanceYen, locale)}</td>
            <td>{props.overdue ? t('invoice.daysValue', { days: row.daysOverdue }) : stateText(t, row)}</td>
            {props.pdf ? (
              <td>
                <a href={props.pdf(row)} aria-label={t('invoice.pdfFor', { number: row.number ?? '' })}>
                  {t('invoice.pdfShort')}
                </a>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function renderInvoiceList(
  c: AppContext,
  page: { rows: InvoiceListRow[]; filter: InvoiceListFilter; clients: Choice[]; months: string[]; overdueCount: number; notice?: string | undefined },
) {
  const { t, locale } = c.var;
  return renderPage(c, {
    title: t('invoices.title'),
    notice: page.notice,
    children: (
      <>
        <p>{t('invoices.lead')}</p>
        <ul class="link-list">
          <li>
            <a class="button" href="/invoices/new">
              {t('invoices.new')}
            </a>
          </li>
          <li>
            <a href="/invoices/overdue">{t('invoices.overdueLink', { count: page.overdueCount })}</a>
          </li>
        </ul>
        <form method="get" action="/invoices" class="filters" aria-labelledby="filter-title">
          <h2 id="filter-title">{t('invoices.filterTitle')}</h2>
          <div class="filters__row">
            <SelectField
              t={t}
              name="client"
              label="invoice.client"
              value={page.filter.client}
              options={[{ value: '', label: t('invoices.all') }, ...page.clients.map((client) => ({ value: client.id, label: client.name }))]}
            />
            <SelectField
              t={t}
              name="status"
              label="invoice.state"
              value={page.filter.status}
              options={[{ value: '', label: t('invoices.all') }, ...invoiceListStatuses.map((status) => ({ value: status, label: t(`invoice.filter.${status}`) }))]}
            />
            <SelectField
              t={t}
              name="month"
              label="invoices.monthFilter"
              hint="invoices.monthFilterHint"
              value={page.filter.month}
              options={[{ value: '', label: t('invoices.all') }, ...page.months.map((month) => ({ value: month, label: formatMonth(month, locale) }))]}
            />
          </div>
          <SubmitButton secondary>{t('invoices.filter')}</SubmitButton>
        </form>
        {page.rows.length === 0 ? (
          <p>{t('invoices.none')}</p>
        ) : (
          <InvoiceTable t={t} locale={locale} rows={page.rows} caption={t('invoices.caption', { count: page.rows.length })} href={(row) => `/invoices/${row.id}`} />
        )}
      </>
    ),
  });
}

export function renderOverdueList(c: AppContext, page: { rows: InvoiceListRow[] }) {
  const { t, locale } = c.var;
  const balance = page.rows.reduce((sum, row) => sum + (row.balanceYen ?? 0), 0);
  return renderPage(c, {
    title: t('invoices.overdueTitle'),
    children: (
      <>
        <p>{t('invoices.overdueLead')}</p>
        {page.rows.length === 0 ? (
          <p>{t('invoices.overdueNone')}</p>
        ) : (
          <>
            <p>{t('invoices.overdueSummary', { count: page.rows.length, amount: formatYen(balance, locale) })}</p>
            <InvoiceTable t={t} locale={locale} rows={page.rows} caption={t('invoices.overdueCaption', { count: page.rows.length })} href={(row) => `/invoices/${row.id}`} overdue />
          </>
        )}
        <p>
          <a href="/invoices">{t('invoices.back')}</a>
        </p>
      </>
    ),
  });
}

const orderLabels: Record<string, MessageKey> = { orderId: 'invoice.order', source: 'invoice.new.source' };
const monthlyLabels: Record<string, MessageKey> = { clientId: 'invoice.client', month: 'invoice.month' };

/** The months a monthly invoice may cover: this one and the eleven before, newest first. */
export function recentMonths(today: string): string[] {
  return Array.from({ length: 12 }, (_, back) => shiftMonth(today.slice(0, 7), -back));
}

/** A new invoice: for one order, or a monthly summary (合計請求書) for a client. */
export function renderNewInvoice(
  c: AppContext,
  page: { orders: InvoiceableOrder[]; clients: Choice[]; months: string[]; order?: FormState; monthly?: FormState },
  status: FormPageStatus = 200,
) {
  const { t, locale } = c.var;
  const order = prefixedFormState(page.order, 'order-');
  const monthly = prefixedFormState(page.monthly, 'monthly-');
  return renderPage(
    c,
    {
      title: t('invoice.new.title'),
      children: (
        <>
          <p>{t('invoice.new.lead')}</p>
          <section aria-labelledby="order-invoice-title">
            <h2 id="order-invoice-title">{t('invoice.new.orderTitle')}</h2>
            {page.orders.length === 0 ? (
              <p>{t('invoice.new.noOrders')}</p>
            ) : (
              <>
                <ErrorSummary t={t} errors={order.errors} labels={namesWithPrefix(orderLabels, 'order-')} />
                <form method="post" action="/invoices/new/order" novalidate aria-labelledby="order-invoice-title">
                  <CsrfField c={c} />
                  <SelectField
                    t={t}
                    name="order-orderId"
                    label="invoice.order"
                    required
                    value={order.values['order-orderId'] ?? ''}
                    error={order.errors['order-orderId']}
                    options={[
                      { value: '', label: t('invoice.new.chooseOrder') },
                      ...page.orders.map((row) => ({ value: row.id, label: t('invoice.new.orderOption', { number: row.number, title: row.title, client: row.clientName }) })),
                    ]}
                  />
                  <ChoiceGroup
                    t={t}
                    name="order-source"
                    legend="invoice.new.source"
                    type="radio"
                    required
                    options={invoiceLineSources.map((source) => ({ value: source, label: t(`invoice.new.source.${source}`) }))}
                    checked={[order.values['order-source'] ?? 'quote']}
                    error={order.errors['order-source']}
                  />
                  <SubmitButton>{t('invoice.new.create')}</SubmitButton>
                </form>
              </>
            )}
          </section>
          <section aria-labelledby="monthly-invoice-title">
            <h2 id="monthly-invoice-title">{t('invoice.new.monthlyTitle')}</h2>
            <p>{t('invoice.new.monthlyLead')}</p>
            <ErrorSummary t={t} errors={monthly.errors} labels={namesWithPrefix(monthlyLabels, 'monthly-')} />
            <form method="post" action="/invoices/new/monthly" novalidate aria-labelledby="monthly-invoice-title">
              <CsrfField c={c} />
              <SelectField
                t={t}
                name="monthly-clientId"
                label="invoice.client"
                required
                value={monthly.values['monthly-clientId'] ?? ''}
                error={monthly.errors['monthly-clientId']}
                options={[{ value: '', label: t('invoice.new.chooseClient') }, ...page.clients.map((client) => ({ value: client.id, label: client.name }))]}
              />
              <SelectField
                t={t}
                name="monthly-month"
                label="invoice.month"
                required
                value={monthly.values['monthly-month'] ?? page.months[1]}
                error={monthly.errors['monthly-month']}
                options={page.months.map((month) => ({ value: month, label: formatMonth(month, locale) }))}
              />
              <SubmitButton>{t('invoice.new.create')}</SubmitButton>
            </form>
          </section>
          <p>
            <a href="/invoices">{t('invoices.back')}</a>
          </p>
        </>
      ),
    },
    status,
  );
}
