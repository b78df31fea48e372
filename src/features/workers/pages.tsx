import type { AppContext } from '../../app-env';
import { ChoiceGroup, CsrfField, ErrorSummary, SelectField, SubmitButton, TextAreaField, TextField, type FieldErrors } from '../../ui/form';
import { renderFormPage, type FormPageStatus } from '../../ui/form-page';
import { formatDateTime } from '../../ui/format';
import { isMessageKey, type MessageKey, type Translate } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import { ConsentText, vocabularyOptions } from '../applications/pages';
import { consentTexts, consentTitle, ownConsentPurposes, type ConsentPurpose, type OwnConsentPurpose } from './consent-texts';
import type { WorkerProfile } from './find-worker-profile';
import type { listOpenRequests } from './list-open-requests';
import type { listWorkerAudit } from './list-worker-audit';
import { accountTypes, findBankNames, type BankAccount } from './normalize-bank-account';
import { workerStatuses } from './schema';
import { teleworkTypes } from './validation';
import { accommodationCodes, skillCodes, targetGroupCodes, workLocations } from './vocabulary';

/** A small form's state after a failed submission: what was sent and what is wrong. */
export type SectionState = { errors?: FieldErrors; values?: Record<string, string>; lists?: Record<string, string[]> };

/** What a profile page shows besides the profile: notices, problems and the state of each form. */
export type ProfilePageState = {
  notice?: string | undefined;
  problem?: string | undefined;
  profileForm?: SectionState;
  skillForm?: SectionState;
  statusForm?: SectionState;
  requestForm?: SectionState;
  /** Whether this viewer may see (and so edit) disability and health data. */
  showSensitive: boolean;
  showBank: boolean;
};

const profileLabels: Record<string, MessageKey> = {
  contact: 'profile.section.contact',
  phone: 'profile.phone',
  email: 'profile.email',
  postalAddress: 'profile.postalAddress',
  preferredLocations: 'profile.preferredLocations',
  hoursPerWeek: 'profile.hoursPerWeek',
  accommodations: 'profile.accommodations',
  accommodationNotes: 'profile.accommodationNotes',
  targetGroups: 'profile.targetGroups',
  invoiceRegistrationNumber: 'profile.invoice',
  bankCode: 'profile.bankCode',
  branchCode: 'profile.branchCode',
  accountType: 'profile.accountType',
  accountNumber: 'profile.accountNumber',
  holderKana: 'profile.holderKana',
  teleworkType: 'profile.teleworkType',
  movedFrom: 'profile.movedFrom',
  movedInOn: 'profile.movedInOn',
  healthDetails: 'profile.healthDetails',
};

/** A bank account as people may see it: names from the 全銀 list, the number masked but its last 3 digits. */
function maskedBank(t: Translate, bank: BankAccount): string {
  const names = findBankNames(bank.bankCode, bank.branchCode);
  return t('profile.bankCurrent', {
    bank: names?.bank ?? bank.bankCode,
    branch: names?.branch ?? t('profile.unknownBranch'),
    type: t(`profile.accountType.${bank.type}`),
    number: `****${bank.number.slice(-3)}`,
    holder: bank.holderKana,
  });
}

/** The fields of a worker profile, for the worker and for staff alike. */
function ProfileFields(props: { c: AppContext; profile: WorkerProfile; state: ProfilePageState; consentHref?: string }) {
  const { t } = props.c.var;
  const p = props.profile;
  const form = props.state.profileForm;
  const e = form?.errors ?? {};
  // After a failed submission show what was sent; otherwise what is on file.
  const v = (name: string, stored: string | number | null | undefined) => (form?.values ? (form.values[name] ?? '') : stored == null ? '' : String(stored));
  const list = (name: string, stored: readonly string[]) => (form?.values ? (form.lists?.[name] ?? []) : stored);
  const sensitive = p.sensitive;
  return (
    <>
      <section aria-labelledby="section-contact">
        <h2 id="section-contact">{t('profile.section.contact')}</h2>
        <p class="field__hint" id="field-contact">
          {t('profile.contactHint')}
        </p>
        {e.contact ? <p class="field__error">{t(e.contact)}</p> : null}
        <TextField t={t} name="phone" type="tel" label="profile.phone" value={v('phone', p.phone)} error={e.phone} autocomplete="tel" />
        <TextField t={t} name="email" type="email" label="profile.email" value={v('email', p.email)} error={e.email} autocomplete="email" spellcheck={false} />
        <TextAreaField t={t} name="postalAddress" label="profile.postalAddress" value={v('postalAddress', p.postalAddress)} error={e.postalAddress} rows={2} />
      </section>
      <section aria-labelledby="section-work">
        <h2 id="section-work">{t('profile.section.work')}</h2>
        <ChoiceGroup t={t} name="preferredLocations" legend="profile.preferredLocations" options={vocabularyOptions(t, 'location', workLocations)} checked={list('preferredLocations', p.preferredLocations)} error={e.preferredLocations} />
        <TextField t={t} name="hoursPerWeek" label="profile.hoursPerWeek" hint="profile.hoursHint" inputmode="numeric" value={v('hoursPerWeek', p.hoursPerWeek)} error={e.hoursPerWeek} />
        <ChoiceGroup t={t} name="accommodations" legend="profile.accommodations" hint="profile.accommodationsHint" options={vocabularyOptions(t, 'accommodation', accommodationCodes)} checked={list('accommodations', p.accommodations)} error={e.accommodations} />
        <TextAreaField t={t} name="accommodationNotes" label="profile.accommodationNotes" value={v('accommodationNotes', p.accommodationNotes)} error={e.accommodationNotes} />
        <ChoiceGroup t={t} name="targetGroups" legend="profile.targetGroups" hint="profile.targetGroupsHint" options={vocabularyOptions(t, 'targetGroup', targetGroupCodes)} checked={list('targetGroups', p.targetGroups)} error={e.targetGroups} />
      </section>
      <section aria-labelledby="section-money">
        <h2 id="section-money">{t('profile.section.money')}</h2>
        <p>{p.invoiceRegistrationNumber ? t('profile.invoiceCurrent', { number: p.invoiceRegistrationNumber }) : t('profile.invoiceNone')}</p>
        <TextField t={t} name="invoiceRegistrationNumber" label="profile.invoice" hint="profile.invoiceHint" value={v('invoiceRegistrationNumber', p.invoiceRegistrationNumber)} error={e.invoiceRegistrationNumber} spellcheck={false} />
        {props.state.showBank ? (
          <>
            <p class="bank-current">{p.bank ? maskedBank(t, p.bank) : t('profile.bankNone')}</p>
            <p class="field__hint">{t('profile.bankHint')}</p>
            <TextField t={t} name="bankCode" label="profile.bankCode" inputmode="numeric" value={form?.values?.bankCode} error={e.bankCode} />
            <TextField t={t} name="branchCode" label="profile.branchCode" inputmode="numeric" value={form?.values?.branchCode} error={e.branchCode} />
            <ChoiceGroup
              t={t}
              name="accountType"
              type="radio"
              legend="profile.accountType"
              options={accountTypes.map((type) => ({ value: type, label: t(`profile.accountType.${type}`) }))}
              checked={[form?.values?.accountType ?? p.bank?.type ?? 'ordinary']}
              error={e.accountType}
            />
            <TextField t={t} name="accountNumber" label="profile.accountNumber" hint="profile.accountNumberHint" inputmode="numeric" value={form?.values?.accountNumber} error={e.accountNumber} />
            <TextField t={t} name="holderKana" label="profile.holderKana" hint="profile.holderKanaHint" value={form?.values?.holderKana} error={e.holderKana} />
          </>
        ) : null}
      </section>
      <section aria-labelledby="section-report">
        <h2 id="section-report">{t('profile.section.report')}</h2>
        <ChoiceGroup
          t={t}
          name="teleworkType"
          type="radio"
          legend="profile.teleworkType"
          hint="profile.teleworkHint"
          options={[{ value: '', label: t('profile.telework.none') }, ...teleworkTypes.map((type) => ({ value: type, label: t(`profile.telework.${type}`) }))]}
          checked={[v('teleworkType', p.teleworkType)]}
          error={e.teleworkType}
        />
        <TextField t={t} name="movedFrom" label="profile.movedFrom" value={v('movedFrom', p.movedFrom)} error={e.movedFrom} />
        <TextField t={t} name="movedInOn" type="date" label="profile.movedInOn" hint="profile.movedInOnHint" value={v('movedInOn', p.movedInOn)} error={e.movedInOn} />
      </section>
      {props.state.showSensitive ? (
        <section aria-labelledby="section-sensitive">
          <h2 id="section-sensitive">{t('profile.section.sensitive')}</h2>
          {p.sensitiveConsent ? (
            <>
              <p>{t('profile.sensitiveLead')}</p>
              <input type="hidden" name="sensitiveShown" value="yes" />
              <ChoiceGroup
                t={t}
                name="disability"
                legend="profile.disability"
                options={[{ value: 'yes', label: t('profile.disabilityOption') }]}
                checked={form?.values ? form.lists?.disability : sensitive?.disability ? ['yes'] : []}
              />
              <TextAreaField t={t} name="healthDetails" label="profile.healthDetails" value={v('healthDetails', sensitive?.details)} error={e.healthDetails} />
            </>
          ) : (
            <p>{props.consentHref ? t('profile.sensitiveNoConsent') : t('profile.sensitiveNoConsentStaff')}</p>
          )}
          {props.consentHref ? (
            <p>
              <a href={props.consentHref}>{t('profile.consentLink')}</a>
            </p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

function SkillsTable(props: { t: Translate; skills: WorkerProfile['skills'] }) {
  const { t } = props;
  if (props.skills.length === 0) return <p>{t('skills.none')}</p>;
  return (
    <table class="data-table" tabindex={0}>
      <caption>{t('skills.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('skills.skill')}</th>
          <th scope="col">{t('skills.level')}</th>
          <th scope="col">{t('skills.source')}</th>
          <th scope="col">{t('skills.note')}</th>
        </tr>
      </thead>
      <tbody>
        {props.skills.map((skill) => (
          <tr>
            <th scope="row">{t(`skill.${skill.skill}` as MessageKey)}</th>
            <td>{t(`skillLevel.${skill.level}` as MessageKey)}</td>
            <td>
              {t(`skillSource.${skill.source}`)}
              {skill.verifiedBy ? <span class="kana">{t('skills.verifiedBy', { name: skill.verifiedBy })}</span> : null}
            </td>
            <td>{skill.note ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A small form after the main one: its own problems, fields and button. */
function SectionForm(props: { c: AppContext; action: string; state?: SectionState | undefined; labels: Record<string, MessageKey>; submit: MessageKey; children: unknown; secondary?: boolean }) {
  const { t } = props.c.var;
  return (
    <>
      {props.state?.errors ? <ErrorSummary t={t} errors={props.state.errors} labels={props.labels} /> : null}
      <form method="post" action={props.action} novalidate>
        <CsrfField c={props.c} />
        {props.children}
        <SubmitButton secondary={props.secondary}>{t(props.submit)}</SubmitButton>
      </form>
    </>
  );
}

const levelOptions = (t: Translate) => [1, 2, 3].map((level) => ({ value: String(level), label: t(`skillLevel.${level}` as MessageKey) }));

function SkillSection(props: { c: AppContext; profile: WorkerProfile; state: ProfilePageState; action: string; staff: boolean }) {
  const { t } = props.c.var;
  const s = props.state.skillForm;
  // A worker only picks among skills they may change: those not yet confirmed by training or staff.
  const locked = new Set(props.profile.skills.filter((skill) => skill.source !== 'self').map((skill) => skill.skill));
  const choices = props.staff ? skillCodes : skillCodes.filter((code) => !locked.has(code));
  return (
    <section aria-labelledby="section-skills">
      <h2 id="section-skills">{t('skills.title')}</h2>
      <SkillsTable t={t} skills={props.profile.skills} />
      {props.staff ? <h3>{t('skills.verifyTitle')}</h3> : <p>{t('skills.ownLead')}</p>}
      <SectionForm
        c={props.c}
        action={props.action}
        state={s}
        labels={{ skill: 'skills.skill', level: 'skills.level', note: 'skills.verifyNote' }}
        submit={props.staff ? 'skills.verifySubmit' : 'skills.ownSubmit'}
        secondary
      >
        <SelectField t={t} name="skill" label="skills.skill" options={vocabularyOptions(t, 'skill', choices)} value={s?.values?.skill} error={s?.errors?.skill} />
        <SelectField t={t} name="level" label="skills.level" options={levelOptions(t)} value={s?.values?.level} error={s?.errors?.level} />
        {props.staff ? <TextAreaField t={t} name="note" label="skills.verifyNote" value={s?.values?.note} error={s?.errors?.note} required rows={2} /> : null}
      </SectionForm>
    </section>
  );
}

/** Each consent's own button words (two forms on one page must not share a button name) and what withdrawing does. */
const ownConsentWords = {
  sensitive_data: { give: 'consents.give', withdraw: 'consents.withdraw', withdrawHint: 'consents.withdrawHint' },
  statistics: { give: 'consents.statistics.give', withdraw: 'consents.statistics.withdraw', withdrawHint: 'consents.statistics.withdrawHint' },
} as const satisfies Record<OwnConsentPurpose, Record<string, MessageKey>>;

/** One consent: what it says, whether it is given, and the button to give or withdraw it. */
function OwnConsent(props: { c: AppContext; profile: WorkerProfile; purpose: OwnConsentPurpose }) {
  const { t, locale } = props.c.var;
  const consent = props.profile.activeConsents.find((active) => active.purpose === props.purpose);
  const words = ownConsentWords[props.purpose];
  return (
    <>
      <ConsentText t={t} purpose={props.purpose} />
      <p>{consent ? t('consents.given', { date: formatDateTime(consent.givenAt, locale), version: consent.textVersion }) : t('consents.notGiven')}</p>
      {consent ? <p class="field__hint">{t(words.withdrawHint)}</p> : null}
      <form method="post" action="/me/consents">
        <CsrfField c={props.c} />
        <input type="hidden" name="purpose" value={props.purpose} />
        <input type="hidden" name="choice" value={consent ? 'withdraw' : 'give'} />
        <SubmitButton secondary>{t(consent ? words.withdraw : words.give)}</SubmitButton>
      </form>
    </>
  );
}

/** The consents a worker gives or withdraws themselves. */
function ConsentSection(props: { c: AppContext; profile: WorkerProfile; headingLevel: 'h2' | 'none' }) {
  const { t } = props.c.var;
  return (
    <section aria-labelledby="section-consent">
      {props.headingLevel === 'h2' ? <h2 id="section-consent">{t('consents.title')}</h2> : <p id="section-consent">{t('consents.lead')}</p>}
      {ownConsentPurposes.map((purpose) => (
        <OwnConsent c={props.c} profile={props.profile} purpose={purpose} />
      ))}
    </section>
  );
}

function MyDataSection(props: { c: AppContext; state: ProfilePageState }) {
  const { t } = props.c.var;
  const r = props.state.requestForm;
  return (
    <section aria-labelledby="section-data">
      <h2 id="section-data">{t('myData.title')}</h2>
      <p>{t('myData.lead')}</p>
      <p>
        <a href="/me/data" download="machiwork-my-data.json">
          {t('myData.download')}
        </a>
      </p>
      <h3>{t('myData.requestTitle')}</h3>
      <p>{t('myData.requestLead')}</p>
      <SectionForm c={props.c} action="/me/requests" state={r} labels={{ kind: 'myData.requestKind', body: 'myData.requestBody' }} submit="myData.requestSubmit" secondary>
        <ChoiceGroup
          t={t}
          name="kind"
          type="radio"
          legend="myData.requestKind"
          required
          options={[
            { value: 'correction', label: t('myData.kind.correction') },
            { value: 'deletion', label: t('myData.kind.deletion') },
          ]}
          checked={[r?.values?.kind ?? 'correction']}
          error={r?.errors?.kind}
        />
        <TextAreaField t={t} name="body" label="myData.requestBody" hint="myData.requestHint" value={r?.values?.body} error={r?.errors?.body} required />
      </SectionForm>
    </section>
  );
}

/** /me/profile: the worker's own details, skills, consent and data. */
export function renderOwnProfile(c: AppContext, profile: WorkerProfile, state: ProfilePageState, status: FormPageStatus = 200) {
  const { t } = c.var;
  return renderFormPage(
    c,
    {
      title: t('profile.title'),
      lead: 'profile.lead',
      notice: state.notice,
      action: '/me/profile',
      submit: 'profile.submit',
      state: { errors: state.profileForm?.errors, problem: state.problem },
      labels: profileLabels,
      fields: <ProfileFields c={c} profile={profile} state={state} consentHref="/me/consents" />,
      after: (
        <>
          <SkillSection c={c} profile={profile} state={state} action="/me/skills" staff={false} />
          <ConsentSection c={c} profile={profile} headingLevel="h2" />
          <MyDataSection c={c} state={state} />
        </>
      ),
    },
    status,
  );
}

/** /me/consents: the consents a worker gives themselves, on their own page. */
export function renderOwnConsents(c: AppContext, profile: WorkerProfile, notice?: string, status: 200 | 400 = 200) {
  const { t } = c.var;
  return renderPage(c, {
    title: t('consents.title'),
    notice,
    children: (
      <>
        <ConsentSection c={c} profile={profile} headingLevel="none" />
        <p>
          <a href="/me/profile">{t('nav.myProfile')}</a>
        </p>
      </>
    ),
  }, status);
}

function statusName(t: Translate, status: string | null): string {
  return status ? t(`workerStatus.${status}` as MessageKey) : '';
}

function StatusSection(props: { c: AppContext; profile: WorkerProfile; state: ProfilePageState }) {
  const { t, locale } = props.c.var;
  const p = props.profile;
  const s = props.state.statusForm;
  return (
    <section aria-labelledby="section-status">
      <h2 id="section-status">{t('worker.statusTitle')}</h2>
      <p>{t('worker.statusCurrent', { status: statusName(t, p.status) })}</p>
      <SectionForm c={props.c} action={`/workers/${p.userId}/status`} state={s} labels={{ status: 'worker.statusNew', reason: 'worker.statusReason' }} submit="worker.statusSubmit" secondary>
        <SelectField
          t={t}
          name="status"
          label="worker.statusNew"
          options={workerStatuses.map((status) => ({ value: status, label: statusName(t, status) }))}
          value={s?.values?.status ?? p.status}
          error={s?.errors?.status}
        />
        <TextAreaField t={t} name="reason" label="worker.statusReason" value={s?.values?.reason} error={s?.errors?.reason} required rows={2} />
      </SectionForm>
      {p.statusHistory.length === 0 ? (
        <p>{t('worker.historyNone')}</p>
      ) : (
        <table class="data-table" tabindex={0}>
          <caption>{t('worker.historyCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('worker.historyDate')}</th>
              <th scope="col">{t('worker.historyChange')}</th>
              <th scope="col">{t('worker.historyReason')}</th>
              <th scope="col">{t('worker.historyWho')}</th>
            </tr>
          </thead>
          <tbody>
            {p.statusHistory.map((change) => (
              <tr>
                <td>{formatDateTime(change.changedAt, locale)}</td>
                <td>
                  {change.fromStatus
                    ? t('worker.historyMove', { from: statusName(t, change.fromStatus), to: statusName(t, change.toStatus) })
                    : t('worker.historyFirst', { to: statusName(t, change.toStatus) })}
                </td>
                <td>{change.reason}</td>
                <td>{change.changedBy ?? t('worker.unknownPerson')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** For staff: every consent in force on the worker's record, with its version and when it was given. */
function ConsentsInForce(props: { c: AppContext; profile: WorkerProfile }) {
  const { t, locale } = props.c.var;
  return (
    <section aria-labelledby="section-consents">
      <h2 id="section-consents">{t('worker.consentsTitle')}</h2>
      {props.profile.activeConsents.length === 0 ? (
        <p>{t('worker.consentsNone')}</p>
      ) : (
        <ul>
          {props.profile.activeConsents.map((consent) => {
            const title = consentTitle(consent.purpose, consent.textVersion);
            return <li>{t('applications.consentLine', { title: title ? t(title) : consent.purpose, version: consent.textVersion, date: formatDateTime(consent.givenAt, locale) })}</li>;
          })}
        </ul>
      )}
    </section>
  );
}

function RequestsSection(props: { c: AppContext; workerId: string; requests: Awaited<ReturnType<typeof listOpenRequests>> }) {
  const { t, locale } = props.c.var;
  return (
    <section aria-labelledby="section-requests">
      <h2 id="section-requests">{t('worker.requestsTitle')}</h2>
      {props.requests.length === 0 ? (
        <p>{t('worker.requestsNone')}</p>
      ) : (
        <ul class="notes">
          {props.requests.map((request) => (
            <li>
              <p>{t('worker.requestLine', { date: formatDateTime(request.at, locale), kind: t(`myData.kind.${request.kind}`) })}</p>
              <p class="note-body">{request.body}</p>
              <form method="post" action={`/workers/${props.workerId}/requests/resolve`}>
                <CsrfField c={props.c} />
                <input type="hidden" name="entryId" value={String(request.id)} />
                <SubmitButton secondary>{t('worker.requestResolve')}</SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** /workers/:id: a coordinator's or admin's view of one worker. */
export function renderWorkerRecord(
  c: AppContext,
  profile: WorkerProfile,
  requests: Awaited<ReturnType<typeof listOpenRequests>>,
  state: ProfilePageState,
  status: FormPageStatus = 200,
) {
  const { t } = c.var;
  return renderFormPage(
    c,
    {
      title: t('worker.title', { name: profile.displayName }),
      lead: 'worker.lead',
      notice: state.notice,
      action: `/workers/${profile.userId}/profile`,
      submit: 'profile.submit',
      state: { errors: state.profileForm?.errors, problem: state.problem },
      labels: profileLabels,
      fields: (
        <>
          <p>
            {profile.familyName} {profile.givenName}
            <span class="kana">
              {profile.familyNameKana} {profile.givenNameKana}
            </span>
          </p>
          <ProfileFields c={c} profile={profile} state={state} />
        </>
      ),
      after: (
        <>
          <StatusSection c={c} profile={profile} state={state} />
          <SkillSection c={c} profile={profile} state={state} action={`/workers/${profile.userId}/skills`} staff />
          <ConsentsInForce c={c} profile={profile} />
          <RequestsSection c={c} workerId={profile.userId} requests={requests} />
          <ul class="link-list">
            <li>
              <a href={`/workers/${profile.userId}/supporters`}>{t('worker.supportersLink')}</a>
            </li>
            <li>
              <a href={`/workers/${profile.userId}/audit`}>{t('worker.auditLink')}</a>
            </li>
            <li>
              <a href={`/people/${profile.userId}/progress`}>{t('growth.recordLink')}</a>
            </li>
          </ul>
        </>
      ),
    },
    status,
  );
}

/** /workers/:id/audit: who viewed or changed this worker's data, and when (field names only, never values). */
export function renderWorkerAudit(c: AppContext, profile: WorkerProfile, entries: Awaited<ReturnType<typeof listWorkerAudit>>) {
  const { t, locale } = c.var;
  const actionName = (action: string) => {
    const key = `audit.${action}`;
    return isMessageKey(key) ? t(key) : action;
  };
  const fieldsOf = (detail: Record<string, unknown> | null) =>
    Array.isArray(detail?.fields) ? detail.fields.map((field) => (profileLabels[String(field)] ? t(profileLabels[String(field)]!) : String(field))).join(', ') : '';
  // A consent given or withdrawn: which one.
  const purposeOf = (detail: Record<string, unknown> | null) => {
    const purpose = detail?.purpose;
    return typeof purpose === 'string' && Object.hasOwn(consentTexts, purpose) ? t(consentTexts[purpose as ConsentPurpose].title) : '';
  };
  return renderPage(c, {
    title: t('audit.title', { name: profile.displayName }),
    children: (
      <>
        <p>
          <a href={`/workers/${profile.userId}`}>{t('audit.back')}</a>
        </p>
        {entries.length === 0 ? (
          <p>{t('audit.none')}</p>
        ) : (
          <table class="data-table" tabindex={0}>
            <caption>{t('audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.at')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.fields')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr>
                  <td>{formatDateTime(entry.at, locale)}</td>
                  <td>{entry.actorName ?? t('worker.unknownPerson')}</td>
                  <td>{actionName(entry.action)}</td>
                  <td>{fieldsOf(entry.detail) || purposeOf(entry.detail)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>
    ),
  });
}
