import type { AppContext } from '../../app-env';
import { ChoiceGroup, CsrfField, ErrorSummary, namesWithPrefix, SelectField, SubmitButton, TextAreaField, TextField } from '../../ui/form';
import { prefixedFormState, renderFormPage, type FormPageStatus, type FormState } from '../../ui/form-page';
import type { MessageKey } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import { can } from '../../auth/policy';
import { formatBusinessDate } from '../availability/format';
import type { ClientDetails } from './find-client';
import type { ClientListRow } from './list-clients';
import { formatPostalCode } from './normalize-corporate-number';
import { clientStatuses, salesActivityKinds, type ClientStatus } from './schema';

export function renderClientList(
  c: AppContext,
  page: { rows: ClientListRow[]; query: string; status: ClientStatus | ''; due: ClientListRow[] },
) {
  const { t, locale } = c.var;
  return renderPage(c, {
    title: t('clients.title'),
    children: (
      <>
        <p>{t('clients.lead')}</p>
        <p>
          <a class="button" href="/clients/new">
            {t('clients.new')}
          </a>
        </p>
        {page.due.length > 0 ? (
          <section aria-labelledby="due-title">
            <h2 id="due-title">{t('clients.dueTitle')}</h2>
            <ul>
              {page.due.map((row) => (
                <li>
                  <a href={`/clients/${row.id}`}>{t('clients.dueItem', { name: row.name, date: formatBusinessDate(row.nextStepOn!, locale) })}</a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <form method="get" action="/clients" class="search-form" role="search" aria-labelledby="search-title">
          <h2 id="search-title">{t('clients.searchTitle')}</h2>
          <TextField t={t} name="q" label="clients.query" value={page.query} />
          <SelectField
            t={t}
            name="status"
            label="clients.statusFilter"
            value={page.status}
            options={[{ value: '', label: t('clients.allStatuses') }, ...clientStatuses.map((status) => ({ value: status, label: t(`client.status.${status}`) }))]}
          />
          <SubmitButton secondary>{t('clients.search')}</SubmitButton>
        </form>
        {page.rows.length === 0 ? (
          <p>{t('clients.none')}</p>
        ) : (
          <table class="data-table">
            <caption>{t('clients.caption', { count: page.rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('client.name')}</th>
                <th scope="col">{t('client.nameKana')}</th>
                <th scope="col">{t('client.status')}</th>
                <th scope="col">{t('clients.nextStep')}</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((row) => (
                <tr>
                  <th scope="row">
                    <a href={`/clients/${row.id}`}>{row.name}</a>
                    {row.isMunicipality ? ` (${t('client.municipalityBadge')})` : ''}
                  </th>
                  <td>{row.nameKana ?? ''}</td>
                  <td>{t(`client.status.${row.status}`)}</td>
                  <td>{row.nextStepOn ? formatBusinessDate(row.nextStepOn, locale) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>
    ),
  });
}

const clientLabels: Record<string, MessageKey> = {
  name: 'client.name',
  nameKana: 'client.nameKana',
  status: 'client.status',
  isMunicipality: 'client.municipality',
  postalCode: 'client.postalCode',
  address: 'client.address',
  phone: 'client.phone',
  email: 'client.email',
  corporateNumber: 'client.corporateNumber',
  invoiceRegistrationNumber: 'client.invoiceNumber',
  notes: 'client.notes',
};

/** The company form, for a new client (no `id`) and for changing one. */
export function renderClientForm(c: AppContext, page: { id?: string; name?: string; state: FormState }, status: FormPageStatus = 200) {
  const { t } = c.var;
  const { values = {}, errors = {} } = page.state;
  return renderFormPage(
    c,
    {
      title: page.id ? t('client.editTitle', { name: page.name ?? '' }) : t('client.newTitle'),
      action: page.id ? `/clients/${page.id}/edit` : '/clients/new',
      submit: page.id ? 'client.save' : 'client.create',
      state: page.state,
      labels: clientLabels,
      fields: (
        <>
          <TextField t={t} name="name" label="client.name" value={values.name} error={errors.name} required autocomplete="organization" />
          <TextField t={t} name="nameKana" label="client.nameKana" hint="client.nameKanaHint" value={values.nameKana} error={errors.nameKana} />
          <ChoiceGroup
            t={t}
            name="status"
            legend="client.status"
            type="radio"
            required
            options={clientStatuses.map((value) => ({ value, label: t(`client.status.${value}`) }))}
            checked={[values.status ?? 'prospect']}
            error={errors.status}
          />
          <ChoiceGroup
            t={t}
            name="isMunicipality"
            legend="client.municipality"
            hint="client.municipalityHint"
            options={[{ value: 'yes', label: t('client.municipalityOption') }]}
            checked={values.isMunicipality === 'yes' ? ['yes'] : []}
            error={errors.isMunicipality}
          />
          <TextField t={t} name="postalCode" label="client.postalCode" hint="client.postalCodeHint" value={values.postalCode} error={errors.postalCode} autocomplete="postal-code" inputmode="numeric" />
          <TextField t={t} name="address" label="client.address" value={values.address} error={errors.address} autocomplete="street-address" />
          <TextField t={t} name="phone" type="tel" label="client.phone" value={values.phone} error={errors.phone} autocomplete="tel" />
          <TextField t={t} name="email" type="email" label="client.email" value={values.email} error={errors.email} autocomplete="email" spellcheck={false} />
          <TextField t={t} name="corporateNumber" label="client.corporateNumber" hint="client.corporateNumberHint" value={values.corporateNumber} error={errors.corporateNumber} inputmode="numeric" />
          <TextField t={t} name="invoiceRegistrationNumber" label="client.invoiceNumber" hint="client.invoiceNumberHint" value={values.invoiceRegistrationNumber} error={errors.invoiceRegistrationNumber} spellcheck={false} />
          <TextAreaField t={t} name="notes" label="client.notes" value={values.notes} error={errors.notes} />
        </>
      ),
      after: (
        <p>
          <a href={page.id ? `/clients/${page.id}` : '/clients'}>{t('client.back')}</a>
        </p>
      ),
    },
    status,
  );
}

/** A stored client as form values, to fill in the edit form. */
export function clientFormValues(client: ClientDetails['client']): Record<string, string> {
  return {
    name: client.name,
    nameKana: client.nameKana ?? '',
    status: client.status,
    isMunicipality: client.isMunicipality ? 'yes' : '',
    postalCode: client.postalCode ?? '',
    address: client.address ?? '',
    phone: client.phone ?? '',
    email: client.email ?? '',
    corporateNumber: client.corporateNumber ?? '',
    invoiceRegistrationNumber: client.invoiceRegistrationNumber ?? '',
    notes: client.notes ?? '',
  };
}

export type ClientPageForms = {
  contact?: FormState;
  activity?: FormState;
  account?: { contactId: string; state: FormState };
};

const contactLabels: Record<string, MessageKey> = {
  name: 'contact.name',
  nameKana: 'contact.nameKana',
  department: 'contact.department',
  title: 'contact.title',
  phone: 'contact.phone',
  email: 'contact.email',
};

const activityLabels: Record<string, MessageKey> = {
  kind: 'activity.kind',
  occurredOn: 'activity.occurredOn',
  summary: 'activity.summary',
  nextStep: 'activity.nextStep',
  nextStepOn: 'activity.nextStepOn',
};

export function renderClientPage(
  c: AppContext,
  page: { details: ClientDetails; mayCreateAccounts: boolean; notice?: string | undefined; forms?: ClientPageForms },
  status: 200 | 400 | 409 = 200,
) {
  const { t, locale } = c.var;
  const { client, contacts, activities } = page.details;
  const forms = page.forms ?? {};
  const contact = prefixedFormState(forms.contact, 'contact-');
  const activity = prefixedFormState(forms.activity, 'activity-');
  const shown = (value: string | null) => value ?? t('client.notGiven');
  return renderPage(
    c,
    {
      title: client.name,
      notice: page.notice,
      children: (
        <>
          <section aria-labelledby="details-title">
            <h2 id="details-title">{t('client.detailsTitle')}</h2>
            <dl class="details">
              <dt>{t('client.nameKana')}</dt>
              <dd>{shown(client.nameKana)}</dd>
              <dt>{t('client.status')}</dt>
              <dd>
                {t(`client.status.${client.status}`)}
                {client.isMunicipality ? ` (${t('client.municipalityBadge')})` : ''}
              </dd>
              <dt>{t('client.address')}</dt>
              <dd>
                {client.postalCode ? `${formatPostalCode(client.postalCode)} ` : ''}
                {shown(client.address)}
              </dd>
              <dt>{t('client.phone')}</dt>
              <dd>{shown(client.phone)}</dd>
              <dt>{t('client.email')}</dt>
              <dd>{shown(client.email)}</dd>
              <dt>{t('client.corporateNumber')}</dt>
              <dd>{shown(client.corporateNumber)}</dd>
              <dt>{t('client.invoiceNumber')}</dt>
              <dd>{shown(client.invoiceRegistrationNumber)}</dd>
              <dt>{t('client.notes')}</dt>
              <dd>{shown(client.notes)}</dd>
            </dl>
            <p>
              <a class="button button--secondary" href={`/clients/${client.id}/edit`}>
                {t('client.edit')}
              </a>
            </p>
            {can(c.var.user, 'invoices.manage') ? (
              <ul class="link-list">
                <li>
                  <a href={`/invoices?client=${client.id}`}>{t('invoice.clientInvoicesLink')}</a>
                </li>
                <li>
                  <a href={`/invoices/new?client=${client.id}#monthly-invoice-title`}>{t('invoice.clientMonthlyLink')}</a>
                </li>
              </ul>
            ) : null}
          </section>

          <section aria-labelledby="contacts-title">
            <h2 id="contacts-title">{t('contacts.title')}</h2>
            {contacts.length === 0 ? (
              <p>{t('contacts.none')}</p>
            ) : (
              <table class="data-table">
                <caption>{t('contacts.caption', { count: contacts.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('contact.name')}</th>
                    <th scope="col">{t('contact.department')}</th>
                    <th scope="col">{t('contact.phone')}</th>
                    <th scope="col">{t('contact.email')}</th>
                    <th scope="col">{t('contact.account')}</th>
                  </tr>
                </thead>
                <tbody>
                  {contacts.map((person) => {
                    const accountState = forms.account?.contactId === person.id ? forms.account.state : undefined;
                    return (
                      <tr>
                        <th scope="row">
                          {person.name}
                          {person.nameKana ? ` (${person.nameKana})` : ''}
                        </th>
                        <td>{[person.department, person.title].filter(Boolean).join(' ')}</td>
                        <td>{person.phone ?? ''}</td>
                        <td>{person.email ?? ''}</td>
                        <td>
                          {person.loginId ? (
                            <code>{person.loginId}</code>
                          ) : page.mayCreateAccounts ? (
                            <form method="post" action={`/clients/${client.id}/contacts/${person.id}/account`} novalidate>
                              <CsrfField c={c} />
                              <TextField
                                t={t}
                                name={`loginId-${person.id}`}
                                label="contact.loginId"
                                hint="account.loginIdRules"
                                value={accountState?.values?.loginId}
                                error={accountState?.errors?.loginId}
                                required
                                autocomplete="off"
                                spellcheck={false}
                              />
                              <button type="submit" class="button button--secondary" aria-label={t('contact.createAccountFor', { name: person.name })}>
                                {t('contact.createAccount')}
                              </button>
                            </form>
                          ) : (
                            t('contact.noAccount')
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
            <h3 id="add-contact">{t('contacts.addTitle')}</h3>
            <ErrorSummary t={t} errors={contact.errors} labels={namesWithPrefix(contactLabels, 'contact-')} />
            <form method="post" action={`/clients/${client.id}/contacts`} novalidate aria-labelledby="add-contact">
              <CsrfField c={c} />
              <TextField t={t} name="contact-name" label="contact.name" value={contact.values['contact-name']} error={contact.errors['contact-name']} required autocomplete="off" />
              <TextField t={t} name="contact-nameKana" label="contact.nameKana" hint="client.nameKanaHint" value={contact.values['contact-nameKana']} error={contact.errors['contact-nameKana']} autocomplete="off" />
              <TextField t={t} name="contact-department" label="contact.department" value={contact.values['contact-department']} error={contact.errors['contact-department']} autocomplete="off" />
              <TextField t={t} name="contact-title" label="contact.title" value={contact.values['contact-title']} error={contact.errors['contact-title']} autocomplete="off" />
              <TextField t={t} name="contact-phone" type="tel" label="contact.phone" value={contact.values['contact-phone']} error={contact.errors['contact-phone']} autocomplete="off" />
              <TextField t={t} name="contact-email" type="email" label="contact.email" value={contact.values['contact-email']} error={contact.errors['contact-email']} autocomplete="off" spellcheck={false} />
              <SubmitButton>{t('contacts.add')}</SubmitButton>
            </form>
          </section>

          <section aria-labelledby="activities-title">
            <h2 id="activities-title">{t('activities.title')}</h2>
            {activities.length === 0 ? (
              <p>{t('activities.none')}</p>
            ) : (
              <table class="data-table">
                <caption>{t('activities.caption', { count: activities.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('activity.occurredOn')}</th>
                    <th scope="col">{t('activity.kind')}</th>
                    <th scope="col">{t('activity.summary')}</th>
                    <th scope="col">{t('activity.nextStep')}</th>
                    <th scope="col">{t('activity.author')}</th>
                  </tr>
                </thead>
                <tbody>
                  {activities.map((line) => (
                    <tr>
                      <th scope="row">{formatBusinessDate(line.occurredOn, locale)}</th>
                      <td>{t(`activity.kind.${line.kind}`)}</td>
                      <td>{line.summary}</td>
                      <td>
                        {line.nextStep ?? ''}
                        {line.nextStepOn ? ` (${formatBusinessDate(line.nextStepOn, locale)})` : ''}
                      </td>
                      <td>{line.authorName ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <h3 id="add-activity">{t('activities.addTitle')}</h3>
            <ErrorSummary t={t} errors={activity.errors} labels={namesWithPrefix(activityLabels, 'activity-')} />
            <form method="post" action={`/clients/${client.id}/activities`} novalidate aria-labelledby="add-activity">
              <CsrfField c={c} />
              <SelectField
                t={t}
                name="activity-kind"
                label="activity.kind"
                required
                value={activity.values['activity-kind'] ?? 'visit'}
                error={activity.errors['activity-kind']}
                options={salesActivityKinds.map((kind) => ({ value: kind, label: t(`activity.kind.${kind}`) }))}
              />
              <TextField t={t} name="activity-occurredOn" label="activity.occurredOn" hint="activity.dateHint" value={activity.values['activity-occurredOn']} error={activity.errors['activity-occurredOn']} required autocomplete="off" />
              <TextAreaField t={t} name="activity-summary" label="activity.summary" value={activity.values['activity-summary']} error={activity.errors['activity-summary']} required />
              <TextField t={t} name="activity-nextStep" label="activity.nextStep" value={activity.values['activity-nextStep']} error={activity.errors['activity-nextStep']} autocomplete="off" />
              <TextField t={t} name="activity-nextStepOn" label="activity.nextStepOn" hint="activity.dateHint" value={activity.values['activity-nextStepOn']} error={activity.errors['activity-nextStepOn']} autocomplete="off" />
              <SubmitButton>{t('activities.add')}</SubmitButton>
            </form>
          </section>
          <p>
            <a href="/clients">{t('client.back')}</a>
          </p>
        </>
      ),
    },
    status,
  );
}
