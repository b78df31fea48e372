import type { AppContext } from '../../app-env';
import { ChoiceGroup, CsrfField, ErrorSummary, SelectField, SubmitButton, TextField, type FieldErrors } from '../../ui/form';
import { renderFormPage, type FormPageStatus } from '../../ui/form-page';
import type { Translate } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import { skillCodes, workLocations, type SkillCode, type WorkLocation } from '../workers/vocabulary';
import { addDays, clockTime, holidayOn, weekdays, weekdayOf, type BusinessDate, type Weekday } from './calendar';
import { hoursText, slotMinutes, type AvailabilityDay, type DateOverride } from './expand';
import { formatBusinessDate, weekdayName } from './format';
import type { OfferedHours } from './offered-hours';
import { AvailabilitySummary } from './summary';

/** The grid shows 6:00–22:00 to keep the page light; slots outside it are kept as hidden fields. */
export const gridFirstMinute = 6 * 60;
export const gridEndMinute = 22 * 60;
const gridStarts = Array.from({ length: (gridEndMinute - gridFirstMinute) / slotMinutes }, (_, index) => gridFirstMinute + index * slotMinutes);

const locationOptions = (t: Translate) => workLocations.map((location) => ({ value: location, label: t(`location.${location}`) }));

export type WeeklyPageState = {
  /** Ticked slots as "weekday-minute" codes. */
  checked: ReadonlySet<string>;
  locations: Record<Weekday, string>;
  hoursPerWeek: string;
  worksOnHolidays: boolean;
  hasProfile: boolean;
  /** Saved pattern's minutes per week and the saved target, shown together. */
  patternMinutes: number;
  target: number | null;
  upcoming: AvailabilityDay[];
  errors?: FieldErrors;
  saved?: boolean;
};

export function renderWeeklyPattern(c: AppContext, state: WeeklyPageState, status: FormPageStatus = 200) {
  const { t, locale } = c.var;
  const errors = state.errors ?? {};
  const hours = hoursText(state.patternMinutes);
  const outsideGrid = [...state.checked].filter((code) => {
    const minute = Number(code.split('-')[1]);
    return minute < gridFirstMinute || minute >= gridEndMinute;
  });
  const labels = Object.fromEntries(weekdays.map((weekday) => [`location${weekday}`, `availability.locationFor.${weekday}` as const]));
  return renderFormPage(
    c,
    {
      title: t('availability.title'),
      lead: 'availability.lead',
      notice: state.saved ? t('availability.saved') : undefined,
      action: '/availability',
      submit: 'availability.save',
      scripts: ['/static/availability.js'],
      state: { errors },
      labels: { slot: 'availability.gridLegend', hoursPerWeek: 'availability.hoursPerWeek', worksOnHolidays: 'availability.holidaysLegend', ...labels },
      fields: (
        <>
          <fieldset class="field choice-group" id="field-slot" tabindex={-1} aria-describedby={errors.slot ? 'field-slot-hint field-slot-error' : 'field-slot-hint'}>
            <legend>{t('availability.gridLegend')}</legend>
            <p class="field__hint" id="field-slot-hint">
              {t('availability.gridHint')}
            </p>
            {errors.slot ? (
              <p class="field__error" id="field-slot-error">
                {t(errors.slot)}
              </p>
            ) : null}
            {outsideGrid.map((code) => (
              <input type="hidden" name="slot" value={code} />
            ))}
            <div class="slot-grid-scroll" role="region" aria-label={t('availability.gridRegion')} tabindex={0}>
              <table class="slot-grid" data-slot-grid="">
                <caption class="visually-hidden">{t('availability.gridCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('availability.timeColumn')}</th>
                    {weekdays.map((weekday) => (
                      <th scope="col">{t(`availability.weekdayShort.${weekday}`)}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {gridStarts.map((minute) => (
                    <tr>
                      <th scope="row">{clockTime(minute)}</th>
                      {weekdays.map((weekday) => {
                        const code = `${weekday}-${minute}`;
                        return (
                          <td>
                            <label class="slot">
                              <input type="checkbox" name="slot" value={code} checked={state.checked.has(code)} />
                              <span class="visually-hidden">
                                {t('availability.slotLabel', { weekday: weekdayName(t, weekday), start: clockTime(minute), end: clockTime(minute + slotMinutes) })}
                              </span>
                            </label>
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </fieldset>
          <fieldset class="field choice-group">
            <legend>{t('availability.locationsLegend')}</legend>
            <p class="field__hint">{t('availability.locationsHint')}</p>
            <div class="weekday-locations">
              {weekdays.map((weekday) => (
                <SelectField
                  t={t}
                  name={`location${weekday}`}
                  label={`availability.locationFor.${weekday}`}
                  value={state.locations[weekday]}
                  error={errors[`location${weekday}`]}
                  options={locationOptions(t)}
                />
              ))}
            </div>
          </fieldset>
          {state.hasProfile ? (
            <fieldset class="field choice-group">
              <legend>{t('availability.preferencesLegend')}</legend>
              <input type="hidden" name="preferences" value="1" />
              <TextField t={t} name="hoursPerWeek" label="availability.hoursPerWeek" hint="availability.hoursPerWeekHint" value={state.hoursPerWeek} error={errors.hoursPerWeek} inputmode="numeric" autocomplete="off" />
              <ChoiceGroup
                t={t}
                name="worksOnHolidays"
                legend="availability.holidaysLegend"
                hint="availability.holidaysHint"
                options={[{ value: 'yes', label: t('availability.worksOnHolidays') }]}
                checked={state.worksOnHolidays ? ['yes'] : []}
                error={errors.worksOnHolidays}
              />
            </fieldset>
          ) : (
            <p class="notice notice--info">{t('availability.noProfile')}</p>
          )}
          <p class="weekly-total" id="weekly-total">
            {state.target === null ? t('availability.weeklyTotal', { hours }) : t('availability.weeklyTotalWithTarget', { hours, target: state.target })}
          </p>
        </>
      ),
      after: (
        <>
          <p>
            <a href="/availability/dates">{t('availability.datesLink')}</a>
          </p>
          <section aria-labelledby="upcoming-title">
            <h2 id="upcoming-title">{t('availability.upcomingTitle')}</h2>
            <p>{t('availability.upcomingLead')}</p>
            <AvailabilitySummary t={t} locale={locale} days={state.upcoming} />
          </section>
        </>
      ),
    },
    status,
  );
}

export type DatesPageState = {
  overrides: DateOverride[];
  upcoming: AvailabilityDay[];
  values?: Record<string, string>;
  errors?: FieldErrors;
  notice?: string | undefined;
};

/** Clock times a span of hours can start at or end at. */
const startOptions = Array.from({ length: 48 }, (_, index) => index * slotMinutes);
const endOptions = startOptions.map((minute) => minute + slotMinutes);

export function renderDateOverrides(c: AppContext, state: DatesPageState, status: FormPageStatus = 200) {
  const { t, locale } = c.var;
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  const timeOptions = (minutes: number[]) => minutes.map((minute) => ({ value: String(minute), label: clockTime(minute) }));
  return renderFormPage(
    c,
    {
      title: t('availability.dates.title'),
      lead: 'availability.dates.lead',
      notice: state.notice,
      action: '/availability/dates',
      submit: 'availability.dates.submit',
      state: { errors },
      labels: {
        date: 'availability.dates.date',
        kind: 'availability.dates.kind',
        start: 'availability.dates.start',
        end: 'availability.dates.end',
        location: 'availability.dates.location',
      },
      fields: (
        <>
          <TextField t={t} name="date" label="availability.dates.date" hint="availability.dates.dateHint" value={values.date} error={errors.date} required autocomplete="off" />
          <ChoiceGroup
            t={t}
            type="radio"
            name="kind"
            legend="availability.dates.kind"
            required
            options={[
              { value: 'off', label: t('availability.dates.kind.off') },
              { value: 'hours', label: t('availability.dates.kind.hours') },
            ]}
            checked={values.kind ? [values.kind] : []}
            error={errors.kind}
          />
          <fieldset class="field choice-group">
            <legend>{t('availability.dates.kind.hours')}</legend>
            <p class="field__hint">{t('availability.dates.hoursHint')}</p>
            <div class="time-span">
              <SelectField t={t} name="start" label="availability.dates.start" value={values.start ?? '540'} error={errors.start} options={timeOptions(startOptions)} />
              <SelectField t={t} name="end" label="availability.dates.end" value={values.end ?? '720'} error={errors.end} options={timeOptions(endOptions)} />
              <SelectField t={t} name="location" label="availability.dates.location" value={values.location ?? 'home'} error={errors.location} options={locationOptions(t)} />
            </div>
          </fieldset>
        </>
      ),
      after: (
        <>
          <section aria-labelledby="overrides-title">
            <h2 id="overrides-title">{t('availability.dates.listTitle')}</h2>
            {state.overrides.length === 0 ? (
              <p>{t('availability.dates.none')}</p>
            ) : (
              <OverrideTable c={c} overrides={state.overrides} />
            )}
          </section>
          <section aria-labelledby="upcoming-title">
            <h2 id="upcoming-title">{t('availability.upcomingTitle')}</h2>
            <AvailabilitySummary t={t} locale={locale} days={state.upcoming} />
          </section>
          <p>
            <a href="/availability">{t('availability.backToWeekly')}</a>
          </p>
        </>
      ),
    },
    status,
  );
}

function OverrideTable(props: { c: AppContext; overrides: DateOverride[] }) {
  const { t, locale } = props.c.var;
  const days: AvailabilityDay[] = props.overrides.map((override) => ({
    date: override.date,
    weekday: weekdayOf(override.date),
    kind: 'override',
    holiday: holidayOn(override.date),
    slots: override.slots.map((slot) => ({ date: override.date, ...slot })),
  }));
  return (
    <>
      <AvailabilitySummary t={t} locale={locale} days={days} caption={t('availability.dates.listCaption')} />
      <ul class="plain-list override-actions">
        {props.overrides.map((override) => {
          const date = formatBusinessDate(override.date, locale, { year: true });
          return (
            <li>
              <form method="post" action="/availability/dates">
                <CsrfField c={props.c} />
                <input type="hidden" name="intent" value="remove" />
                <input type="hidden" name="date" value={override.date} />
                <button type="submit" class="button button--secondary">
                  {t('availability.dates.removeFor', { date })}
                </button>
              </form>
            </li>
          );
        })}
      </ul>
    </>
  );
}

export type TeamHoursState = {
  weekStart: BusinessDate;
  values: { week: string; skill: string; location: string };
  skill?: SkillCode | undefined;
  location?: WorkLocation | undefined;
  hours?: OfferedHours | undefined;
  errors?: FieldErrors;
};

export function renderTeamHours(c: AppContext, state: TeamHoursState, status: 200 | 400 = 200) {
  const { t, locale } = c.var;
  const errors = state.errors ?? {};
  const weekEnd = addDays(state.weekStart, 6);
  const link = (weekStart: BusinessDate) => {
    const query = new URLSearchParams({ week: weekStart });
    if (state.skill) query.set('skill', state.skill);
    if (state.location) query.set('location', state.location);
    return `/team-hours?${query}`;
  };
  const week = state.hours?.weeks[0];
  return renderPage(
    c,
    {
      title: t('teamHours.title'),
      children: (
        <>
          <p>{t('teamHours.lead')}</p>
          <ErrorSummary t={t} errors={errors} labels={{ week: 'teamHours.week', skill: 'teamHours.skill', location: 'teamHours.location' }} />
          <form method="get" action="/team-hours" novalidate class="filter-form">
            <fieldset class="field choice-group">
              <legend>{t('teamHours.filterLegend')}</legend>
              <TextField t={t} name="week" label="teamHours.week" hint="teamHours.weekHint" value={state.values.week} error={errors.week} autocomplete="off" />
              <SelectField
                t={t}
                name="skill"
                label="teamHours.skill"
                value={state.values.skill}
                error={errors.skill}
                options={[{ value: '', label: t('teamHours.anySkill') }, ...skillCodes.map((code) => ({ value: code, label: t(`skill.${code}`) }))]}
              />
              <SelectField
                t={t}
                name="location"
                label="teamHours.location"
                value={state.values.location}
                error={errors.location}
                options={[{ value: '', label: t('teamHours.anyLocation') }, ...locationOptions(t)]}
              />
              <SubmitButton>{t('teamHours.show')}</SubmitButton>
            </fieldset>
          </form>
          {state.hours && week ? (
            <>
              <nav aria-label={t('teamHours.weekNav')}>
                <ul class="plain-list week-nav">
                  <li>
                    <a href={link(addDays(state.weekStart, -7))}>{t('teamHours.previous')}</a>
                  </li>
                  <li>
                    <a href={link(addDays(state.weekStart, 7))}>{t('teamHours.next')}</a>
                  </li>
                </ul>
              </nav>
              <table class="data-table team-hours">
                <caption>
                  {t('teamHours.caption', {
                    from: formatBusinessDate(state.weekStart, locale, { year: true }),
                    to: formatBusinessDate(weekEnd, locale),
                    skill: state.skill ? t(`skill.${state.skill}`) : t('teamHours.anySkill'),
                    location: state.location ? t(`location.${state.location}`) : t('teamHours.anyLocation'),
                  })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('teamHours.date')}</th>
                    <th scope="col">{t('teamHours.hours')}</th>
                    <th scope="col">{t('teamHours.workers')}</th>
                  </tr>
                </thead>
                <tbody>
                  {state.hours.days.map((day) => {
                    const holiday = holidayOn(day.date);
                    return (
                      <tr>
                        <th scope="row">
                          {formatBusinessDate(day.date, locale)}
                          {holiday ? <span class="holiday-mark">{t('teamHours.holiday', { name: locale === 'ja' ? holiday.name : holiday.nameEn })}</span> : null}
                        </th>
                        <td>{t('availability.hoursValue', { hours: hoursText(day.minutes) })}</td>
                        <td>{t('teamHours.workersValue', { count: day.workers })}</td>
                      </tr>
                    );
                  })}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t('teamHours.weekTotal')}</th>
                    <td>{t('availability.hoursValue', { hours: hoursText(week.minutes) })}</td>
                    <td>{t('teamHours.workersValue', { count: week.workers })}</td>
                  </tr>
                </tfoot>
              </table>
            </>
          ) : null}
        </>
      ),
    },
    status,
  );
}
