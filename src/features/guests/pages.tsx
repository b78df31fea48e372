import type { AppContext } from '../../app-env';
import { ChoiceGroup, CsrfField, ErrorSummary, FormProblem, SelectField, SubmitButton, TextAreaField, TextField } from '../../ui/form';
import { renderFormPage, type FormPageStatus, type FormState } from '../../ui/form-page';
import type { MessageKey } from '../../ui/i18n';
import { formatDateTime } from '../../ui/format';
import { renderPage } from '../../ui/layout';
import { formatBusinessDate } from '../availability/format';
import { whenText } from '../bookings/pages';
import type { MyBooking } from '../bookings/list-my-bookings';
import type { CentreBill } from '../centre-fees/find-centre-bill';
import type { FeePlan } from '../centre-fees/list-fee-plans';
import { BillsTable, feePlanPriceText } from '../centre-fees/pages';
import type { Guest } from './list-guests';
import { guestPurposes, identityDocuments } from './schema';

const registrationLabels: Record<string, MessageKey> = {
  displayName: 'guests.field.displayName',
  nameKana: 'guests.field.nameKana',
  loginId: 'account.loginId',
  newPassword: 'guests.field.password',
  confirmPassword: 'guests.field.confirmPassword',
  email: 'guests.field.email',
  phone: 'guests.field.phone',
  address: 'guests.field.address',
  resident: 'guests.field.resident',
  purpose: 'guests.field.purpose',
  stayFrom: 'guests.field.stayFrom',
  stayTo: 'guests.field.stayTo',
  organisation: 'guests.field.organisation',
  consent: 'guests.field.consent',
};

/** `/centre/guests/register`: the public form for drop-in and workation guests. */
export function renderRegisterPage(c: AppContext, state: FormState, status: FormPageStatus = 200) {
  const { t } = c.var;
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  return renderFormPage(
    c,
    {
      title: t('guests.register.title'),
      lead: 'guests.register.lead',
      action: '/centre/guests/register',
      submit: 'guests.register.submit',
      state,
      labels: registrationLabels,
      fields: (
        <>
          <TextField t={t} name="displayName" label="guests.field.displayName" hint="guests.field.displayNameHint" required value={values.displayName} error={errors.displayName} autocomplete="name" />
          <TextField t={t} name="nameKana" label="guests.field.nameKana" hint="guests.field.nameKanaHint" required value={values.nameKana} error={errors.nameKana} />
          <TextField t={t} name="loginId" label="account.loginId" hint="account.loginIdRules" required value={values.loginId} error={errors.loginId} autocomplete="username" spellcheck={false} />
          <TextField t={t} name="newPassword" type="password" label="guests.field.password" hint="guests.field.passwordHint" required error={errors.newPassword} autocomplete="new-password" />
          <TextField t={t} name="confirmPassword" type="password" label="guests.field.confirmPassword" required error={errors.confirmPassword} autocomplete="new-password" />
          <TextField t={t} name="email" type="email" label="guests.field.email" hint="guests.field.emailHint" value={values.email} error={errors.email} autocomplete="email" />
          <TextField t={t} name="phone" type="tel" label="guests.field.phone" hint="guests.field.phoneHint" required value={values.phone} error={errors.phone} autocomplete="tel" />
          <TextField t={t} name="address" label="guests.field.address" required value={values.address} error={errors.address} autocomplete="street-address" />
          <ChoiceGroup
            t={t}
            type="radio"
            name="resident"
            legend="guests.field.resident"
            hint="guests.field.residentHint"
            required
            options={[
              { value: 'yes', label: t('guests.resident.yes') },
              { value: 'no', label: t('guests.resident.no') },
            ]}
            checked={values.resident ? [values.resident] : []}
            error={errors.resident}
          />
          <ChoiceGroup
            t={t}
            type="radio"
            name="purpose"
            legend="guests.field.purpose"
            required
            options={guestPurposes.map((purpose) => ({ value: purpose, label: t(`guests.purpose.${purpose}`) }))}
            checked={values.purpose ? [values.purpose] : []}
            error={errors.purpose}
          />
          <TextField t={t} name="stayFrom" type="date" label="guests.field.stayFrom" hint="guests.field.stayHint" value={values.stayFrom} error={errors.stayFrom} />
          <TextField t={t} name="stayTo" type="date" label="guests.field.stayTo" hint="guests.field.stayHint" value={values.stayTo} error={errors.stayTo} />
          <TextField t={t} name="organisation" label="guests.field.organisation" hint="guests.field.organisationHint" value={values.organisation} error={errors.organisation} autocomplete="organization" />
          <p class="consent-text">{t('guests.register.consentText')}</p>
          <ChoiceGroup
            t={t}
            name="consent"
            legend="guests.field.consent"
            required
            options={[{ value: 'yes', label: t('guests.register.consentBox') }]}
            checked={values.consent ? [values.consent] : []}
            error={errors.consent}
          />
        </>
      ),
      after: (
        <p>
          {t('guests.register.haveAccount')} <a href="/sign-in">{t('guests.register.signIn')}</a>
        </p>
      ),
    },
    status,
  );
}

/** After registering: what happens next. */
export function renderWelcomePage(c: AppContext) {
  const { t } = c.var;
  return renderPage(c, {
    title: t('guests.welcome.title'),
    children: (
      <>
        <p>{t('guests.welcome.lead', { name: c.var.user!.displayName })}</p>
        <h2>{t('guests.welcome.nextHeading')}</h2>
        <ol>
          <li>
            <a href="/centre">{t('guests.welcome.step1')}</a>
          </li>
          <li>{t('guests.welcome.step2')}</li>
          <li>{t('guests.welcome.step3')}</li>
        </ol>
        <p>
          <a class="button" href="/centre">
            {t('guests.welcome.book')}
          </a>
        </p>
      </>
    ),
  });
}

function identityText(c: AppContext, guest: Guest): string {
  const { t, locale } = c.var;
  const { profile } = guest;
  if (!profile.identityCheckedAt || !profile.identityDocument) return t('guests.identity.waiting');
  return t('guests.identity.checked', {
    at: formatDateTime(profile.identityCheckedAt, locale),
    document: t(`guests.document.${profile.identityDocument}`),
    by: guest.checkedByName ?? t('guests.identity.someone'),
  });
}

export function renderGuestsPage(c: AppContext, guests: Guest[]) {
  const { t, locale } = c.var;
  const waiting = guests.filter((guest) => !guest.profile.identityCheckedAt).length;
  return renderPage(c, {
    title: t('guests.list.title'),
    children: (
      <>
        <p>{t('guests.list.lead')}</p>
        <p>
          <a href="/centre/guests/register">{t('guests.list.registerLink')}</a>
        </p>
        {guests.length === 0 ? (
          <p>{t('guests.list.none')}</p>
        ) : (
          <table class="data-table">
            <caption>{t('guests.list.caption', { count: guests.length, waiting })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('guests.field.displayName')}</th>
                <th scope="col">{t('guests.field.purpose')}</th>
                <th scope="col">{t('guests.col.registered')}</th>
                <th scope="col">{t('guests.col.identity')}</th>
                <th scope="col">{t('guests.col.feePlan')}</th>
              </tr>
            </thead>
            <tbody>
              {guests.map((guest) => (
                <tr>
                  <th scope="row">
                    <a href={`/centre/guests/${guest.profile.userId}`}>{guest.displayName}</a>
                  </th>
                  <td>{t(`guests.purpose.${guest.profile.purpose}`)}</td>
                  <td>{formatDateTime(guest.profile.registeredAt, locale)}</td>
                  <td>{guest.profile.identityCheckedAt ? t('guests.identity.done') : <strong>{t('guests.identity.waiting')}</strong>}</td>
                  <td>{guest.feePlanName ?? t('guests.feePlan.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>
    ),
  });
}

const identityLabels: Record<string, MessageKey> = { document: 'guests.identity.document', note: 'guests.identity.note' };

export type GuestPageView = {
  guest: Guest;
  plans: (FeePlan & { siteName: string })[];
  bookings: MyBooking[];
  bills: CentreBill[];
  identity?: FormState | undefined;
  plan?: FormState | undefined;
  notice?: string | undefined;
};

/** A guest as staff see them: what they registered, the identity check, the fee plan, bookings and bills. */
export function renderGuestPage(c: AppContext, view: GuestPageView, status: 200 | 400 | 409 = 200) {
  const { t, locale } = c.var;
  const { guest } = view;
  const { profile } = guest;
  const base = `/centre/guests/${profile.userId}`;
  const identityErrors = view.identity?.errors ?? {};
  const identityValues = view.identity?.values ?? {};
  return renderPage(
    c,
    {
      title: t('guests.page.title', { name: guest.displayName }),
      notice: view.notice,
      children: (
        <>
          <FormProblem problem={view.identity?.problem ?? view.plan?.problem} />
          <section aria-labelledby="registration-heading">
            <h2 id="registration-heading">{t('guests.page.registration')}</h2>
            <dl class="details">
              <dt>{t('guests.field.displayName')}</dt>
              <dd>{guest.displayName}</dd>
              <dt>{t('guests.field.nameKana')}</dt>
              <dd>{profile.nameKana}</dd>
              <dt>{t('account.loginId')}</dt>
              <dd>{guest.loginId}</dd>
              <dt>{t('guests.field.email')}</dt>
              <dd>{guest.email ?? t('guests.page.none')}</dd>
              <dt>{t('guests.field.phone')}</dt>
              <dd>{profile.phone}</dd>
              <dt>{t('guests.field.address')}</dt>
              <dd>{profile.address}</dd>
              <dt>{t('guests.field.resident')}</dt>
              <dd>{t(profile.isResident ? 'guests.resident.yes' : 'guests.resident.no')}</dd>
              <dt>{t('guests.field.purpose')}</dt>
              <dd>{t(`guests.purpose.${profile.purpose}`)}</dd>
              {profile.stayFrom && profile.stayTo ? (
                <>
                  <dt>{t('guests.page.stay')}</dt>
                  <dd>
                    {t('guests.page.stayRange', {
                      from: formatBusinessDate(profile.stayFrom, locale, { year: true }),
                      to: formatBusinessDate(profile.stayTo, locale, { year: true }),
                    })}
                  </dd>
                </>
              ) : null}
              <dt>{t('guests.field.organisation')}</dt>
              <dd>{profile.organisation ?? t('guests.page.none')}</dd>
              <dt>{t('guests.col.registered')}</dt>
              <dd>{formatDateTime(profile.registeredAt, locale)}</dd>
            </dl>
          </section>
          <section aria-labelledby="identity-heading">
            <h2 id="identity-heading">{t('guests.identity.heading')}</h2>
            <p>{identityText(c, guest)}</p>
            {profile.identityNote ? <p>{t('guests.identity.noteShown', { note: profile.identityNote })}</p> : null}
            {profile.identityCheckedAt ? null : (
              <>
                <p>{t('guests.identity.lead')}</p>
                <ErrorSummary t={t} errors={identityErrors} labels={identityLabels} />
                <form method="post" action={`${base}/identity`} novalidate>
                  <CsrfField c={c} />
                  <SelectField
                    t={t}
                    name="document"
                    label="guests.identity.document"
                    hint="guests.identity.documentHint"
                    required
                    value={identityValues.document}
                    error={identityErrors.document}
                    options={[{ value: '', label: t('guests.identity.choose') }, ...identityDocuments.map((document) => ({ value: document, label: t(`guests.document.${document}`) }))]}
                  />
                  <TextAreaField t={t} name="note" label="guests.identity.note" hint="guests.identity.noteHint" rows={2} value={identityValues.note} error={identityErrors.note} />
                  <SubmitButton>{t('guests.identity.submit')}</SubmitButton>
                </form>
              </>
            )}
          </section>
          <section aria-labelledby="plan-heading">
            <h2 id="plan-heading">{t('guests.feePlan.heading')}</h2>
            <p>{t('guests.feePlan.current', { plan: guest.feePlanName ?? t('guests.feePlan.none') })}</p>
            {view.plans.length === 0 ? (
              <p>{t('guests.feePlan.noPlans')}</p>
            ) : (
              <form method="post" action={`${base}/fee-plan`} novalidate>
                <CsrfField c={c} />
                <SelectField
                  t={t}
                  name="feePlanId"
                  label="guests.feePlan.choose"
                  value={view.plan?.values?.feePlanId ?? profile.feePlanId ?? ''}
                  error={view.plan?.errors?.feePlanId}
                  options={view.plans.map((plan) => ({ value: plan.id, label: t('guests.feePlan.option', { plan: plan.name, price: feePlanPriceText(c, plan), site: plan.siteName }) }))}
                />
                <SubmitButton secondary>{t('guests.feePlan.submit')}</SubmitButton>
              </form>
            )}
          </section>
          <section aria-labelledby="bookings-heading">
            <h2 id="bookings-heading">{t('guests.page.bookings')}</h2>
            {view.bookings.length === 0 ? (
              <p>{t('guests.page.noBookings')}</p>
            ) : (
              <table class="data-table">
                <caption>{t('guests.page.bookingsCaption', { name: guest.displayName })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('guests.col.when')}</th>
                    <th scope="col">{t('guests.col.space')}</th>
                    <th scope="col">{t('guests.col.state')}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.bookings.map((booking) => (
                    <tr>
                      <th scope="row">
                        <a href={`/centre/bookings/${booking.id}`}>{whenText(t, locale, booking.startsAt, booking.endsAt)}</a>
                      </th>
                      <td>{t('guests.page.spaceAt', { space: booking.spaceName, site: booking.siteName })}</td>
                      <td>{t(booking.status === 'cancelled' ? 'guests.booking.cancelled' : 'guests.booking.booked')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section aria-labelledby="bills-heading">
            <h2 id="bills-heading">{t('guests.page.bills')}</h2>
            {view.bills.length === 0 ? (
              <p>{t('guests.page.noBills')}</p>
            ) : (
              <BillsTable c={c} caption={t('guests.page.billsCaption', { name: guest.displayName })} bills={view.bills} href={(bill) => `/centre/bills/${bill.id}`} />
            )}
          </section>
          <p>
            <a href="/centre/guests">{t('guests.page.back')}</a>
          </p>
        </>
      ),
    },
    status,
  );
}
