import type { AppContext } from '../../app-env';
import { CsrfField, FormProblem, ErrorSummary, SelectField, SubmitButton, TextField, type FieldErrors } from '../../ui/form';
import { renderFormPage, type FormPageStatus, type FormState } from '../../ui/form-page';
import type { MessageKey } from '../../ui/i18n';
import { formatDateTime, formatYen } from '../../ui/format';
import { renderPage } from '../../ui/layout';
import { todayInJapan } from '../availability/calendar';
import { formatBusinessDate } from '../availability/format';
import type { Site } from '../centre/list-sites';
import type { CentreBill, CentreBillCharge } from './find-centre-bill';
import type { FeePlan } from './list-fee-plans';
import type { ReceiptFacts } from './receipt-facts';
import { centrePaymentMethods, feePlanKinds } from './schema';

/** A plan's price in words: free, ¥200 per hour (at most ¥1,000 a day), ¥1,000 per day … */
export function feePlanPriceText(c: AppContext, plan: Pick<FeePlan, 'kind' | 'price' | 'dailyCap'>): string {
  const { t, locale } = c.var;
  if (plan.kind === 'free') return t('fees.price.free');
  const price = t(`fees.price.${plan.kind}`, { price: formatYen(plan.price, locale) });
  return plan.dailyCap === null ? price : t('fees.price.capped', { price, cap: formatYen(plan.dailyCap, locale) });
}

export function renderFeePlansPage(c: AppContext, page: { site: Site; plans: FeePlan[]; notice?: string | undefined }) {
  const { t } = c.var;
  const base = `/centre/sites/${page.site.id}/fees`;
  return renderPage(c, {
    title: t('fees.plans.title', { site: page.site.name }),
    notice: page.notice,
    children: (
      <>
        <p>{t('fees.plans.lead')}</p>
        {page.plans.length === 0 ? (
          <p>{t('fees.plans.none')}</p>
        ) : (
          <table class="data-table">
            <caption>{t('fees.plans.caption', { site: page.site.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fees.plan.name')}</th>
                <th scope="col">{t('fees.plan.kind')}</th>
                <th scope="col">{t('fees.plan.price')}</th>
                <th scope="col">{t('fees.col.action')}</th>
              </tr>
            </thead>
            <tbody>
              {page.plans.map((plan) => (
                <tr>
                  <th scope="row">{plan.name}</th>
                  <td>{t(`fees.kind.${plan.kind}`)}</td>
                  <td>{feePlanPriceText(c, plan)}</td>
                  <td>
                    {plan.retiredAt ? (
                      t('fees.plan.retired')
                    ) : (
                      <div class="button-row">
                        <a href={`${base}/${plan.id}/edit`}>{t('fees.plan.edit', { name: plan.name })}</a>
                        <form method="post" action={`${base}/${plan.id}/retire`}>
                          <CsrfField c={c} />
                          <SubmitButton secondary>{t('fees.plan.retire', { name: plan.name })}</SubmitButton>
                        </form>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p>
          <a class="button" href={`${base}/new`}>
            {t('fees.plan.new')}
          </a>
        </p>
        <p>
          <a href={`/centre/sites/${page.site.id}`}>{t('fees.backToSite', { site: page.site.name })}</a>
        </p>
      </>
    ),
  });
}

const planLabels: Record<string, MessageKey> = { name: 'fees.plan.name', kind: 'fees.plan.kind', price: 'fees.plan.price', dailyCap: 'fees.plan.dailyCap' };

export function feePlanValues(plan: FeePlan): Record<string, string> {
  return { name: plan.name, kind: plan.kind, price: String(plan.price), dailyCap: plan.dailyCap === null ? '' : String(plan.dailyCap) };
}

/** `/centre/sites/:id/fees/new` and `…/fees/:planId/edit`. */
export function renderFeePlanFormPage(
  c: AppContext,
  page: { site: Site; planId?: string; values: Record<string, string>; errors?: FieldErrors },
  status: FormPageStatus = 200,
) {
  const { t } = c.var;
  const { values, errors = {} } = page;
  const base = `/centre/sites/${page.site.id}/fees`;
  return renderFormPage(
    c,
    {
      title: t(page.planId ? 'fees.plan.editTitle' : 'fees.plan.newTitle', { site: page.site.name }),
      action: page.planId ? `${base}/${page.planId}/edit` : `${base}/new`,
      submit: page.planId ? 'fees.plan.save' : 'fees.plan.add',
      state: { errors, values },
      labels: planLabels,
      fields: (
        <>
          <TextField t={t} name="name" label="fees.plan.name" hint="fees.plan.nameHint" required value={values.name} error={errors.name} />
          <SelectField
            t={t}
            name="kind"
            label="fees.plan.kind"
            required
            value={values.kind}
            error={errors.kind}
            options={feePlanKinds.map((kind) => ({ value: kind, label: t(`fees.kind.${kind}`) }))}
          />
          <TextField t={t} name="price" label="fees.plan.price" hint="fees.plan.priceHint" required value={values.price} error={errors.price} inputmode="numeric" />
          <TextField t={t} name="dailyCap" label="fees.plan.dailyCap" hint="fees.plan.dailyCapHint" value={values.dailyCap} error={errors.dailyCap} inputmode="numeric" />
        </>
      ),
      after: (
        <p>
          <a href={base}>{t('fees.backToPlans')}</a>
        </p>
      ),
    },
    status,
  );
}

function billState(c: AppContext, bill: CentreBill): string {
  const { t, locale } = c.var;
  return bill.paidAt ? t('fees.bill.paidAt', { at: formatDateTime(bill.paidAt, locale) }) : t('fees.bill.open');
}

/** A list of bills; `href` gives each bill's page. */
export function BillsTable(props: { c: AppContext; caption: string; bills: CentreBill[]; href: (bill: CentreBill) => string; showPayer?: boolean }) {
  const { t, locale } = props.c.var;
  return (
    <table class="data-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('fees.col.bill')}</th>
          {props.showPayer ? <th scope="col">{t('fees.col.payer')}</th> : null}
          <th scope="col">{t('fees.col.state')}</th>
          <th scope="col">{t('fees.col.total')}</th>
        </tr>
      </thead>
      <tbody>
        {props.bills.map((bill) => (
          <tr>
            <th scope="row">
              <a href={props.href(bill)}>
                {bill.receiptNumber === null ? t('fees.bill.openName', { since: formatDateTime(bill.createdAt, locale) }) : t('fees.bill.receiptName', { number: bill.receiptNumber })}
              </a>
            </th>
            {props.showPayer ? <td>{bill.payerName}</td> : null}
            <td>{billState(props.c, bill)}</td>
            <td>{formatYen(bill.total, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function renderBillsPage(c: AppContext, page: { open: CentreBill[]; paid: CentreBill[] }) {
  const { t } = c.var;
  const href = (bill: CentreBill) => `/centre/bills/${bill.id}`;
  return renderPage(c, {
    title: t('fees.bills.title'),
    children: (
      <>
        <p>{t('fees.bills.lead')}</p>
        <h2>{t('fees.bills.openHeading')}</h2>
        {page.open.length === 0 ? <p>{t('fees.bills.noneOpen')}</p> : <BillsTable c={c} caption={t('fees.bills.openCaption', { count: page.open.length })} bills={page.open} href={href} showPayer />}
        <h2>{t('fees.bills.paidHeading')}</h2>
        {page.paid.length === 0 ? <p>{t('fees.bills.nonePaid')}</p> : <BillsTable c={c} caption={t('fees.bills.paidCaption')} bills={page.paid} href={href} showPayer />}
      </>
    ),
  });
}

function ChargesTable(props: { c: AppContext; total: number; charges: CentreBillCharge[] }) {
  const { t, locale } = props.c.var;
  return (
    <table class="data-table">
      <caption>{t('fees.bill.chargesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('fees.col.day')}</th>
          <th scope="col">{t('fees.col.item')}</th>
          <th scope="col">{t('fees.col.amount')}</th>
        </tr>
      </thead>
      <tbody>
        {props.charges.map((charge) => (
          <tr>
            <td>{formatBusinessDate(charge.chargedOn, locale, { year: true })}</td>
            <th scope="row">{charge.description}</th>
            <td>{formatYen(charge.amount, locale)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td></td>
          <th scope="row">{t('fees.receipt.total')}</th>
          <td>{formatYen(props.total, locale)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

const paymentLabels: Record<string, MessageKey> = { method: 'fees.pay.method', addressee: 'fees.pay.addressee' };

/**
 * A bill: who pays, its charges and total; while open, staff take payment here. `base` is where
 * the bill lives for this viewer (/centre/bills/:id for staff, /me/bills/:id for the payer).
 */
export function renderBillPage(
  c: AppContext,
  page: { bill: CentreBill; charges: CentreBillCharge[]; base: string; payment?: FormState | undefined; canPay: boolean; notice?: string | undefined; back: { href: string; label: string } },
  status: 200 | 400 | 409 = 200,
) {
  const { t, locale } = c.var;
  const { bill } = page;
  const errors = page.payment?.errors ?? {};
  const values = page.payment?.values ?? { addressee: bill.payerName, method: 'cash' };
  return renderPage(
    c,
    {
      title: bill.receiptNumber === null ? t('fees.bill.titleOpen', { payer: bill.payerName }) : t('fees.bill.titlePaid', { payer: bill.payerName, number: bill.receiptNumber }),
      notice: page.notice,
      children: (
        <>
          <FormProblem problem={page.payment?.problem} />
          <dl class="details">
            <dt>{t('fees.col.payer')}</dt>
            <dd>{bill.payerName}</dd>
            <dt>{t('fees.bill.site')}</dt>
            <dd>{bill.siteName}</dd>
            <dt>{t('fees.col.state')}</dt>
            <dd>{billState(c, bill)}</dd>
            {bill.paymentMethod ? (
              <>
                <dt>{t('fees.pay.method')}</dt>
                <dd>{t(`fees.method.${bill.paymentMethod}`)}</dd>
                <dt>{t('fees.receipt.number')}</dt>
                <dd>{bill.receiptNumber}</dd>
              </>
            ) : null}
            <dt>{t('fees.col.total')}</dt>
            <dd>{formatYen(bill.total, locale)}</dd>
          </dl>
          {page.charges.length === 0 ? <p>{t('fees.bill.noCharges')}</p> : <ChargesTable c={c} total={bill.total} charges={page.charges} />}
          {bill.status === 'paid' ? (
            <ul class="link-list">
              <li>
                <a href={`${page.base}/receipt`}>{t('fees.receipt.view')}</a>
              </li>
              <li>
                <a href={`${page.base}/receipt.pdf`}>{t('fees.receipt.pdf')}</a>
              </li>
            </ul>
          ) : null}
          {bill.status === 'open' && page.canPay && page.charges.length > 0 ? (
            <section aria-labelledby="pay-heading">
              <h2 id="pay-heading">{t('fees.pay.heading')}</h2>
              <ErrorSummary t={t} errors={errors} labels={paymentLabels} />
              <form method="post" action={`${page.base}/pay`} novalidate>
                <CsrfField c={c} />
                <SelectField
                  t={t}
                  name="method"
                  label="fees.pay.method"
                  required
                  value={values.method}
                  error={errors.method}
                  options={centrePaymentMethods.map((method) => ({ value: method, label: t(`fees.method.${method}`) }))}
                />
                <TextField t={t} name="addressee" label="fees.pay.addressee" hint="fees.pay.addresseeHint" required value={values.addressee} error={errors.addressee} />
                <SubmitButton>{t('fees.pay.submit', { amount: formatYen(bill.total, locale) })}</SubmitButton>
              </form>
            </section>
          ) : null}
          <p>
            <a href={page.back.href}>{page.back.label}</a>
          </p>
        </>
      ),
    },
    status,
  );
}

/** The receipt as a page: the same facts as the PDF, laid out to print. */
export function renderReceiptPage(c: AppContext, page: { receipt: ReceiptFacts; base: string }) {
  const { t, locale } = c.var;
  const { receipt } = page;
  return renderPage(c, {
    title: t('fees.receipt.pageTitle', { number: receipt.number }),
    printable: true,
    children: (
      <div class="quote-sheet">
        <p class="quote-sheet__to">{t('fees.receipt.addressee', { name: receipt.addressee })}</p>
        <p class="quote-sheet__amount">{t('fees.receipt.amount', { amount: formatYen(receipt.total, locale) })}</p>
        <p>{t('fees.receipt.purpose')}</p>
        <dl class="details">
          <dt>{t('fees.receipt.number')}</dt>
          <dd>{receipt.number}</dd>
          <dt>{t('fees.receipt.date')}</dt>
          <dd>{formatBusinessDate(todayInJapan(receipt.paidAt), locale, { year: true })}</dd>
          <dt>{t('fees.receipt.taxLabel')}</dt>
          <dd>{t('fees.receipt.tax', { amount: formatYen(receipt.tax, locale) })}</dd>
          <dt>{t('fees.receipt.issuer')}</dt>
          <dd>{receipt.issuerName}</dd>
          {receipt.issuerRegistrationNumber ? (
            <>
              <dt>{t('fees.receipt.registrationLabel')}</dt>
              <dd>{receipt.issuerRegistrationNumber}</dd>
            </>
          ) : null}
        </dl>
        <ChargesTable c={c} total={receipt.total} charges={receipt.charges} />
        <p>{t('fees.receipt.received')}</p>
        <ul class="link-list">
          <li>
            <a href={`${page.base}/receipt.pdf`}>{t('fees.receipt.pdf')}</a>
          </li>
          <li>
            <a href={page.base}>{t('fees.receipt.backToBill')}</a>
          </li>
        </ul>
      </div>
    ),
  });
}

export function renderMyBillsPage(c: AppContext, bills: CentreBill[]) {
  const { t } = c.var;
  return renderPage(c, {
    title: t('fees.mine.title'),
    children: (
      <>
        <p>{t('fees.mine.lead')}</p>
        {bills.length === 0 ? <p>{t('fees.mine.none')}</p> : <BillsTable c={c} caption={t('fees.mine.caption')} bills={bills} href={(bill) => `/me/bills/${bill.id}`} showPayer />}
      </>
    ),
  });
}
