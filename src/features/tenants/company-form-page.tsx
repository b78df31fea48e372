import type { AppContext } from '../../app-env';
import { TextAreaField, TextField, type FieldErrors } from '../../ui/form';
import { renderFormPage, type FormPageStatus } from '../../ui/form-page';
import type { MessageKey } from '../../ui/i18n';
import type { Company } from './list-companies';

const labels: Record<string, MessageKey> = {
  name: 'tenants.company.name',
  nameKana: 'tenants.company.nameKana',
  headOffice: 'tenants.company.headOffice',
  contactName: 'tenants.company.contactName',
  contactEmail: 'tenants.company.contactEmail',
  contactPhone: 'tenants.company.contactPhone',
  note: 'tenants.company.note',
};

export function companyValues(company: Company): Record<string, string> {
  const { name, nameKana, headOffice, contactName, contactEmail, contactPhone, note } = company;
  return Object.fromEntries(Object.entries({ name, nameKana, headOffice, contactName, contactEmail, contactPhone, note }).map(([field, value]) => [field, value ?? '']));
}

/** `/centre/tenants/new` and `/centre/tenants/:id/edit`: a company's name and contact. */
export function renderCompanyFormPage(c: AppContext, page: { companyId?: string; values: Record<string, string>; errors?: FieldErrors }, status: FormPageStatus = 200) {
  const { t } = c.var;
  const { values, errors = {} } = page;
  const field = (name: string, props: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField t={t} name={name} label={labels[name]!} value={values[name]} error={errors[name]} {...props} />
  );
  return renderFormPage(
    c,
    {
      title: page.companyId ? t('tenants.company.editTitle', { name: values.name ?? '' }) : t('tenants.company.newTitle'),
      action: page.companyId ? `/centre/tenants/${page.companyId}/edit` : '/centre/tenants/new',
      submit: page.companyId ? 'tenants.company.save' : 'tenants.company.add',
      state: { errors, values },
      labels,
      fields: (
        <>
          {field('name', { required: true, autocomplete: 'organization' })}
          {field('nameKana', { hint: 'tenants.company.nameKanaHint' })}
          {field('headOffice', { hint: 'tenants.company.headOfficeHint' })}
          {field('contactName', { autocomplete: 'off' })}
          {field('contactEmail', { type: 'email', inputmode: 'email', autocomplete: 'off', spellcheck: false })}
          {field('contactPhone', { type: 'tel', inputmode: 'tel', autocomplete: 'off', hint: 'tenants.company.contactPhoneHint' })}
          <TextAreaField t={t} name="note" label="tenants.company.note" value={values.note} error={errors.note} rows={3} />
        </>
      ),
      after: (
        <p>
          <a href={page.companyId ? `/centre/tenants/${page.companyId}` : '/centre/tenants'}>{t('tenants.back')}</a>
        </p>
      ),
    },
    status,
  );
}
