import type { AppContext } from '../../app-env';
import { SelectField, TextField, type FieldErrors } from '../../ui/form';
import { renderFormPage, type FormPageStatus } from '../../ui/form-page';
import type { MessageKey } from '../../ui/i18n';
import type { Site } from './list-sites';
import type { BookingRule } from '../bookings/load-space-rules';
import { bookingUnits, exclusiveSpaceKinds, type SpaceKind } from './schema';

const labels: Record<string, MessageKey> = {
  unit: 'centre.rules.unit',
  stepMinutes: 'centre.rules.step',
  minMinutes: 'centre.rules.minMinutes',
  maxMinutes: 'centre.rules.maxMinutes',
  maxDaysAhead: 'centre.rules.maxDaysAhead',
  maxActivePerPerson: 'centre.rules.maxActivePerPerson',
  bufferMinutes: 'centre.rules.buffer',
};

export function rulesValues(rules: BookingRule): Record<string, string> {
  return Object.fromEntries(Object.entries(rules).map(([name, value]) => [name, String(value)]));
}

/** `/centre/sites/:id/rules/:kind`: how one kind of space is booked at the site; the defaults until saved. */
export function renderRulesPage(
  c: AppContext,
  page: { site: Site; kind: SpaceKind; saved: boolean; values: Record<string, string>; errors?: FieldErrors; notice?: string | undefined },
  status: FormPageStatus = 200,
) {
  const { t } = c.var;
  const { values, errors = {} } = page;
  const field = (name: string) => ({ t, name, label: labels[name]!, value: values[name], error: errors[name], required: true });
  const exclusive = exclusiveSpaceKinds.includes(page.kind);
  return renderFormPage(
    c,
    {
      title: t('centre.rules.pageTitle', { kind: t(`centre.kind.${page.kind}`), site: page.site.name }),
      lead: page.saved ? 'centre.rules.savedLead' : 'centre.rules.defaultsLead',
      notice: page.notice,
      action: `/centre/sites/${page.site.id}/rules/${page.kind}`,
      submit: 'centre.rules.save',
      state: { errors, values },
      labels,
      fields: (
        <>
          <SelectField {...field('unit')} hint="centre.rules.unitHint" options={bookingUnits.map((unit) => ({ value: unit, label: t(`centre.rules.unit.${unit}`) }))} />
          <SelectField {...field('stepMinutes')} hint="centre.rules.stepHint" options={['15', '30', '60'].map((step) => ({ value: step, label: t('centre.rules.minutes', { count: step }) }))} />
          <TextField {...field('minMinutes')} hint="centre.rules.lengthHint" inputmode="numeric" />
          <TextField {...field('maxMinutes')} hint="centre.rules.lengthHint" inputmode="numeric" />
          <TextField {...field('maxDaysAhead')} hint="centre.rules.maxDaysAheadHint" inputmode="numeric" />
          <TextField {...field('maxActivePerPerson')} hint="centre.rules.maxActivePerPersonHint" inputmode="numeric" />
          <TextField {...field('bufferMinutes')} hint={exclusive ? 'centre.rules.bufferHint' : 'centre.rules.bufferSharedHint'} inputmode="numeric" />
        </>
      ),
      after: (
        <p>
          <a href={`/centre/sites/${page.site.id}`}>{t('centre.back')}</a>
        </p>
      ),
    },
    status,
  );
}
