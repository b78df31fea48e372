import type { AppContext } from '../../app-env';
import { ChoiceGroup, SelectField, TextField } from '../../ui/form';
import { renderFormPage, type FormPageStatus, type FormState } from '../../ui/form-page';
import type { MessageKey, Translate } from '../../ui/i18n';
import type { Company } from './list-companies';
import type { StaffRow } from './list-tenant-staff';
import { tenantTeleworkTypes } from './schema';

/** The telework type, each explained: A = sent from the head office, D = hired locally. */
function TeleworkTypeField(props: { t: Translate; value?: string | undefined; error?: MessageKey | undefined }) {
  return (
    <ChoiceGroup
      t={props.t}
      name="teleworkType"
      type="radio"
      legend="tenants.staff.teleworkType"
      hint="tenants.staff.teleworkTypeHint"
      required
      options={tenantTeleworkTypes.map((type) => ({ value: type, label: props.t(`tenants.type.${type}`) }))}
      checked={props.value ? [props.value] : []}
      error={props.error}
    />
  );
}

const back = (t: Translate, company: Company) => (
  <p>
    <a href={`/centre/tenants/${company.id}`}>{t('tenants.back')}</a>
  </p>
);

/** `/centre/tenants/:id/staff/new`: a new tenant account for the company, its setup code shown once after. */
export function renderNewStaffPage(c: AppContext, page: { company: Company; state: FormState }, status: FormPageStatus = 200) {
  const { t } = c.var;
  const values = page.state.values ?? {};
  const errors = page.state.errors ?? {};
  return renderFormPage(
    c,
    {
      title: t('tenants.staff.newTitle', { name: page.company.name }),
      lead: 'tenants.staff.newLead',
      action: `/centre/tenants/${page.company.id}/staff/new`,
      submit: 'tenants.staff.create',
      state: page.state,
      labels: { displayName: 'account.displayName', loginId: 'account.loginId', email: 'account.email', teleworkType: 'tenants.staff.teleworkType', joinedOn: 'tenants.staff.joinedOn' },
      fields: (
        <>
          <TextField t={t} name="displayName" label="account.displayName" required value={values.displayName} error={errors.displayName} autocomplete="off" />
          <TextField t={t} name="loginId" label="account.loginId" hint="account.loginIdRules" required value={values.loginId} error={errors.loginId} autocomplete="off" spellcheck={false} />
          <TextField t={t} name="email" type="email" label="account.email" hint="account.emailHint" value={values.email} error={errors.email} autocomplete="off" inputmode="email" spellcheck={false} />
          <TeleworkTypeField t={t} value={values.teleworkType} error={errors.teleworkType} />
          <TextField t={t} name="joinedOn" type="date" label="tenants.staff.joinedOn" required value={values.joinedOn} error={errors.joinedOn} />
        </>
      ),
      after: back(t, page.company),
    },
    status,
  );
}

/** `/centre/tenants/:id/staff/link`: an existing tenant account that belongs to no company. */
export function renderLinkStaffPage(c: AppContext, page: { company: Company; accounts: { id: string; displayName: string; loginId: string }[]; state: FormState }, status: FormPageStatus = 200) {
  const { t } = c.var;
  const values = page.state.values ?? {};
  const errors = page.state.errors ?? {};
  return renderFormPage(
    c,
    {
      title: t('tenants.staff.linkTitle', { name: page.company.name }),
      lead: 'tenants.staff.linkLead',
      action: `/centre/tenants/${page.company.id}/staff/link`,
      submit: 'tenants.staff.link',
      state: page.state,
      labels: { userId: 'tenants.staff.account', teleworkType: 'tenants.staff.teleworkType', joinedOn: 'tenants.staff.joinedOn' },
      fields: (
        <>
          <SelectField
            t={t}
            name="userId"
            label="tenants.staff.account"
            hint={page.accounts.length === 0 ? 'tenants.staff.noAccounts' : undefined}
            required
            value={values.userId}
            error={errors.userId}
            options={[{ value: '', label: t('tenants.staff.chooseAccount') }, ...page.accounts.map((account) => ({ value: account.id, label: `${account.displayName} (${account.loginId})` }))]}
          />
          <TeleworkTypeField t={t} value={values.teleworkType} error={errors.teleworkType} />
          <TextField t={t} name="joinedOn" type="date" label="tenants.staff.joinedOn" required value={values.joinedOn} error={errors.joinedOn} />
        </>
      ),
      after: back(t, page.company),
    },
    status,
  );
}

export const staffValues = (staff: StaffRow): Record<string, string> => ({ teleworkType: staff.teleworkType, leftOn: staff.leftOn ?? '' });

/** `/centre/tenants/:id/staff/:userId/edit`: the telework type, and the day the person left. */
export function renderStaffEditPage(c: AppContext, page: { company: Company; staff: StaffRow; state: FormState }, status: FormPageStatus = 200) {
  const { t } = c.var;
  const values = page.state.values ?? {};
  const errors = page.state.errors ?? {};
  return renderFormPage(
    c,
    {
      title: t('tenants.staff.editTitle', { name: page.staff.displayName }),
      action: `/centre/tenants/${page.company.id}/staff/${page.staff.userId}/edit`,
      submit: 'tenants.staff.save',
      state: page.state,
      labels: { teleworkType: 'tenants.staff.teleworkType', leftOn: 'tenants.staff.leftOn' },
      fields: (
        <>
          <TeleworkTypeField t={t} value={values.teleworkType} error={errors.teleworkType} />
          <TextField t={t} name="leftOn" type="date" label="tenants.staff.leftOn" hint="tenants.staff.leftOnHint" value={values.leftOn} error={errors.leftOn} />
        </>
      ),
      after: back(t, page.company),
    },
    status,
  );
}
