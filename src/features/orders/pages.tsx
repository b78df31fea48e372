import type { AppContext } from '../../app-env';
import { SelectField, SubmitButton, TextAreaField, TextField } from '../../ui/form';
import { renderFormPage, type FormPageStatus, type FormState } from '../../ui/form-page';
import type { MessageKey } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import { formatBusinessDate } from '../availability/format';
import type { ClientListRow } from '../clients/list-clients';
import type { OrderListRow } from './list-orders';
import { orderStatuses, type orders, type OrderStatus } from './schema';

type ClientChoice = Pick<ClientListRow, 'id' | 'name'>;

export function renderOrderList(c: AppContext, page: { rows: OrderListRow[]; clients: ClientChoice[]; status: OrderStatus | ''; clientId: string }) {
  const { t, locale } = c.var;
  return renderPage(c, {
    title: t('orders.title'),
    children: (
      <>
        <p>{t('orders.lead')}</p>
        <p>
          <a class="button" href="/orders/new">
            {t('orders.new')}
          </a>
        </p>
        <form method="get" action="/orders" class="filters" aria-labelledby="filter-title">
          <h2 id="filter-title">{t('orders.filterTitle')}</h2>
          <div class="filters__row">
            <SelectField
              t={t}
              name="status"
              label="orders.statusFilter"
              value={page.status}
              options={[{ value: '', label: t('orders.all') }, ...orderStatuses.map((status) => ({ value: status, label: t(`order.status.${status}`) }))]}
            />
            <SelectField
              t={t}
              name="client"
              label="orders.clientFilter"
              value={page.clientId}
              options={[{ value: '', label: t('orders.all') }, ...page.clients.map((client) => ({ value: client.id, label: client.name }))]}
            />
          </div>
          <SubmitButton secondary>{t('orders.filter')}</SubmitButton>
        </form>
        {page.rows.length === 0 ? (
          <p>{t('orders.none')}</p>
        ) : (
          <table class="data-table">
            <caption>{t('orders.caption', { count: page.rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('order.number')}</th>
                <th scope="col">{t('order.title')}</th>
                <th scope="col">{t('order.client')}</th>
                <th scope="col">{t('order.status')}</th>
                <th scope="col">{t('order.deliveryDate')}</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((row) => (
                <tr>
                  <td>{t('order.numberValue', { number: row.number })}</td>
                  <th scope="row">
                    <a href={`/orders/${row.id}`}>{row.title}</a>
                  </th>
                  <td>{row.clientName}</td>
                  <td>{t(`order.status.${row.status}`)}</td>
                  <td>{row.deliveryDate ? formatBusinessDate(row.deliveryDate, locale, { year: true }) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>
    ),
  });
}

const inquiryLabels: Record<string, MessageKey> = {
  clientId: 'order.client',
  title: 'order.title',
  inquiry: 'order.inquiry',
  receivedOn: 'order.receivedOn',
};

/** The inquiry form: a new inquiry (no `order`), or the basic details of an existing order. */
export function renderInquiryForm(
  c: AppContext,
  page: { order?: { id: string; title: string }; clients: ClientChoice[]; state: FormState },
  status: FormPageStatus = 200,
) {
  const { t } = c.var;
  const { values = {}, errors = {} } = page.state;
  return renderFormPage(
    c,
    {
      title: page.order ? t('order.editTitle', { title: page.order.title }) : t('order.newTitle'),
      action: page.order ? `/orders/${page.order.id}/edit` : '/orders/new',
      submit: page.order ? 'order.save' : 'order.create',
      state: page.state,
      labels: inquiryLabels,
      fields: (
        <>
          {page.clients.length === 0 ? (
            <p>
              {t('order.noClients')} <a href="/clients/new">{t('order.addClient')}</a>
            </p>
          ) : null}
          <SelectField
            t={t}
            name="clientId"
            label="order.client"
            value={values.clientId ?? ''}
            error={errors.clientId}
            required
            options={[{ value: '', label: t('order.chooseClient') }, ...page.clients.map((client) => ({ value: client.id, label: client.name }))]}
          />
          <TextField t={t} name="title" label="order.title" hint="order.titleHint" value={values.title} error={errors.title} required autocomplete="off" />
          <TextAreaField t={t} name="inquiry" label="order.inquiry" hint="order.inquiryHint" value={values.inquiry} error={errors.inquiry} rows={6} />
          <TextField t={t} name="receivedOn" label="order.receivedOn" hint="order.dateHint" value={values.receivedOn} error={errors.receivedOn} required autocomplete="off" />
        </>
      ),
      after: (
        <p>
          {page.order ? <a href={`/orders/${page.order.id}`}>{t('order.backToOrder', { title: page.order.title })}</a> : <a href="/orders">{t('order.back')}</a>}
        </p>
      ),
    },
    status,
  );
}

/** A stored order's basic details as form values. */
export function inquiryFormValues(order: typeof orders.$inferSelect): Record<string, string> {
  return { clientId: order.clientId, title: order.title, inquiry: order.inquiry ?? '', receivedOn: order.receivedOn };
}
