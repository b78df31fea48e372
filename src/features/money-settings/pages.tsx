import type { AppContext } from '../../app-env';
import { ChoiceGroup, SelectField, TextAreaField, TextField, type FieldErrors } from '../../ui/form';
import { renderFormPage, type FormPageStatus } from '../../ui/form-page';
import type { MessageKey } from '../../ui/i18n';
import { findBankNames } from '../workers/normalize-bank-account';
import { skillCodes } from '../workers/vocabulary';
import type { MoneySettings } from './load-money-settings';

const labels: Record<string, MessageKey> = {
  issuerName: 'moneySettings.issuerName',
  invoiceRegistrationNumber: 'moneySettings.invoiceRegistrationNumber',
  issuerPostalCode: 'moneySettings.issuerPostalCode',
  issuerAddress: 'moneySettings.issuerAddress',
  issuerPhone: 'moneySettings.issuerPhone',
  invoiceBankText: 'moneySettings.invoiceBankText',
  invoiceDueDays: 'moneySettings.invoiceDueDays',
  payDay: 'moneySettings.payDay',
  payWarningDays: 'moneySettings.payWarningDays',
  withholdingCategories: 'moneySettings.withholdingCategories',
  transferRequesterCode: 'moneySettings.requesterCode',
  transferRequesterName: 'moneySettings.requesterName',
  transferBankCode: 'moneySettings.bankCode',
  transferBranchCode: 'moneySettings.branchCode',
  transferAccountType: 'moneySettings.accountType',
  transferAccountNumber: 'moneySettings.accountNumber',
};

/** The stored settings as the form's values. */
export function moneySettingsValues(settings: MoneySettings): { values: Record<string, string>; categories: string[] } {
  const text = (value: string | number | null) => (value === null ? '' : String(value));
  return {
    values: {
      issuerName: settings.issuerName,
      invoiceRegistrationNumber: text(settings.issuerRegistrationNumber),
      issuerPostalCode: text(settings.issuerPostalCode),
      issuerAddress: text(settings.issuerAddress),
      issuerPhone: text(settings.issuerPhone),
      invoiceBankText: text(settings.invoiceBankText),
      invoiceDueDays: text(settings.invoiceDueDays),
      payDay: text(settings.payDay),
      payWarningDays: text(settings.payWarningDays),
      transferRequesterCode: text(settings.transferRequesterCode),
      transferRequesterName: text(settings.transferRequesterName),
      transferBankCode: text(settings.transferBankCode),
      transferBranchCode: text(settings.transferBranchCode),
      transferAccountType: text(settings.transferAccountType),
      transferAccountNumber: text(settings.transferAccountNumber),
    },
    categories: settings.withholdingCategories,
  };
}

/** `/settings/money`: one form in four parts; the saved transfer account's bank and branch named. */
export function renderMoneySettingsPage(
  c: AppContext,
  page: { saved: MoneySettings; values: Record<string, string>; categories: string[]; errors?: FieldErrors; notice?: string | undefined },
  status: FormPageStatus = 200,
) {
  const { t } = c.var;
  const { values, errors = {} } = page;
  const field = (name: string) => ({ t, name, label: labels[name]!, value: values[name], error: errors[name] });
  const names = page.saved.transferBankCode && page.saved.transferBranchCode ? findBankNames(page.saved.transferBankCode, page.saved.transferBranchCode) : undefined;
  return renderFormPage(
    c,
    {
      title: t('moneySettings.title'),
      lead: 'moneySettings.lead',
      notice: page.notice,
      action: '/settings/money',
      submit: 'moneySettings.submit',
      state: { errors, values },
      labels,
      fields: (
        <>
          <h2>{t('moneySettings.issuerSection')}</h2>
          <TextField {...field('issuerName')} hint="moneySettings.issuerNameHint" required autocomplete="organization" />
          <TextField {...field('invoiceRegistrationNumber')} hint="moneySettings.invoiceRegistrationNumberHint" autocomplete="off" spellcheck={false} />
          <TextField {...field('issuerPostalCode')} hint="moneySettings.issuerPostalCodeHint" autocomplete="postal-code" inputmode="numeric" />
          <TextField {...field('issuerAddress')} autocomplete="street-address" />
          <TextField {...field('issuerPhone')} hint="moneySettings.issuerPhoneHint" type="tel" autocomplete="tel" />

          <h2>{t('moneySettings.invoiceSection')}</h2>
          <TextAreaField {...field('invoiceBankText')} hint="moneySettings.invoiceBankTextHint" rows={3} />
          <TextField {...field('invoiceDueDays')} hint="moneySettings.invoiceDueDaysHint" required inputmode="numeric" />

          <h2>{t('moneySettings.paySection')}</h2>
          <TextField {...field('payDay')} hint="moneySettings.payDayHint" required inputmode="numeric" />
          <TextField {...field('payWarningDays')} hint="moneySettings.payWarningDaysHint" required inputmode="numeric" />
          <ChoiceGroup
            t={t}
            name="withholdingCategories"
            legend="moneySettings.withholdingCategories"
            hint="moneySettings.withholdingCategoriesHint"
            options={skillCodes.map((code) => ({ value: code, label: t(`skill.${code}`) }))}
            checked={page.categories}
            error={errors.withholdingCategories}
          />

          <h2>{t('moneySettings.transferSection')}</h2>
          <p>{t('moneySettings.transferLead')}</p>
          {names ? <p>{t('moneySettings.bankNames', { bank: names.bank, branch: names.branch ?? '' })}</p> : null}
          <TextField {...field('transferRequesterCode')} hint="moneySettings.requesterCodeHint" autocomplete="off" inputmode="numeric" />
          <TextField {...field('transferRequesterName')} hint="moneySettings.requesterNameHint" autocomplete="off" spellcheck={false} />
          <TextField {...field('transferBankCode')} hint="moneySettings.bankCodeHint" autocomplete="off" inputmode="numeric" />
          <TextField {...field('transferBranchCode')} hint="moneySettings.branchCodeHint" autocomplete="off" inputmode="numeric" />
          <SelectField
            {...field('transferAccountType')}
            value={values.transferAccountType ?? ''}
            options={[
              { value: '', label: t('moneySettings.accountType.none') },
              { value: '1', label: t('moneySettings.accountType.1') },
              { value: '2', label: t('moneySettings.accountType.2') },
            ]}
          />
          <TextField {...field('transferAccountNumber')} hint="moneySettings.accountNumberHint" autocomplete="off" inputmode="numeric" />
        </>
      ),
    },
    status,
  );
}
