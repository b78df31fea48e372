import type { AppContext } from '../../app-env';
import { ChoiceGroup, CsrfField, ErrorSummary, FormProblem, namesWithPrefix, SelectField, SubmitButton, TextAreaField, TextField } from '../../ui/form';
import { prefixedFormState, type FormState } from '../../ui/form-page';
import { formatDateTime, formatMonth, formatYen } from '../../ui/format';
import type { MessageKey, Translate } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import { todayInJapan } from '../availability/calendar';
import { formatBusinessDate } from '../availability/format';
import { taxRates } from '../orders/schema';
import type { InvoiceDetails } from './find-invoice';
import { InvoiceItemsTable } from './items-table';
import type { InvoiceableOrder } from './list-invoiceable-orders';
import { invoiceNumberText, stateText } from './pages';

/** What the invoice page shows again after a form on it could not be accepted. */
export type InvoicePageForms = {
  details?: FormState;
  item?: FormState;
  /** Why the draft could not be issued, or why a change was refused. */
  problem?: MessageKey;
  payment?: FormState;
  void?: FormState;
};

export const itemLabels: Record<string, MessageKey> = {
  description: 'invoice.item.description',
  quantity: 'invoice.item.quantity',
  unit: 'invoice.item.unit',
  unitPriceYen: 'invoice.item.unitPrice',
  taxRate: 'invoice.item.taxRate',
  orderId: 'invoice.order',
};
const detailLabels: Record<string, MessageKey> = { subject: 'invoice.subject', notes: 'invoice.notes' };
const paymentLabels: Record<string, MessageKey> = { receivedOn: 'invoice.payment.receivedOn', amountYen: 'invoice.payment.amount', note: 'invoice.payment.note' };
const voidLabels: Record<string, MessageKey> = { reason: 'invoice.void.reason' };

/**
 * An invoice line's fields, named with `prefix` on a page with several forms: what, how many, unit,
 * unit price, tax rate, and on a monthly invoice the order it belongs to.
 */
export function ItemFields(props: { t: Translate; prefix: string; state: { errors: Record<string, MessageKey>; values: Record<string, string> }; orders?: InvoiceableOrder[] | undefined }) {
  const { t, prefix, state } = props;
  const name = (field: string) => `${prefix}${field}`;
  return (
    <>
      {props.orders ? (
        <SelectField
          t={t}
          name={name('orderId')}
          label="invoice.order"
          required
          value={state.values[name('orderId')] ?? ''}
          error={state.errors[name('orderId')]}
          options={[
            { value: '', label: t('invoice.new.chooseOrder') },
            ...props.orders.map((order) => ({ value: order.id, label: t('invoice.orderGroup', { number: order.number, title: order.title }) })),
          ]}
        />
      ) : null}
      <TextField t={t} name={name('description')} label="invoice.item.description" value={state.values[name('description')]} error={state.errors[name('description')]} required autocomplete="off" />
      <TextField t={t} name={name('quantity')} label="invoice.item.quantity" value={state.values[name('quantity')]} error={state.errors[name('quantity')]} required inputmode="numeric" autocomplete="off" />
      <TextField t={t} name={name('unit')} label="invoice.item.unit" hint="order.quote.unitHint" value={state.values[name('unit')]} error={state.errors[name('unit')]} required autocomplete="off" />
      <TextField t={t} name={name('unitPriceYen')} label="invoice.item.unitPrice" value={state.values[name('unitPriceYen')]} error={state.errors[name('unitPriceYen')]} required inputmode="numeric" autocomplete="off" />
      <ChoiceGroup
        t={t}
        name={name('taxRate')}
        legend="invoice.item.taxRate"
        type="radio"
        required
        options={taxRates.map((rate) => ({ value: String(rate), label: t(`order.quote.rate.${rate}`) }))}
        checked={[state.values[name('taxRate')] ?? '10']}
        error={state.errors[name('taxRate')]}
      />
    </>
  );
}

export function renderInvoicePage(
  c: AppContext,
  page: { details: InvoiceDetails; orders: InvoiceableOrder[]; forms?: InvoicePageForms; notice?: string | undefined },
  status: 200 | 400 | 409 = 200,
) {
  const { t, locale } = c.var;
  const details = page.details;
  const { invoice } = details;
  const forms = page.forms ?? {};
  const base = `/invoices/${invoice.id}`;
  const date = (value: string | null) => (value ? formatBusinessDate(value, locale, { year: true }) : t('invoice.notGiven'));
  const yen = (value: number | null) => (value === null ? t('invoice.notGiven') : formatYen(value, locale));
  const draft = invoice.status === 'draft';
  const detailsForm = { errors: forms.details?.errors ?? {}, values: forms.details?.values ?? { subject: invoice.subject, notes: invoice.notes ?? '' } };
  const item = prefixedFormState(forms.item, 'item-');
  const payment = prefixedFormState(forms.payment ?? { values: { 'pay-receivedOn': todayInJapan(), 'pay-amountYen': String(details.balanceYen ?? '') } }, 'pay-');
  const voidForm = prefixedFormState(forms.void, 'void-');
  const title = draft ? t('invoice.draftTitle', { subject: invoice.subject }) : t('invoice.pageTitle', { number: invoice.number ?? '', subject: invoice.subject });
  return renderPage(
    c,
    {
      title,
      notice: page.notice,
      children: (
        <>
          <FormProblem problem={forms.problem ? t(forms.problem) : undefined} />
          <section aria-labelledby="summary-title">
            <h2 id="summary-title">{t('invoice.summaryTitle')}</h2>
            <dl class="details">
              <dt>{t('invoice.number')}</dt>
              <dd>{invoiceNumberText(t, invoice.number)}</dd>
              <dt>{t('invoice.state')}</dt>
              <dd>{stateText(t, details)}</dd>
              <dt>{t('invoice.kind')}</dt>
              <dd>{t(`invoice.kind.${invoice.kind}`)}</dd>
              <dt>{t('invoice.client')}</dt>
              <dd>
                <a href={`/clients/${invoice.clientId}`}>{details.clientName}</a>
              </dd>
              {invoice.orderId ? (
                <>
                  <dt>{t('invoice.order')}</dt>
                  <dd>
                    <a href={`/orders/${invoice.orderId}`}>{t('invoice.orderGroup', { number: details.orderNumber ?? '', title: details.orderTitle ?? '' })}</a>
                  </dd>
                </>
              ) : null}
              {invoice.month ? (
                <>
                  <dt>{t('invoice.month')}</dt>
                  <dd>{formatMonth(invoice.month, locale)}</dd>
                </>
              ) : null}
              {draft ? null : (
                <>
                  <dt>{t('invoice.subject')}</dt>
                  <dd>{invoice.subject}</dd>
                  <dt>{t('invoice.issuedOn')}</dt>
                  <dd>{date(invoice.issuedOn)}</dd>
                  <dt>{t('invoice.dueOn')}</dt>
                  <dd>{date(invoice.dueOn)}</dd>
                  <dt>{t('invoice.issuer')}</dt>
                  <dd>{t('invoice.issuerValue', { name: invoice.issuerName ?? '', number: invoice.issuerRegistrationNumber ?? '' })}</dd>
                  <dt>{t('invoice.recipient')}</dt>
                  <dd>{invoice.recipientName}</dd>
                  <dt>{t('invoice.total')}</dt>
                  <dd>{yen(invoice.totalYen)}</dd>
                  <dt>{t('invoice.paid')}</dt>
                  <dd>{yen(details.paidYen)}</dd>
                  <dt>{t('invoice.balance')}</dt>
                  <dd>{yen(details.balanceYen)}</dd>
                  <dt>{t('invoice.notes')}</dt>
                  <dd>{invoice.notes ?? t('invoice.notGiven')}</dd>
                </>
              )}
              {invoice.status === 'void' ? (
                <>
                  <dt>{t('invoice.void.at')}</dt>
                  <dd>{invoice.voidedAt ? formatDateTime(invoice.voidedAt, locale) : ''}</dd>
                  <dt>{t('invoice.void.reason')}</dt>
                  <dd>{invoice.voidReason}</dd>
                </>
              ) : null}
            </dl>
            {draft ? null : (
              <p>
                <a class="button button--secondary" href={`${base}/pdf`}>
                  {t('invoice.pdf')}
                </a>
              </p>
            )}
          </section>

          {draft ? (
            <section aria-labelledby="details-title">
              <h2 id="details-title">{t('invoice.detailsTitle')}</h2>
              <ErrorSummary t={t} errors={detailsForm.errors} labels={detailLabels} />
              <form method="post" action={`${base}/details`} novalidate aria-labelledby="details-title">
                <CsrfField c={c} />
                <TextField t={t} name="subject" label="invoice.subject" value={detailsForm.values.subject} error={detailsForm.errors.subject} required autocomplete="off" />
                <TextAreaField t={t} name="notes" label="invoice.notes" hint="invoice.notesHint" value={detailsForm.values.notes} error={detailsForm.errors.notes} rows={3} />
                <SubmitButton secondary>{t('invoice.saveDetails')}</SubmitButton>
              </form>
            </section>
          ) : null}

          <section aria-labelledby="items-title">
            <h2 id="items-title">{t('invoice.itemsTitle')}</h2>
            {details.items.length === 0 ? (
              <p>{t('invoice.noItems')}</p>
            ) : (
              <InvoiceItemsTable
                t={t}
                locale={locale}
                kind={invoice.kind}
                items={details.items}
                actions={
                  draft
                    ? (line) => (
                        <div class="button-row">
                          <a class="button button--secondary" href={`${base}/items/${line.id}`} aria-label={t('invoice.item.editFor', { description: line.description })}>
                            {t('invoice.item.edit')}
                          </a>
                          <form method="post" action={`${base}/items/${line.id}/delete`}>
                            <CsrfField c={c} />
                            <button type="submit" class="button button--secondary" aria-label={t('invoice.item.removeFor', { description: line.description })}>
                              {t('invoice.item.remove')}
                            </button>
                          </form>
                        </div>
                      )
                    : undefined
                }
              />
            )}
            {draft ? (
              <>
                <h3 id="add-item">{t('invoice.item.addTitle')}</h3>
                <ErrorSummary t={t} errors={item.errors} labels={namesWithPrefix(itemLabels, 'item-')} />
                <form method="post" action={`${base}/items`} novalidate aria-labelledby="add-item">
                  <CsrfField c={c} />
                  <ItemFields t={t} prefix="item-" state={item} orders={invoice.kind === 'monthly' ? page.orders : undefined} />
                  <SubmitButton>{t('invoice.item.add')}</SubmitButton>
                </form>
              </>
            ) : null}
          </section>

          {draft ? (
            <section aria-labelledby="issue-title">
              <h2 id="issue-title">{t('invoice.issue.title')}</h2>
              <p>{t('invoice.issue.lead')}</p>
              <form method="post" action={`${base}/issue`}>
                <CsrfField c={c} />
                <SubmitButton>{t('invoice.issue.submit')}</SubmitButton>
              </form>
              <h3 id="delete-title">{t('invoice.delete.title')}</h3>
              <form method="post" action={`${base}/delete`} aria-labelledby="delete-title">
                <CsrfField c={c} />
                <SubmitButton secondary>{t('invoice.delete.submit')}</SubmitButton>
              </form>
            </section>
          ) : (
            <section aria-labelledby="payments-title">
              <h2 id="payments-title">{t('invoice.payment.title')}</h2>
              {details.payments.length === 0 ? (
                <p>{t('invoice.payment.none')}</p>
              ) : (
                <table class="data-table">
                  <caption>{t('invoice.payment.caption', { count: details.payments.length })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('invoice.payment.receivedOn')}</th>
                      <th scope="col" class="numeric">
                        {t('invoice.payment.amount')}
                      </th>
                      <th scope="col">{t('invoice.payment.note')}</th>
                      <th scope="col">{t('invoice.payment.recordedBy')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {details.payments.map((entry) => (
                      <tr>
                        <th scope="row">{date(entry.receivedOn)}</th>
                        <td class="numeric">{formatYen(entry.amountYen, locale)}</td>
                        <td>{entry.note ?? ''}</td>
                        <td>{entry.recordedByName ?? t('invoice.unknownPerson')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {invoice.status === 'issued' && (details.balanceYen ?? 0) > 0 ? (
                <>
                  <h3 id="record-payment">{t('invoice.payment.recordTitle')}</h3>
                  <ErrorSummary t={t} errors={payment.errors} labels={namesWithPrefix(paymentLabels, 'pay-')} />
                  <form method="post" action={`${base}/payments`} novalidate aria-labelledby="record-payment">
                    <CsrfField c={c} />
                    <TextField t={t} name="pay-receivedOn" label="invoice.payment.receivedOn" hint="invoice.dateHint" value={payment.values['pay-receivedOn']} error={payment.errors['pay-receivedOn']} required autocomplete="off" />
                    <TextField t={t} name="pay-amountYen" label="invoice.payment.amount" hint="invoice.payment.amountHint" value={payment.values['pay-amountYen']} error={payment.errors['pay-amountYen']} required inputmode="numeric" autocomplete="off" />
                    <TextField t={t} name="pay-note" label="invoice.payment.note" value={payment.values['pay-note']} error={payment.errors['pay-note']} autocomplete="off" />
                    <SubmitButton>{t('invoice.payment.record')}</SubmitButton>
                  </form>
                </>
              ) : null}
            </section>
          )}

          {invoice.status === 'issued' ? (
            <section aria-labelledby="void-title">
              <h2 id="void-title">{t('invoice.void.title')}</h2>
              <p>{t('invoice.void.lead')}</p>
              <ErrorSummary t={t} errors={voidForm.errors} labels={namesWithPrefix(voidLabels, 'void-')} />
              <form method="post" action={`${base}/void`} novalidate aria-labelledby="void-title">
                <CsrfField c={c} />
                <TextAreaField t={t} name="void-reason" label="invoice.void.reason" value={voidForm.values['void-reason']} error={voidForm.errors['void-reason']} required rows={2} />
                <SubmitButton secondary>{t('invoice.void.submit')}</SubmitButton>
              </form>
            </section>
          ) : null}
          <p>
            <a href="/invoices">{t('invoices.back')}</a>
          </p>
        </>
      ),
    },
    status,
  );
}
