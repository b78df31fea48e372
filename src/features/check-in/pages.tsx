import type { AppContext } from '../../app-env';
import { CsrfField, ErrorSummary, SelectField, SubmitButton, TextField } from '../../ui/form';
import type { FormState } from '../../ui/form-page';
import type { Locale } from '../../ui/i18n';
import { formatDateTime } from '../../ui/format';
import { renderPage } from '../../ui/layout';
import { checkInOpensAt } from './check-in-window';
import type { BookingPass } from './find-booking-pass';
import type { DayBooking } from './list-day-bookings';
import type { SiteChoice } from './choose-site';

/** A time of day in Japan: 9:30 / 09:30. */
export function formatClock(moment: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', { timeZone: 'Asia/Tokyo', timeStyle: 'short' }).format(moment);
}

/** Where a booking stands for check-in, in words. */
export function checkInState(c: AppContext, booking: Pick<BookingPass, 'status' | 'startsAt' | 'endsAt' | 'checkedInAt' | 'checkedOutAt'>, now: Date): string {
  const { t, locale } = c.var;
  if (booking.status === 'cancelled') return t('checkIn.state.cancelled');
  if (booking.checkedOutAt) return t('checkIn.state.out', { at: formatDateTime(booking.checkedOutAt, locale) });
  if (booking.checkedInAt) return t('checkIn.state.in', { at: formatDateTime(booking.checkedInAt, locale) });
  if (booking.endsAt <= now) return t('checkIn.state.ended');
  return t('checkIn.state.waiting', { from: formatDateTime(checkInOpensAt(booking.startsAt), locale) });
}

/** The booking's facts, as a description list shared by the pass and self-service pages. */
export function BookingFacts(props: { c: AppContext; booking: BookingPass; now: Date }) {
  const { t, locale } = props.c.var;
  const { booking } = props;
  return (
    <dl class="details">
      <dt>{t('checkIn.pass.person')}</dt>
      <dd>{booking.userName}</dd>
      <dt>{t('checkIn.pass.site')}</dt>
      <dd>
        {booking.siteName}
        <br />
        {booking.siteAddress}
      </dd>
      <dt>{t('checkIn.pass.space')}</dt>
      <dd>{booking.spaceName}</dd>
      <dt>{t('checkIn.pass.from')}</dt>
      <dd>{formatDateTime(booking.startsAt, locale)}</dd>
      <dt>{t('checkIn.pass.to')}</dt>
      <dd>{formatDateTime(booking.endsAt, locale)}</dd>
      <dt>{t('checkIn.pass.state')}</dt>
      <dd>{checkInState(props.c, booking, props.now)}</dd>
    </dl>
  );
}

/** A GET form choosing the site a page shows; works without JavaScript. */
export function SiteChooser(props: { c: AppContext; action: string; sites: SiteChoice[]; current: SiteChoice; extra?: Record<string, string> }) {
  const { t } = props.c.var;
  if (props.sites.length < 2) return null;
  return (
    <form method="get" action={props.action} class="button-row">
      <label for="site-choice">{t('checkIn.site.label')}</label>
      <select id="site-choice" name="site">
        {props.sites.map((site) => (
          <option value={site.id} selected={site.id === props.current.id}>
            {site.name}
          </option>
        ))}
      </select>
      <button type="submit" class="button button--secondary">
        {t('checkIn.site.show')}
      </button>
    </form>
  );
}

export type ReceptionView = {
  sites: SiteChoice[];
  site: SiteChoice;
  today: string;
  bookings: DayBooking[];
  sharedSpaces: { id: string; name: string }[];
  notice?: string | undefined;
  scan?: FormState;
  walkIn?: FormState;
};

export function renderReceptionPage(c: AppContext, view: ReceptionView, status: 200 | 400 | 404 | 409 = 200) {
  const { t, locale } = c.var;
  const siteQuery = `?site=${view.site.id}`;
  const scan = view.scan ?? {};
  const walkIn = view.walkIn ?? {};
  return renderPage(
    c,
    {
      title: t('checkIn.reception.title'),
      notice: view.notice,
      children: (
        <>
          <p>{t('checkIn.reception.lead')}</p>
          <SiteChooser c={c} action="/centre/reception" sites={view.sites} current={view.site} />
          <nav aria-label={t('checkIn.reception.links')}>
            <ul class="link-list">
              <li>
                <a href={`/centre/present${siteQuery}`}>{t('checkIn.reception.present')}</a>
              </li>
              <li>
                <a href={`/centre/board${siteQuery}`}>{t('checkIn.reception.board')}</a>
              </li>
            </ul>
          </nav>
          <section aria-labelledby="scan-heading">
            <h2 id="scan-heading">{t('checkIn.scan.heading')}</h2>
            <ErrorSummary t={t} errors={scan.errors ?? {}} labels={{ code: 'checkIn.scan.code' }} />
            <form method="post" action={`/centre/reception/scan${siteQuery}`} novalidate>
              <CsrfField c={c} />
              <TextField t={t} name="code" label="checkIn.scan.code" hint="checkIn.scan.hint" value={scan.values?.code} error={scan.errors?.code} autocomplete="off" spellcheck={false} />
              <SubmitButton>{t('checkIn.scan.submit')}</SubmitButton>
            </form>
          </section>
          <section aria-labelledby="today-heading">
            <h2 id="today-heading">{t('checkIn.today.heading')}</h2>
            {view.bookings.length === 0 ? (
              <p>{t('checkIn.today.none')}</p>
            ) : (
              <table class="data-table">
                <caption>{t('checkIn.today.caption', { date: view.today, count: view.bookings.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('checkIn.col.person')}</th>
                    <th scope="col">{t('checkIn.col.space')}</th>
                    <th scope="col">{t('checkIn.col.time')}</th>
                    <th scope="col">{t('checkIn.col.state')}</th>
                    <th scope="col">{t('checkIn.col.action')}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.bookings.map((booking) => (
                    <tr>
                      <th scope="row">
                        {booking.userName}
                        {booking.identityPending ? (
                          <p>
                            <strong>{t('guests.checkIn.receptionNote')}</strong> <a href={`/centre/guests/${booking.userId}`}>{t('guests.checkIn.receptionLink', { name: booking.userName })}</a>
                          </p>
                        ) : null}
                      </th>
                      <td>{booking.spaceName}</td>
                      <td>{t('checkIn.time.range', { from: formatClock(booking.startsAt, locale), to: formatClock(booking.endsAt, locale) })}</td>
                      <td>{checkInState(c, { ...booking, status: 'booked' }, new Date())}</td>
                      <td>
                        <p>
                          <a href={`/centre/bookings/${booking.id}/check-in-pass`}>{t('checkIn.action.pass', { name: booking.userName })}</a>
                        </p>
                        {booking.checkedOutAt ? null : (
                          <form method="post" action={`/centre/reception/${booking.checkedInAt ? 'check-out' : 'check-in'}${siteQuery}`}>
                            <CsrfField c={c} />
                            <input type="hidden" name="bookingId" value={booking.id} />
                            <SubmitButton secondary={Boolean(booking.checkedInAt)}>
                              {t(booking.checkedInAt ? 'checkIn.action.checkOut' : 'checkIn.action.checkIn', { name: booking.userName })}
                            </SubmitButton>
                          </form>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section aria-labelledby="walk-in-heading">
            <h2 id="walk-in-heading">{t('checkIn.walkIn.heading')}</h2>
            {view.sharedSpaces.length === 0 ? (
              <p>{t('checkIn.walkIn.noShared')}</p>
            ) : (
              <>
                <ErrorSummary t={t} errors={walkIn.errors ?? {}} labels={{ loginId: 'checkIn.walkIn.loginId', spaceId: 'checkIn.walkIn.space', until: 'checkIn.walkIn.until' }} />
                <form method="post" action={`/centre/reception/walk-in${siteQuery}`} novalidate>
                  <CsrfField c={c} />
                  <TextField t={t} name="loginId" label="checkIn.walkIn.loginId" value={walkIn.values?.loginId} error={walkIn.errors?.loginId} required autocomplete="off" spellcheck={false} />
                  <SelectField
                    t={t}
                    name="spaceId"
                    label="checkIn.walkIn.space"
                    value={walkIn.values?.spaceId}
                    error={walkIn.errors?.spaceId}
                    options={view.sharedSpaces.map((space) => ({ value: space.id, label: space.name }))}
                  />
                  <TextField t={t} name="until" label="checkIn.walkIn.until" hint="checkIn.walkIn.untilHint" value={walkIn.values?.until} error={walkIn.errors?.until} required inputmode="numeric" />
                  <SubmitButton>{t('checkIn.walkIn.submit')}</SubmitButton>
                </form>
              </>
            )}
          </section>
        </>
      ),
    },
    status,
  );
}
