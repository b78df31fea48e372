import type { AppContext } from '../../app-env';
import { ChoiceGroup, CsrfField, ErrorSummary, FormProblem, SelectField, SubmitButton, TextAreaField, TextField, type FieldErrors } from '../../ui/form';
import type { FormPageStatus } from '../../ui/form-page';
import { formatDateTime, formatList } from '../../ui/format';
import type { MessageKey, Translate } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import { contactByText } from '../workers/prefers-text';
import { accommodationCodes, skillCodes, targetGroupCodes, workLocations } from '../workers/vocabulary';
import type { applications } from '../workers/schema';
import { consentTexts, consentTitle } from '../workers/consent-texts';
import type { SensitiveData } from './submit-application';

type ApplyState = { errors?: FieldErrors; values?: Record<string, string>; lists?: Record<string, string[]>; problem?: string | undefined };

const applyLabels: Record<string, MessageKey> = {
  familyName: 'apply.familyName',
  givenName: 'apply.givenName',
  familyNameKana: 'apply.familyNameKana',
  givenNameKana: 'apply.givenNameKana',
  contact: 'apply.section.contact',
  phone: 'apply.phone',
  email: 'apply.email',
  postalAddress: 'apply.postalAddress',
  hoursPerWeek: 'apply.hoursPerWeek',
  accommodationNotes: 'apply.accommodationNotes',
  sensitiveDetails: 'apply.sensitiveDetails',
  supporterName: 'apply.supporterName',
  supporterContact: 'apply.supporterContact',
  consentRegistration: 'apply.section.consent',
  consentSensitive: 'apply.section.consent',
};

/** The options of a vocabulary list, named from the catalogue (`skill.data_entry`, …). */
export function vocabularyOptions(t: Translate, prefix: 'location' | 'skill' | 'accommodation' | 'targetGroup', codes: readonly string[]) {
  return codes.map((code) => ({ value: code, label: t(`${prefix}.${code}` as MessageKey) }));
}

export function ConsentText(props: { t: Translate; purpose: keyof typeof consentTexts }) {
  const text = consentTexts[props.purpose];
  return (
    <div class="consent-text">
      <h3>{props.t(text.title)}</h3>
      <p>{props.t(text.body)}</p>
    </div>
  );
}

/** 登録申込: short sections, plain words, everything optional that can be. */
export function renderApply(c: AppContext, state: ApplyState, status: FormPageStatus = 200) {
  const { t } = c.var;
  const v = state.values ?? {};
  const e = state.errors ?? {};
  const yes = (name: string) => v[name] === 'yes';
  return renderPage(
    c,
    {
      title: t('apply.title'),
      children: (
        <>
          <p class="lead">{t('apply.lead')}</p>
          <p>{t('apply.time')}</p>
          <FormProblem problem={state.problem} />
          <ErrorSummary t={t} errors={e} labels={applyLabels} />
          <form method="post" action="/apply" novalidate>
            <CsrfField c={c} />
            <div class="trap" aria-hidden="true">
              <label for="field-website">{t('apply.trap')}</label>
              <input id="field-website" name="website" type="text" tabindex={-1} autocomplete="off" />
            </div>

            <h2>{t('apply.section.name')}</h2>
            <TextField t={t} name="familyName" label="apply.familyName" value={v.familyName} error={e.familyName} required autocomplete="family-name" />
            <TextField t={t} name="givenName" label="apply.givenName" value={v.givenName} error={e.givenName} required autocomplete="given-name" />
            <TextField t={t} name="familyNameKana" label="apply.familyNameKana" hint="apply.kanaHint" value={v.familyNameKana} error={e.familyNameKana} required />
            <TextField t={t} name="givenNameKana" label="apply.givenNameKana" hint="apply.kanaHint" value={v.givenNameKana} error={e.givenNameKana} required />

            <h2 id="field-contact" tabindex={-1}>{t('apply.section.contact')}</h2>
            <p class="field__hint">{t('apply.contactHint')}</p>
            {e.contact ? <p class="field__error">{t(e.contact)}</p> : null}
            <TextField t={t} name="phone" type="tel" label="apply.phone" value={v.phone} error={e.phone} autocomplete="tel" inputmode="tel" />
            <TextField t={t} name="email" type="email" label="apply.email" value={v.email} error={e.email} autocomplete="email" inputmode="email" spellcheck={false} />
            <TextAreaField t={t} name="postalAddress" label="apply.postalAddress" value={v.postalAddress} error={e.postalAddress} rows={2} />

            <h2>{t('apply.section.work')}</h2>
            <ChoiceGroup t={t} name="preferredLocations" legend="apply.locations" options={vocabularyOptions(t, 'location', workLocations)} checked={state.lists?.preferredLocations} error={e.preferredLocations} />
            <TextField t={t} name="hoursPerWeek" label="apply.hoursPerWeek" hint="apply.hoursHint" value={v.hoursPerWeek} error={e.hoursPerWeek} inputmode="numeric" />
            <ChoiceGroup t={t} name="skills" legend="apply.skills" hint="apply.skillsHint" options={vocabularyOptions(t, 'skill', skillCodes)} checked={state.lists?.skills} error={e.skills} />

            <h2>{t('apply.section.support')}</h2>
            <ChoiceGroup t={t} name="accommodations" legend="apply.accommodations" options={vocabularyOptions(t, 'accommodation', accommodationCodes)} checked={state.lists?.accommodations} error={e.accommodations} />
            <TextAreaField t={t} name="accommodationNotes" label="apply.accommodationNotes" value={v.accommodationNotes} error={e.accommodationNotes} />
            <TextField t={t} name="supporterName" label="apply.supporterName" hint="apply.supporterHint" value={v.supporterName} error={e.supporterName} />
            <TextField t={t} name="supporterContact" label="apply.supporterContact" value={v.supporterContact} error={e.supporterContact} />

            <h2>{t('apply.section.about')}</h2>
            <ChoiceGroup t={t} name="targetGroups" legend="apply.targetGroups" hint="apply.targetGroupsHint" options={vocabularyOptions(t, 'targetGroup', targetGroupCodes)} checked={state.lists?.targetGroups} error={e.targetGroups} />

            <h2>{t('apply.section.sensitive')}</h2>
            <p>{t('apply.sensitiveLead')}</p>
            <ChoiceGroup t={t} name="disability" legend="apply.section.sensitive" options={[{ value: 'yes', label: t('apply.disability') }]} checked={yes('disability') ? ['yes'] : []} />
            <TextAreaField t={t} name="sensitiveDetails" label="apply.sensitiveDetails" value={v.sensitiveDetails} error={e.sensitiveDetails} />

            <h2>{t('apply.section.consent')}</h2>
            <ConsentText t={t} purpose="registration" />
            <ConsentText t={t} purpose="sensitive_data" />
            <ChoiceGroup t={t} name="consentRegistration" legend="apply.consentLegend" required options={[{ value: 'yes', label: t('apply.consentRegistration') }]} checked={yes('consentRegistration') ? ['yes'] : []} error={e.consentRegistration} />
            <ChoiceGroup t={t} name="consentSensitive" legend="apply.section.sensitive" options={[{ value: 'yes', label: t('apply.consentSensitive') }]} checked={yes('consentSensitive') ? ['yes'] : []} error={e.consentSensitive} />
            <SubmitButton>{t('apply.submit')}</SubmitButton>
          </form>
        </>
      ),
    },
    status,
  );
}

export function renderApplyThanks(c: AppContext) {
  const { t } = c.var;
  return renderPage(c, {
    title: t('apply.thanks.title'),
    children: (
      <>
        <p class="lead">{t('apply.thanks.body')}</p>
        <p>{t('apply.thanks.question')}</p>
      </>
    ),
  });
}

type ApplicationRow = typeof applications.$inferSelect;
export const applicationStatuses = ['new', 'interviewing', 'accepted', 'declined'] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** How to reach an applicant; for one who asked for text only, no phone number to call but 「文字で連絡」. */
function contactOf(t: Translate, application: Pick<ApplicationRow, 'phone' | 'email' | 'postalAddress' | 'accommodations'>) {
  const phone = contactByText(application) ? t('workers.contactByText') : application.phone;
  return [phone, application.email, application.postalAddress].filter(Boolean).join(' / ');
}

export function renderApplicationList(
  c: AppContext,
  status: ApplicationStatus,
  counts: Record<ApplicationStatus, number>,
  rows: ApplicationRow[],
) {
  const { t, locale } = c.var;
  return renderPage(c, {
    title: t('applications.title'),
    children: (
      <>
        <nav aria-label={t('applications.filter')}>
          <ul class="tabs">
            {applicationStatuses.map((each) => (
              <li>
                <a href={`/applications?status=${each}`} aria-current={each === status ? 'true' : undefined}>
                  {`${t(`applications.status.${each}`)} (${counts[each]})`}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {rows.length === 0 ? (
          <p>{t('applications.empty')}</p>
        ) : (
          <table class="data-table">
            <caption>{t('applications.caption', { status: t(`applications.status.${status}`), count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('applications.name')}</th>
                <th scope="col">{t('applications.submittedAt')}</th>
                <th scope="col">{t('applications.contact')}</th>
                <th scope="col">{t('applications.locations')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr>
                  <th scope="row">
                    <a href={`/applications/${row.id}`}>{`${row.familyName} ${row.givenName}`}</a>
                    <span class="kana">{`${row.familyNameKana} ${row.givenNameKana}`}</span>
                  </th>
                  <td>{formatDateTime(row.submittedAt, locale)}</td>
                  <td>{contactOf(t, row)}</td>
                  <td>{formatList(row.preferredLocations.map((code) => t(`location.${code}` as MessageKey)), locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>
    ),
  });
}

export type ApplicationDetail = {
  application: ApplicationRow;
  sensitive: SensitiveData | null;
  consents: { purpose: string; textVersion: string; givenAt: Date }[];
  notes: { body: string; createdAt: Date; author: string | null }[];
  decidedByName: string | null;
  accountLoginId: string | null;
};

type DetailForms = {
  note?: { errors?: FieldErrors; values?: Record<string, string> };
  accept?: { errors?: FieldErrors; values?: Record<string, string> };
  decline?: { errors?: FieldErrors; values?: Record<string, string> };
  problem?: string;
};

export function renderApplicationDetail(c: AppContext, detail: ApplicationDetail, forms: DetailForms = {}, status: FormPageStatus = 200) {
  const { t, locale } = c.var;
  const { application: a } = detail;
  const list = (prefix: 'location' | 'skill' | 'accommodation' | 'targetGroup', codes: string[]) =>
    codes.length === 0 ? t('applications.none') : formatList(codes.map((code) => t(`${prefix}.${code}` as MessageKey)), locale);
  const undecided = a.status === 'new' || a.status === 'interviewing';
  const row = (label: MessageKey, value: string | null | undefined) => (
    <>
      <dt>{t(label)}</dt>
      <dd>{value || t('applications.none')}</dd>
    </>
  );
  return renderPage(
    c,
    {
      title: t('applications.detailTitle', { name: `${a.familyName} ${a.givenName}` }),
      notice: c.req.query('noted') === '1' ? t('applications.noteAdded') : c.req.query('declined') === '1' ? t('applications.declined') : undefined,
      children: (
        <>
          <p>
            <a href={`/applications?status=${a.status}`}>{t('applications.backToList')}</a>
          </p>
          <FormProblem problem={forms.problem} />
          <p>
            <strong>{t(`applications.status.${a.status}`)}</strong>
            {a.decidedAt ? ` — ${t('applications.decided', { date: formatDateTime(a.decidedAt, locale), who: detail.decidedByName ?? '', status: t(`applications.status.${a.status}`) })}` : ''}
          </p>
          {a.declineReason ? <p>{a.declineReason}</p> : null}
          {detail.accountLoginId ? <p>{t('applications.accountCreated', { loginId: detail.accountLoginId })}</p> : null}
          <dl class="details">
            {row('apply.familyNameKana', `${a.familyNameKana} ${a.givenNameKana}`)}
            {row('applications.submittedAt', formatDateTime(a.submittedAt, locale))}
            {row('apply.phone', a.phone && contactByText(a) ? `${a.phone}（${t('workers.contactByText')}）` : a.phone)}
            {row('apply.email', a.email)}
            {row('apply.postalAddress', a.postalAddress)}
            {row('apply.locations', list('location', a.preferredLocations))}
            {row('apply.hoursPerWeek', a.hoursPerWeek === null ? null : String(a.hoursPerWeek))}
            {row('apply.skills', list('skill', a.skills))}
            {row('apply.accommodations', list('accommodation', a.accommodations))}
            {row('apply.accommodationNotes', a.accommodationNotes)}
            {row('apply.targetGroups', list('targetGroup', a.targetGroups))}
            {row('apply.supporterName', a.supporterName)}
            {row('apply.supporterContact', a.supporterContact)}
          </dl>
          <section aria-labelledby="sensitive-title">
            <h2 id="sensitive-title">{t('apply.section.sensitive')}</h2>
            {detail.sensitive ? (
              <>
                <dl class="details">
                  {row('apply.disability', detail.sensitive.disability ? t('apply.disability') : t('applications.none'))}
                  {row('apply.sensitiveDetails', detail.sensitive.details)}
                </dl>
                <p class="field__hint">{t('applications.sensitiveShownAudited')}</p>
              </>
            ) : (
              <p>{t('applications.sensitiveHidden')}</p>
            )}
          </section>
          <section aria-labelledby="consents-title">
            <h2 id="consents-title">{t('applications.consents')}</h2>
            <ul>
              {detail.consents.map((consent) => {
                const title = consentTitle(consent.purpose, consent.textVersion);
                return <li>{t('applications.consentLine', { title: title ? t(title) : consent.purpose, version: consent.textVersion, date: formatDateTime(consent.givenAt, locale) })}</li>;
              })}
            </ul>
          </section>
          <section aria-labelledby="notes-title">
            <h2 id="notes-title">{t('applications.notes')}</h2>
            {detail.notes.length === 0 ? <p>{t('applications.noNotes')}</p> : null}
            <ol class="notes">
              {detail.notes.map((note) => (
                <li>
                  <p class="field__hint">{t('applications.noteBy', { date: formatDateTime(note.createdAt, locale), author: note.author ?? '' })}</p>
                  <p class="note-body">{note.body}</p>
                </li>
              ))}
            </ol>
            <form method="post" action={`/applications/${a.id}/notes`} novalidate>
              <CsrfField c={c} />
              <ErrorSummary t={t} errors={forms.note?.errors ?? {}} labels={{ body: 'applications.note' }} />
              <TextAreaField t={t} name="body" label="applications.note" hint="applications.noteHint" value={forms.note?.values?.body} error={forms.note?.errors?.body} required />
              <SubmitButton secondary>{t('applications.addNote')}</SubmitButton>
            </form>
          </section>
          {undecided ? (
            <>
              <section aria-labelledby="accept-title">
                <h2 id="accept-title">{t('applications.accept')}</h2>
                <p>{t('applications.acceptLead')}</p>
                <form method="post" action={`/applications/${a.id}/accept`} novalidate>
                  <CsrfField c={c} />
                  <ErrorSummary t={t} errors={forms.accept?.errors ?? {}} labels={{ role: 'applications.acceptAs', loginId: 'account.loginId' }} />
                  <SelectField
                    t={t}
                    name="role"
                    label="applications.acceptAs"
                    required
                    value={forms.accept?.values?.role ?? 'trainee'}
                    error={forms.accept?.errors?.role}
                    options={(['trainee', 'worker'] as const).map((role) => ({ value: role, label: t(`role.${role}`) }))}
                  />
                  <TextField t={t} name="loginId" label="account.loginId" hint="account.loginIdRules" value={forms.accept?.values?.loginId} error={forms.accept?.errors?.loginId} required autocomplete="off" spellcheck={false} />
                  <SubmitButton>{t('applications.acceptSubmit')}</SubmitButton>
                </form>
              </section>
              <section aria-labelledby="decline-title">
                <h2 id="decline-title">{t('applications.decline')}</h2>
                <form method="post" action={`/applications/${a.id}/decline`} novalidate>
                  <CsrfField c={c} />
                  <ErrorSummary t={t} errors={forms.decline?.errors ?? {}} labels={{ reason: 'applications.declineReason' }} />
                  <TextAreaField t={t} name="reason" label="applications.declineReason" hint="applications.declineHint" value={forms.decline?.values?.reason} error={forms.decline?.errors?.reason} required />
                  <SubmitButton secondary>{t('applications.declineSubmit')}</SubmitButton>
                </form>
              </section>
            </>
          ) : null}
        </>
      ),
    },
    status,
  );
}
