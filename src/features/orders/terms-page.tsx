import type { AppContext } from '../../app-env';
import { ChoiceGroup, TextAreaField, TextField } from '../../ui/form';
import { renderFormPage, type FormPageStatus, type FormState } from '../../ui/form-page';
import type { MessageKey } from '../../ui/i18n';
import { skillCodes } from '../workers/vocabulary';
import { requiredTerms } from './missing-terms';
import { confidentialityLevels, reviewPolicies, type orders } from './schema';

type TextTerm = Exclude<(typeof requiredTerms)[number], 'deliveryDate' | 'inspectionDueOn'>;

const termLabels: Record<string, MessageKey> = {
  ...Object.fromEntries(requiredTerms.map((term) => [term, `order.terms.${term}` as const])),
  subcontractingDisclosed: 'order.terms.subcontractingDisclosed',
  termsSubcontracting: 'order.terms.termsSubcontracting',
  confidentiality: 'order.confidentiality',
  requiredSkills: 'order.terms.requiredSkills',
  reviewPolicy: 'order.terms.reviewPolicy',
  reviewSamplePercent: 'order.terms.reviewSamplePercent',
  reservationHours: 'order.terms.reservationHours',
  trainingRatePercent: 'order.terms.trainingRatePercent',
};

/**
 * The terms of the onward commission, each with a plain explanation: these are what the
 * フリーランス法 §3 and the MHLW guideline require workers to be shown. Saving part is fine;
 * the order page says which are still missing before the order can be won.
 */
export function renderTermsForm(
  c: AppContext,
  page: { order: { id: string; title: string }; state: FormState; lists?: Record<string, string[]> },
  status: FormPageStatus = 200,
) {
  const { t } = c.var;
  const { values = {}, errors = {} } = page.state;
  const text = (term: TextTerm, long = true) => {
    const props = { t, name: term, label: `order.terms.${term}` as const, hint: `order.terms.${term}Hint` as const, value: values[term], error: errors[term] };
    return long ? <TextAreaField {...props} rows={3} /> : <TextField {...props} autocomplete="off" />;
  };
  const date = (term: 'deliveryDate' | 'inspectionDueOn') => (
    <TextField t={t} name={term} label={`order.terms.${term}`} hint={`order.terms.${term}Hint`} value={values[term]} error={errors[term]} autocomplete="off" />
  );
  return renderFormPage(
    c,
    {
      title: t('order.terms.formTitle', { title: page.order.title }),
      lead: 'order.terms.lead',
      action: `/orders/${page.order.id}/terms`,
      submit: 'order.terms.save',
      state: page.state,
      labels: termLabels,
      fields: (
        <>
          <p>{t('order.terms.requiredNote')}</p>
          <p>{t('termsNotices.termsFormNote')}</p>
          <h2>{t('order.terms.commissionTitle')}</h2>
          {text('termsWorkContent')}
          {text('termsDeliverable')}
          {date('deliveryDate')}
          {text('termsDeliveryPlace', false)}
          {text('termsDeliveryMethod', false)}
          {date('inspectionDueOn')}
          {text('termsRate')}
          <TextField
            t={t}
            name="trainingRatePercent"
            label="order.terms.trainingRatePercent"
            hint="order.terms.trainingRatePercentHint"
            value={values.trainingRatePercent}
            error={errors.trainingRatePercent}
            required
            inputmode="numeric"
            autocomplete="off"
          />
          {text('termsPaymentDate', false)}
          {text('termsPaymentMethod', false)}
          {text('termsExpenses')}
          {text('termsIntellectualProperty')}
          {text('termsPersonalData')}
          {text('termsDefects')}
          <ChoiceGroup
            t={t}
            name="subcontractingDisclosed"
            legend="order.terms.subcontractingDisclosed"
            hint="order.terms.subcontractingDisclosedHint"
            options={[{ value: 'yes', label: t('order.terms.subcontractingOption') }]}
            checked={values.subcontractingDisclosed === 'yes' ? ['yes'] : []}
            error={errors.subcontractingDisclosed}
          />
          <TextAreaField
            t={t}
            name="termsSubcontracting"
            label="order.terms.termsSubcontracting"
            hint="order.terms.termsSubcontractingHint"
            value={values.termsSubcontracting}
            error={errors.termsSubcontracting}
            rows={3}
          />
          <h2>{t('order.terms.workTitle')}</h2>
          <ChoiceGroup
            t={t}
            name="confidentiality"
            legend="order.confidentiality"
            hint="order.terms.confidentialityHint"
            type="radio"
            required
            options={confidentialityLevels.map((level) => ({ value: level, label: t(`order.terms.confidentiality.${level}`) }))}
            checked={[values.confidentiality ?? 'anywhere']}
            error={errors.confidentiality}
          />
          <ChoiceGroup
            t={t}
            name="requiredSkills"
            legend="order.terms.requiredSkills"
            hint="order.terms.requiredSkillsHint"
            options={skillCodes.map((code) => ({ value: code, label: t(`skill.${code}`) }))}
            checked={page.lists?.requiredSkills ?? []}
            error={errors.requiredSkills}
          />
          <ChoiceGroup
            t={t}
            name="reviewPolicy"
            legend="order.terms.reviewPolicy"
            hint="order.terms.reviewPolicyHint"
            type="radio"
            required
            options={reviewPolicies.map((policy) => ({ value: policy, label: t(`order.terms.reviewPolicy.${policy}`) }))}
            checked={[values.reviewPolicy ?? 'all']}
            error={errors.reviewPolicy}
          />
          <TextField
            t={t}
            name="reviewSamplePercent"
            label="order.terms.reviewSamplePercent"
            hint="order.terms.reviewSamplePercentHint"
            value={values.reviewSamplePercent}
            error={errors.reviewSamplePercent}
            inputmode="numeric"
            autocomplete="off"
          />
          <TextField
            t={t}
            name="reservationHours"
            label="order.terms.reservationHours"
            hint="order.terms.reservationHoursHint"
            value={values.reservationHours}
            error={errors.reservationHours}
            required
            inputmode="numeric"
            autocomplete="off"
          />
        </>
      ),
      after: (
        <p>
          <a href={`/orders/${page.order.id}`}>{t('order.backToOrder', { title: page.order.title })}</a>
        </p>
      ),
    },
    status,
  );
}

/** The stored terms as form values (and the ticked skills), to fill in the form. */
export function termsFormValues(order: typeof orders.$inferSelect): { values: Record<string, string>; lists: Record<string, string[]> } {
  const values: Record<string, string> = Object.fromEntries(requiredTerms.map((term) => [term, order[term] ?? '']));
  return {
    values: {
      ...values,
      subcontractingDisclosed: order.subcontractingDisclosed ? 'yes' : '',
      termsSubcontracting: order.termsSubcontracting ?? '',
      confidentiality: order.confidentiality,
      reviewPolicy: order.reviewPolicy,
      reviewSamplePercent: order.reviewSamplePercent === null ? '' : String(order.reviewSamplePercent),
      reservationHours: String(order.reservationHours),
      trainingRatePercent: String(order.trainingRatePercent),
    },
    lists: { requiredSkills: order.requiredSkills },
  };
}
