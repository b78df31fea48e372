import type { AppContext } from '../../app-env';
import { CsrfField, ErrorSummary, SelectField, SubmitButton, TextAreaField, TextField } from '../../ui/form';
import { renderFormPage, type FormState } from '../../ui/form-page';
import { formatDateTime, formatYen } from '../../ui/format';
import type { MessageKey } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import { formatBusinessDate } from '../availability/format';
import type { OrderToSubcontract } from './find-order-to-subcontract';
import type { PartnerSummary, SubcontractSummary } from './list-partners';

type Choice = { id: string; name: string };

/** /partners: the partner towns, those still worked with first. */
export function renderPartnersPage(c: AppContext, partners: PartnerSummary[], notice?: string) {
  const { t } = c.var;
  return renderPage(c, {
    title: t('partners.title'),
    notice,
    children: (
      <>
        <p class="lead">{t('partners.lead')}</p>
        <p>
          <a class="button" href="/partners/new">
            {t('partners.newLink')}
          </a>
        </p>
        {partners.length === 0 ? (
          <p>{t('partners.none')}</p>
        ) : (
          <table class="data-table">
            <caption>{t('partners.list.caption', { count: partners.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('partners.list.name')}</th>
                <th scope="col">{t('partners.list.baseUrl')}</th>
                <th scope="col">{t('partners.list.client')}</th>
                <th scope="col">{t('partners.list.state')}</th>
              </tr>
            </thead>
            <tbody>
              {partners.map((partner) => (
                <tr>
                  <th scope="row">
                    <a href={`/partners/${partner.id}`}>{partner.name}</a>
                  </th>
                  <td>{partner.baseUrl}</td>
                  <td>{partner.clientName ?? ''}</td>
                  <td>{t(partner.endedAt ? 'partners.state.ended' : 'partners.state.active')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>
    ),
  });
}

const partnerLabels: Record<string, MessageKey> = {
  name: 'partners.field.name',
  baseUrl: 'partners.field.baseUrl',
  theirToken: 'partners.field.theirToken',
  clientId: 'partners.field.clientId',
};

/** /partners/new: the town, its address, the token it gave us (the token exchange), and the client record standing for it. */
export function renderNewPartnerPage(c: AppContext, clients: Choice[], state: FormState = {}, status: 200 | 400 = 200) {
  const { t } = c.var;
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  return renderFormPage(
    c,
    {
      title: t('partners.new.title'),
      lead: 'partners.new.lead',
      action: '/partners/new',
      submit: 'partners.new.submit',
      state,
      labels: partnerLabels,
      fields: (
        <>
          <TextField t={t} name="name" label="partners.field.name" required value={values.name} error={errors.name} />
          <TextField t={t} name="baseUrl" label="partners.field.baseUrl" hint="partners.field.baseUrlHint" required value={values.baseUrl} error={errors.baseUrl} spellcheck={false} />
          {/* A password field: the secret is never sent back to the browser, not even to refill the form. */}
          <TextField t={t} name="theirToken" type="password" autocomplete="off" label="partners.field.theirToken" hint="partners.field.theirTokenHint" required error={errors.theirToken} />
          <SelectField
            t={t}
            name="clientId"
            label="partners.field.clientId"
            hint="partners.field.clientIdHint"
            required
            value={values.clientId ?? 'new'}
            error={errors.clientId}
            options={[{ value: 'new', label: t('partners.field.newClient') }, ...clients.map((client) => ({ value: client.id, label: client.name }))]}
          />
        </>
      ),
    },
    status,
  );
}

/** The work offered to partners: to whom or from which order, how much, the disclosure, and where it stands. */
function SubcontractTable(props: { c: AppContext; subcontracts: SubcontractSummary[] }) {
  const { t, locale } = props.c.var;
  if (props.subcontracts.length === 0) return <p>{t('partners.subcontracts.none')}</p>;
  return (
    <table class="data-table">
      <caption>{t('partners.subcontracts.caption', { count: props.subcontracts.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('partners.subcontracts.title')}</th>
          <th scope="col">{t('partners.subcontracts.order')}</th>
          <th scope="col">{t('partners.subcontracts.partner')}</th>
          <th scope="col">{t('partners.subcontracts.units')}</th>
          <th scope="col">{t('partners.subcontracts.accepted')}</th>
          <th scope="col">{t('partners.subcontracts.price')}</th>
          <th scope="col">{t('partners.subcontracts.delivery')}</th>
          <th scope="col">{t('partners.subcontracts.disclosure')}</th>
          <th scope="col">{t('partners.subcontracts.status')}</th>
        </tr>
      </thead>
      <tbody>
        {props.subcontracts.map((subcontract) => (
          <tr>
            <th scope="row">{subcontract.packageTitle ? t('partners.subcontracts.withPackage', { title: subcontract.title, package: subcontract.packageTitle }) : subcontract.title}</th>
            <td>
              <a href={`/orders/${subcontract.orderId}`}>{`#${subcontract.orderNumber}`}</a>
            </td>
            <td>{subcontract.partnerName}</td>
            <td>{subcontract.units}</td>
            <td>{subcontract.acceptedUnits}</td>
            <td>{formatYen(subcontract.unitPriceYen, locale)}</td>
            <td>{formatBusinessDate(subcontract.deliveryDate, locale, { year: true })}</td>
            <td>
              {subcontract.upstreamPaymentDueOn
                ? t('partners.subcontracts.disclosed', { date: formatBusinessDate(subcontract.upstreamPaymentDueOn, locale, { year: true }) })
                : t('partners.subcontracts.notDisclosed')}
            </td>
            <td>{t(`partners.status.${subcontract.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** /partners/:id: the partner (never its token), the token form, the work offered to it, and the way to end working together. */
export function renderPartnerPage(c: AppContext, partner: PartnerSummary, subcontracts: SubcontractSummary[], options: { notice?: string | undefined; token?: FormState } = {}, status: 200 | 400 = 200) {
  const { t, locale } = c.var;
  const tokenError = options.token?.errors?.theirToken;
  return renderPage(
    c,
    {
      title: partner.name,
      notice: options.notice,
      children: (
        <>
          <ErrorSummary t={t} errors={options.token?.errors ?? {}} labels={{ theirToken: 'partners.field.theirToken' }} />
          <dl class="details">
            <dt>{t('partners.detail.baseUrl')}</dt>
            <dd>{partner.baseUrl}</dd>
            <dt>{t('partners.detail.client')}</dt>
            <dd>{partner.clientId ? <a href={`/clients/${partner.clientId}`}>{partner.clientName}</a> : ''}</dd>
            <dt>{t('partners.detail.registered')}</dt>
            <dd>{formatDateTime(partner.createdAt, locale)}</dd>
            <dt>{t('partners.detail.token')}</dt>
            <dd>{t(partner.hasToken ? 'partners.detail.tokenSet' : 'partners.detail.tokenMissing')}</dd>
            {partner.endedAt ? (
              <>
                <dt>{t('partners.detail.ended')}</dt>
                <dd>{formatDateTime(partner.endedAt, locale)}</dd>
              </>
            ) : null}
          </dl>
          {partner.endedAt ? null : (
            <form method="post" action={`/partners/${partner.id}/token`} novalidate>
              <CsrfField c={c} />
              <TextField t={t} name="theirToken" type="password" autocomplete="off" label="partners.field.theirToken" hint="partners.field.theirTokenHint" required error={tokenError} />
              <SubmitButton secondary>{t(partner.hasToken ? 'partners.token.replace' : 'partners.token.set')}</SubmitButton>
            </form>
          )}
          <h2>{t('partners.detail.subcontracts')}</h2>
          <SubcontractTable c={c} subcontracts={subcontracts} />
          {partner.endedAt ? null : (
            <p>
              <a href={`/partners/${partner.id}/end`}>{t('partners.detail.endLink')}</a>
            </p>
          )}
        </>
      ),
    },
    status,
  );
}

/** The question before ending a partner: what stops, and that it cannot be undone. */
export function renderEndPartnerPage(c: AppContext, partner: PartnerSummary) {
  const { t } = c.var;
  return renderPage(c, {
    title: t('partners.end.title', { name: partner.name }),
    children: (
      <>
        <p>{t('partners.end.lead')}</p>
        <form method="post" action={`/partners/${partner.id}/end`}>
          <CsrfField c={c} />
          <SubmitButton>{t('partners.end.submit')}</SubmitButton>
        </form>
        <p>
          <a href={`/partners/${partner.id}`}>{t('partners.end.back')}</a>
        </p>
      </>
    ),
  });
}

const offerLabels: Record<string, MessageKey> = {
  partnerId: 'partners.field.partnerId',
  packageId: 'partners.field.packageId',
  title: 'partners.field.title',
  instructions: 'partners.field.instructions',
  units: 'partners.field.units',
  unitPriceYen: 'partners.field.unitPriceYen',
  deliveryDate: 'partners.field.deliveryDate',
  disclosed: 'partners.field.disclosed',
  upstreamPaymentDueOn: 'partners.field.upstreamPaymentDueOn',
};

/** /orders/:id/subcontracts/new: 再委託 terms, work only, with the disclosure; and what was offered from this order so far. */
export function renderOfferPage(
  c: AppContext,
  page: { order: OrderToSubcontract; partners: Choice[]; subcontracts: SubcontractSummary[] },
  state: FormState = {},
  status: 200 | 400 = 200,
) {
  const { t } = c.var;
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  const disclosedError = errors.disclosed;
  return renderFormPage(
    c,
    {
      title: t('partners.offer.title', { number: page.order.number }),
      lead: 'partners.offer.lead',
      action: `/orders/${page.order.id}/subcontracts/new`,
      submit: 'partners.offer.submit',
      state,
      labels: offerLabels,
      fields: (
        <>
          {page.partners.length === 0 ? <p>{t('partners.offer.noPartners')}</p> : null}
          <SelectField
            t={t}
            name="partnerId"
            label="partners.field.partnerId"
            required
            value={values.partnerId}
            error={errors.partnerId}
            options={[{ value: '', label: t('partners.field.chooseClient') }, ...page.partners.map((partner) => ({ value: partner.id, label: partner.name }))]}
          />
          <SelectField
            t={t}
            name="packageId"
            label="partners.field.packageId"
            value={values.packageId}
            error={errors.packageId}
            options={[{ value: '', label: t('partners.field.noPackage') }, ...page.order.packages.map((item) => ({ value: item.id, label: item.title }))]}
          />
          <TextField t={t} name="title" label="partners.field.title" required value={values.title ?? page.order.title} error={errors.title} />
          <TextAreaField t={t} name="instructions" label="partners.field.instructions" hint="partners.field.instructionsHint" value={values.instructions} error={errors.instructions} />
          <TextField t={t} name="units" label="partners.field.units" inputmode="numeric" required value={values.units} error={errors.units} />
          <TextField t={t} name="unitPriceYen" label="partners.field.unitPriceYen" inputmode="numeric" required value={values.unitPriceYen} error={errors.unitPriceYen} />
          <TextField t={t} name="deliveryDate" type="date" label="partners.field.deliveryDate" required value={values.deliveryDate ?? page.order.deliveryDate ?? ''} error={errors.deliveryDate} />
          <div class={disclosedError ? 'field field--error' : 'field'}>
            <p class="field__hint" id="field-disclosed-hint">
              {t('partners.field.disclosedHint')}
            </p>
            {disclosedError ? (
              <p class="field__error" id="field-disclosed-error">
                {t(disclosedError)}
              </p>
            ) : null}
            <div class="choice">
              <input
                type="checkbox"
                id="field-disclosed"
                name="disclosed"
                value="yes"
                checked={values.disclosed === 'yes'}
                aria-describedby={disclosedError ? 'field-disclosed-hint field-disclosed-error' : 'field-disclosed-hint'}
              />
              <label for="field-disclosed">{t('partners.field.disclosed')}</label>
            </div>
          </div>
          <TextField t={t} name="upstreamPaymentDueOn" type="date" label="partners.field.upstreamPaymentDueOn" value={values.upstreamPaymentDueOn} error={errors.upstreamPaymentDueOn} />
        </>
      ),
      after: (
        <>
          <h2>{t('partners.detail.subcontracts')}</h2>
          <SubcontractTable c={c} subcontracts={page.subcontracts} />
        </>
      ),
    },
    status,
  );
}
