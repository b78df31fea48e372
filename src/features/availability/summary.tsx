import type { Locale, Translate } from '../../ui/i18n';
import { clockTime } from './calendar';
import { hoursText, slotRanges, totalMinutes, type AvailabilityDay } from './expand';
import { formatBusinessDate } from './format';

/**
 * A read-only table of the days a worker will actually be available — for the worker's own
 * pages, and for anyone else allowed to see them (e.g. a linked supporter).
 *
 * Props:
 * - `t`, `locale`: the page's translator and language (`c.var.t`, `c.var.locale`).
 * - `days`: the days to show, in order, as `loadAvailability(db, userId, from, to)` returns them
 *   (or `expandAvailabilityByDay` for data in hand). Each row shows the date, the time ranges
 *   with their place, the day's total, and a note: a national holiday, a single-date change, or
 *   a day off.
 * - `caption` (optional): the table's caption; by default it names the first and last date.
 *   Put the table under your own heading.
 *
 * Renders nothing when `days` is empty.
 */
export function AvailabilitySummary(props: { t: Translate; locale: Locale; days: readonly AvailabilityDay[]; caption?: string | undefined }) {
  const { t, locale, days } = props;
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last) return null;
  return (
    <table class="data-table availability-summary">
        <caption>{props.caption ?? t('availability.summary.caption', { from: formatBusinessDate(first.date, locale), to: formatBusinessDate(last.date, locale) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('availability.summary.date')}</th>
            <th scope="col">{t('availability.summary.times')}</th>
            <th scope="col">{t('availability.summary.total')}</th>
            <th scope="col">{t('availability.summary.note')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr class={day.slots.length === 0 ? 'availability-summary__off' : undefined}>
              <th scope="row">{formatBusinessDate(day.date, locale)}</th>
              <td>
                {day.slots.length === 0 ? (
                  t('availability.summary.off')
                ) : (
                  <ul class="plain-list">
                    {slotRanges(day.slots).map((range) => (
                      <li>
                        {t('availability.summary.range', { start: clockTime(range.start), end: clockTime(range.end), location: t(`location.${range.location}`) })}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>{t('availability.hoursValue', { hours: hoursText(totalMinutes(day.slots)) })}</td>
              <td>{dayNote(t, locale, day)}</td>
            </tr>
          ))}
        </tbody>
    </table>
  );
}

function dayNote(t: Translate, locale: Locale, day: AvailabilityDay): string {
  const notes: string[] = [];
  if (day.holiday) notes.push(t('availability.summary.holiday', { name: locale === 'ja' ? day.holiday.name : day.holiday.nameEn }));
  if (day.kind === 'override') notes.push(t('availability.summary.override'));
  return notes.join(' / ');
}
