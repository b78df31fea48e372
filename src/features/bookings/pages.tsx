import type { AppContext } from '../../app-env';
import { CsrfField, SelectField, SubmitButton, TextField } from '../../ui/form';
import { renderFormPage, type FormState } from '../../ui/form-page';
import type { Locale, Translate } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import { addDays, clockTime, type BusinessDate } from '../availability/calendar';
import { formatBusinessDate } from '../availability/format';
import type { Site } from '../centre/list-sites';
import type { SiteClosedReason } from '../centre/site-closed-reason';
import { japanDateMinute } from './booking-time';
import type { BookingRequest } from './check-booking-rules';
import type { FreeAlternatives } from './find-free-alternatives';
import type { BookingView } from './load-booking';
import type { DayGrid, GridCell, GridSpace, WeekGrid } from './load-grids';
import type { SpaceRules } from './load-space-rules';
import type { MyBooking } from './list-my-bookings';
import type { BookingRefusal } from './place-booking';
import type { WeeklyResult } from './book-weekly';

/** Why a site is closed, in words. */
export function closedText(t: Translate, locale: Locale, closed: SiteClosedReason): string {
  if (closed.kind === 'yearly') return t('bookings.closed.yearly');
  if (closed.kind === 'holiday') return t('bookings.closed.holiday', { name: locale === 'ja' ? closed.name : closed.nameEn });
  return t('bookings.closed.closure', { reason: closed.name });
}

/** A refusal in words, with the numbers of the rule it broke. */
export function refusalText(t: Translate, locale: Locale, refusal: BookingRefusal | { ok: false; reason: 'notChangeable' }, rules: SpaceRules | undefined): string {
  switch (refusal.reason) {
    case 'closed':
      return `${t('bookings.refused.closed')} ${closedText(t, locale, refusal.closed)}`;
    case 'outsideHours':
      return t('bookings.refused.outsideHours', { opens: clockTime(rules?.site.opensMinute ?? 0), closes: clockTime(rules?.site.closesMinute ?? 0) });
    case 'offGrid':
      return t('bookings.refused.offGrid', { step: rules?.rule.stepMinutes ?? 0 });
    case 'tooShort':
    case 'tooLong':
      return t(`bookings.refused.${refusal.reason}`, { minutes: refusal.minutes });
    case 'tooFarAhead':
      return t('bookings.refused.tooFarAhead', { days: refusal.days });
    case 'overCapacity':
      return t('bookings.refused.overCapacity', { capacity: rules?.space.capacity ?? 1 });
    case 'limitReached':
      return t('bookings.refused.limitReached', { limit: refusal.limit });
    case 'quotaExceeded':
      return t('bookings.refused.quotaExceeded', { remaining: refusal.remainingMinutes, quota: refusal.quotaMinutes });
    default:
      return t(`bookings.refused.${refusal.reason}`);
  }
}

export function whenText(t: Translate, locale: Locale, startsAt: Date, endsAt: Date): string {
  const start = japanDateMinute(startsAt);
  const end = japanDateMinute(endsAt);
  return t('bookings.when', { date: formatBusinessDate(start.date, locale, { year: true }), start: clockTime(start.minute), end: clockTime(end.minute) });
}

const bookHref = (spaceId: string, date: BusinessDate, start: number, end?: number) =>
  `/centre/spaces/${spaceId}/book?date=${date}&start=${start}${end === undefined ? '' : `&end=${end}`}`;

function Cell(props: { t: Translate; locale: Locale; cell: GridCell; space: GridSpace; date: BusinessDate; minute: number }) {
  const { t, cell, space, date, minute } = props;
  if (cell.myBookingId) {
    return (
      <td class="booking-cell booking-cell--mine">
        <a href={`/centre/bookings/${cell.myBookingId}`}>{t('bookings.grid.mine')}</a>
      </td>
    );
  }
  if (cell.state === 'free') {
    return (
      <td class="booking-cell booking-cell--free">
        <a href={bookHref(space.id, date, minute)}>
          <span aria-hidden="true">{cell.seatsLeft === null ? t('bookings.grid.free') : t('bookings.grid.freeSeats', { seats: cell.seatsLeft })}</span>
          <span class="visually-hidden">
            {t('bookings.grid.freeLabel', { space: space.name, date: formatBusinessDate(date, props.locale), time: clockTime(minute) })}
            {cell.seatsLeft === null ? '' : ` (${t('bookings.grid.freeSeats', { seats: cell.seatsLeft })})`}
          </span>
        </a>
      </td>
    );
  }
  const label = { closed: 'bookings.grid.closed', past: 'bookings.grid.past', full: 'bookings.grid.full', let: 'bookings.grid.let' } as const;
  return <td class={`booking-cell booking-cell--${cell.state}`}>{t(label[cell.state])}</td>;
}

export function renderCentrePage(c: AppContext, page: { sites: Site[]; grid: DayGrid | undefined; today: BusinessDate }) {
  const { t, locale } = c.var;
  const { grid } = page;
  return renderPage(c, {
    title: t('bookings.centre.title'),
    children: (
      <>
        <p>{t('bookings.centre.lead')}</p>
        <p>
          <a href="/me/bookings">{t('bookings.centre.myBookings')}</a>
        </p>
        {page.sites.length === 0 ? <p>{t('bookings.centre.noSites')}</p> : null}
        {page.sites.length > 1 ? (
          <nav aria-label={t('bookings.centre.sites')}>
            <ul class="tabs">
              {page.sites.map((site) => (
                <li>
                  <a href={`/centre?site=${site.id}`} aria-current={grid?.site.id === site.id ? 'page' : undefined}>
                    {site.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {grid ? (
          <section aria-labelledby="day-heading">
            <h2 id="day-heading">{t('bookings.day.heading', { site: grid.site.name, date: formatBusinessDate(grid.date, locale, { year: true }) })}</h2>
            <form method="get" action="/centre" class="week-nav">
              <input type="hidden" name="site" value={grid.site.id} />
              <TextField t={t} name="date" type="date" label="bookings.day.pick" value={grid.date} />
              <SubmitButton secondary>{t('bookings.day.show')}</SubmitButton>
            </form>
            <p class="week-nav">
              <a href={`/centre?site=${grid.site.id}&date=${addDays(grid.date, -1)}`}>{t('bookings.day.previous')}</a>
              <a href={`/centre?site=${grid.site.id}&date=${page.today}`}>{t('bookings.day.today')}</a>
              <a href={`/centre?site=${grid.site.id}&date=${addDays(grid.date, 1)}`}>{t('bookings.day.next')}</a>
            </p>
            {grid.closed ? <p class="notice">{closedText(t, locale, grid.closed)}</p> : <p>{t('bookings.grid.legend')}</p>}
            <div class="slot-grid-scroll" role="region" aria-label={t('bookings.day.region', { date: formatBusinessDate(grid.date, locale) })} tabindex={0}>
              <table class="booking-grid">
                <caption>{t('bookings.day.caption', { site: grid.site.name, date: formatBusinessDate(grid.date, locale) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('bookings.grid.space')}</th>
                    {grid.starts.map((minute) => (
                      <th scope="col">{clockTime(minute)}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {grid.rows.map((row) => (
                    <tr>
                      <th scope="row">
                        <a href={`/centre/spaces/${row.space.id}?week=${grid.date}`}>{row.space.name}</a>
                        <span class="kana">{t(`centre.kind.${row.space.kind}`)}</span>
                      </th>
                      {row.cells.map((cell, index) => (
                        <Cell t={t} locale={locale} cell={cell} space={row.space} date={grid.date} minute={grid.starts[index]!} />
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ) : null}
      </>
    ),
  });
}

export function renderWeekPage(c: AppContext, grid: WeekGrid) {
  const { t, locale } = c.var;
  const weekStart = grid.days[0]!.date;
  return renderPage(c, {
    title: t('bookings.week.title', { space: grid.space.name }),
    children: (
      <>
        <p class="week-nav">
          <a href={`/centre/spaces/${grid.space.id}?week=${addDays(weekStart, -7)}`}>{t('bookings.week.previous')}</a>
          <a href={`/centre/spaces/${grid.space.id}?week=${addDays(weekStart, 7)}`}>{t('bookings.week.next')}</a>
          <a href={`/centre?site=${grid.site.id}&date=${weekStart}`}>{t('bookings.week.dayGrid')}</a>
        </p>
        <p>{t('bookings.grid.legend')}</p>
        <div class="slot-grid-scroll" role="region" aria-label={t('bookings.week.region')} tabindex={0}>
          <table class="booking-grid">
            <caption>{t('bookings.week.caption', { space: grid.space.name, from: formatBusinessDate(weekStart, locale, { year: true }) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('bookings.grid.time')}</th>
                {grid.days.map((day) => (
                  <th scope="col">
                    {formatBusinessDate(day.date, locale)}
                    {day.closed ? <span class="holiday-mark">{closedText(t, locale, day.closed)}</span> : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {grid.starts.map((minute, index) => (
                <tr>
                  <th scope="row">{clockTime(minute)}</th>
                  {grid.days.map((day) => (
                    <Cell t={t} locale={locale} cell={day.cells[index]!} space={grid.space} date={day.date} minute={minute} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </>
    ),
  });
}

function Alternatives(props: { t: Translate; rules: SpaceRules; request: BookingRequest; alternatives: FreeAlternatives; length: number; start: number }) {
  const { t, rules, request, alternatives, length, start } = props;
  const none = alternatives.spaces.length === 0 && alternatives.starts.length === 0;
  return (
    <section aria-labelledby="alternatives-heading">
      <h2 id="alternatives-heading">{t('bookings.alternatives.heading')}</h2>
      {none ? <p>{t('bookings.alternatives.none')}</p> : null}
      {alternatives.spaces.length > 0 ? (
        <>
          <h3>{t('bookings.alternatives.spaces')}</h3>
          <ul>
            {alternatives.spaces.map((space) => (
              <li>
                <a href={bookHref(space.id, request.date, start, start + length)}>{space.name}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {alternatives.starts.length > 0 ? (
        <>
          <h3>{t('bookings.alternatives.starts', { space: rules.space.name })}</h3>
          <ul>
            {alternatives.starts.map((minute) => (
              <li>
                <a href={bookHref(rules.space.id, request.date, minute, minute + length)}>{t('bookings.alternatives.slot', { start: clockTime(minute), end: clockTime(minute + length) })}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

export type BookingFormState = FormState & { refusal?: { refusal: BookingRefusal; request: BookingRequest } };

/** The form to book a space (or, with `changing`, to move a booking): date, times on the step grid, seats, note, weekly repeat. */
export function renderBookingForm(
  c: AppContext,
  rules: SpaceRules,
  state: BookingFormState,
  options: { action: string; changing?: boolean; bookers?: { id: string; displayName: string; loginId: string }[] },
  status: 200 | 400 | 409 = 200,
) {
  const { t, locale } = c.var;
  const { rule, site, space } = rules;
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  const step = rule.stepMinutes;
  const startOptions: { value: string; label: string }[] = [];
  for (let minute = site.opensMinute; minute < site.closesMinute; minute += step) startOptions.push({ value: String(minute), label: clockTime(minute) });
  const endOptions = startOptions.map((option) => ({ value: String(Number(option.value) + step), label: clockTime(Number(option.value) + step) }));
  const refused = state.refusal;
  const refusedTimes = refused && 'alternatives' in refused.refusal ? refused : undefined;
  return renderFormPage(
    c,
    {
      title: options.changing ? t('bookings.form.changeTitle') : t('bookings.form.title', { space: space.name }),
      action: options.action,
      submit: options.changing ? 'bookings.form.change' : 'bookings.form.submit',
      state: { ...state, problem: refused ? refusalText(t, locale, refused.refusal, rules) : state.problem },
      labels: { userId: 'bookings.form.person', date: 'bookings.form.date', childAges: 'bookings.form.childAges', start: 'bookings.form.start', end: 'bookings.form.end', seats: 'bookings.form.seats', note: 'bookings.form.note', until: 'bookings.form.until' },
      fields: (
        <>
          <p>
            {t('bookings.form.spaceAt', { space: space.name, site: site.name })}{' '}
            {rule.unit === 'day'
              ? t('bookings.form.wholeDay', { opens: clockTime(site.opensMinute), closes: clockTime(site.closesMinute) })
              : t('bookings.form.rules', { step, min: rule.minMinutes, max: rule.maxMinutes, days: rule.maxDaysAhead })}
          </p>
          {options.bookers ? (
            <SelectField
              t={t}
              name="userId"
              label="bookings.form.person"
              hint="bookings.form.personHint"
              options={[{ value: '', label: t('bookings.form.self') }, ...options.bookers.map((person) => ({ value: person.id, label: `${person.displayName} (${person.loginId})` }))]}
              value={values.userId}
              error={errors.userId}
            />
          ) : null}
          <TextField t={t} name="date" type="date" label="bookings.form.date" hint="bookings.form.dateHint" value={values.date} error={errors.date} required />
          {rule.unit === 'hour' ? (
            <div class="time-span">
              <SelectField t={t} name="start" label="bookings.form.start" options={startOptions} value={values.start} error={errors.start} required />
              <SelectField t={t} name="end" label="bookings.form.end" options={endOptions} value={values.end} error={errors.end} required />
            </div>
          ) : null}
          {rules.exclusive ? null : (
            <TextField
              t={t}
              name="seats"
              label={space.kind === 'kids' ? 'bookings.form.children' : 'bookings.form.seats'}
              hint={space.kind === 'kids' ? undefined : 'bookings.form.seatsHint'}
              inputmode="numeric"
              value={values.seats ?? '1'}
              error={errors.seats}
              required
            />
          )}
          {space.kind === 'kids' ? (
            <TextField t={t} name="childAges" label="bookings.form.childAges" hint="bookings.form.childAgesHint" value={values.childAges} error={errors.childAges} required />
          ) : null}
          <TextField t={t} name="note" label="bookings.form.note" value={values.note} error={errors.note} />
          {options.changing ? null : (
            <>
              <div class="choice">
                <input type="checkbox" id="field-repeat" name="repeat" value="yes" checked={values.repeat === 'yes'} />
                <label for="field-repeat">{t('bookings.form.repeat')}</label>
              </div>
              <TextField t={t} name="until" type="date" label="bookings.form.until" hint="bookings.form.untilHint" value={values.until} error={errors.until} />
            </>
          )}
        </>
      ),
      after: refusedTimes ? (
        <Alternatives
          t={t}
          rules={rules}
          request={refusedTimes.request}
          alternatives={(refusedTimes.refusal as { alternatives: FreeAlternatives }).alternatives}
          start={refusedTimes.request.startMinute ?? site.opensMinute}
          length={(refusedTimes.request.endMinute ?? site.closesMinute) - (refusedTimes.request.startMinute ?? site.opensMinute)}
        />
      ) : undefined,
    },
    status,
  );
}

export function renderWeeklyResult(c: AppContext, rules: SpaceRules, result: WeeklyResult) {
  const { t, locale } = c.var;
  return renderPage(c, {
    title: t('bookings.weekly.title'),
    children: (
      <>
        <h2>{t('bookings.weekly.booked', { count: result.booked.length })}</h2>
        <ul>
          {result.booked.map((item) => (
            <li>
              <a href={`/centre/bookings/${item.bookingId}`}>{formatBusinessDate(item.date, locale, { year: true })}</a>
            </li>
          ))}
        </ul>
        {result.refused.length > 0 ? (
          <>
            <h2>{t('bookings.weekly.refused', { count: result.refused.length })}</h2>
            <div class="slot-grid-scroll" role="region" aria-label={t('bookings.weekly.reasonCaption')} tabindex={0}>
              <table class="data-table">
                <caption>{t('bookings.weekly.reasonCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('bookings.weekly.date')}</th>
                    <th scope="col">{t('bookings.weekly.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.refused.map((item) => (
                    <tr>
                      <th scope="row">{formatBusinessDate(item.date, locale, { year: true })}</th>
                      <td>{refusalText(t, locale, item.refusal, rules)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : null}
        <p>
          <a href="/me/bookings">{t('bookings.centre.myBookings')}</a>
        </p>
      </>
    ),
  });
}

function BookingTable(props: { t: Translate; locale: Locale; caption: string; rows: MyBooking[] }) {
  const { t, locale } = props;
  if (props.rows.length === 0) return <p>{t('bookings.mine.none')}</p>;
  return (
    <div class="slot-grid-scroll" role="region" aria-label={props.caption} tabindex={0}>
      <table class="data-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('bookings.column.when')}</th>
            <th scope="col">{t('bookings.column.space')}</th>
            <th scope="col">{t('bookings.column.site')}</th>
            <th scope="col">{t('bookings.column.seats')}</th>
            <th scope="col">{t('bookings.column.status')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((booking) => (
            <tr>
              <th scope="row">
                <a href={`/centre/bookings/${booking.id}`}>{whenText(t, locale, booking.startsAt, booking.endsAt)}</a>
              </th>
              <td>{booking.spaceName}</td>
              <td>{booking.siteName}</td>
              <td>{booking.seats}</td>
              <td>{t(`bookings.status.${booking.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function renderMyBookings(c: AppContext, list: { upcoming: MyBooking[]; past: MyBooking[] }, notice?: string) {
  const { t, locale } = c.var;
  return renderPage(c, {
    title: t('bookings.mine.title'),
    notice,
    children: (
      <>
        <p>
          <a href="/centre">{t('bookings.mine.book')}</a>
        </p>
        <h2>{t('bookings.mine.upcoming')}</h2>
        <BookingTable t={t} locale={locale} caption={t('bookings.mine.upcoming')} rows={list.upcoming} />
        <h2>{t('bookings.mine.past')}</h2>
        <BookingTable t={t} locale={locale} caption={t('bookings.mine.past')} rows={list.past} />
      </>
    ),
  });
}

export function renderBookingPage(c: AppContext, booking: BookingView, page: { open: boolean; notice?: string | undefined; confirmCancel?: boolean }) {
  const { t, locale } = c.var;
  return renderPage(c, {
    title: page.confirmCancel ? t('bookings.cancel.title') : t('bookings.booking.title'),
    notice: page.notice,
    children: (
      <>
        <dl class="details">
          <dt>{t('bookings.column.when')}</dt>
          <dd>{whenText(t, locale, booking.startsAt, booking.endsAt)}</dd>
          <dt>{t('bookings.column.space')}</dt>
          <dd>{booking.spaceName}</dd>
          <dt>{t('bookings.column.site')}</dt>
          <dd>{booking.siteName}</dd>
          <dt>{t('bookings.booking.person')}</dt>
          <dd>{booking.personName}</dd>
          <dt>{t('bookings.column.seats')}</dt>
          <dd>{booking.seats}</dd>
          <dt>{t('bookings.column.status')}</dt>
          <dd>{t(`bookings.status.${booking.status}`)}</dd>
          {booking.note ? (
            <>
              <dt>{t('bookings.booking.note')}</dt>
              <dd>{booking.note}</dd>
            </>
          ) : null}
        </dl>
        {page.confirmCancel ? (
          <form method="post" action={`/centre/bookings/${booking.id}/cancel`} class="button-row">
            <CsrfField c={c} />
            <SubmitButton>{t('bookings.cancel.confirm')}</SubmitButton>
            <a href={`/centre/bookings/${booking.id}`}>{t('bookings.cancel.keep')}</a>
          </form>
        ) : page.open ? (
          <p class="button-row">
            <a class="button" href={`/centre/bookings/${booking.id}/check-in-pass`}>
              {t('bookings.booking.pass')}
            </a>
            <a class="button button--secondary" href={`/centre/bookings/${booking.id}/change`}>
              {t('bookings.booking.change')}
            </a>
            <a class="button button--secondary" href={`/centre/bookings/${booking.id}/cancel`}>
              {t('bookings.booking.cancel')}
            </a>
          </p>
        ) : null}
        <p>
          <a href="/me/bookings">{t('bookings.centre.myBookings')}</a>
        </p>
      </>
    ),
  });
}
