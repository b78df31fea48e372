import type { AppContext } from '../../app-env';
import { ChoiceGroup, TextField, type FieldErrors } from '../../ui/form';
import { renderFormPage, type FormPageStatus } from '../../ui/form-page';
import type { MessageKey } from '../../ui/i18n';
import type { Site } from './list-sites';

const labels: Record<string, MessageKey> = {
  name: 'centre.site.name',
  address: 'centre.site.address',
  building: 'centre.site.building',
  opensAt: 'centre.site.opensAt',
  closesAt: 'centre.site.closesAt',
  yearlyClosedFrom: 'centre.site.yearlyClosedFrom',
  yearlyClosedTo: 'centre.site.yearlyClosedTo',
  closedOnHolidays: 'centre.site.closedOnHolidays',
};

/** A site as the form's values ('09:00:00' from the database shown as 09:00). */
export function siteValues(site: Site): Record<string, string> {
  return {
    name: site.name,
    address: site.address,
    building: site.building ?? '',
    opensAt: site.opensAt.slice(0, 5),
    closesAt: site.closesAt.slice(0, 5),
    yearlyClosedFrom: site.yearlyClosedFrom ?? '',
    yearlyClosedTo: site.yearlyClosedTo ?? '',
    closedOnHolidays: site.closedOnHolidays ? 'yes' : '',
  };
}

/** What a new site's form starts with: the usual hours and year-end closure. */
export const newSiteValues: Record<string, string> = { opensAt: '09:00', closesAt: '17:00', yearlyClosedFrom: '12-29', yearlyClosedTo: '01-03', closedOnHolidays: 'yes' };

/** `/centre/sites/new` and `/centre/sites/:id/edit`: a site's name, address, hours and regular closed days. */
export function renderSiteFormPage(
  c: AppContext,
  page: { siteId?: string; values: Record<string, string>; errors?: FieldErrors },
  status: FormPageStatus = 200,
) {
  const { t } = c.var;
  const { values, errors = {} } = page;
  const field = (name: string) => ({ t, name, label: labels[name]!, value: values[name], error: errors[name] });
  return renderFormPage(
    c,
    {
      title: page.siteId ? t('centre.site.editTitle', { name: values.name ?? '' }) : t('centre.site.newTitle'),
      action: page.siteId ? `/centre/sites/${page.siteId}/edit` : '/centre/sites/new',
      submit: page.siteId ? 'centre.site.save' : 'centre.site.add',
      state: { errors, values },
      labels,
      fields: (
        <>
          <TextField {...field('name')} hint="centre.site.nameHint" required />
          <TextField {...field('address')} hint="centre.site.addressHint" required autocomplete="street-address" />
          <TextField {...field('building')} hint="centre.site.buildingHint" />
          <TextField {...field('opensAt')} hint="centre.site.timeHint" required inputmode="numeric" />
          <TextField {...field('closesAt')} hint="centre.site.timeHint" required inputmode="numeric" />
          <TextField {...field('yearlyClosedFrom')} hint="centre.site.monthDayHint" inputmode="numeric" />
          <TextField {...field('yearlyClosedTo')} hint="centre.site.monthDayHint" inputmode="numeric" />
          <ChoiceGroup
            t={t}
            name="closedOnHolidays"
            legend="centre.site.closedOnHolidays"
            hint="centre.site.closedOnHolidaysHint"
            options={[{ value: 'yes', label: t('centre.site.closedOnHolidaysOption') }]}
            checked={values.closedOnHolidays === 'yes' ? ['yes'] : []}
            error={errors.closedOnHolidays}
          />
        </>
      ),
      after: (
        <p>
          <a href={page.siteId ? `/centre/sites/${page.siteId}` : '/centre/sites'}>{t('centre.back')}</a>
        </p>
      ),
    },
    status,
  );
}
