import { and, asc, eq, isNull } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext, AppEnv } from '../../app-env';
import { recordAudit } from '../../audit/record-audit';
import { allow } from '../../auth/middleware';
import { can } from '../../auth/policy';
import { doneNotice } from '../../ui/route-params';
import { renderErrorPage } from '../../ui/error-pages';
import { CsrfField, readForm, SubmitButton } from '../../ui/form';
import type { FormState } from '../../ui/form-page';
import type { MessageKey } from '../../ui/i18n';
import { formatDateTime } from '../../ui/format';
import { renderPage } from '../../ui/layout';
import { todayInJapan } from '../availability/calendar';
import { spaces } from '../centre/schema';
import { awaitsIdentityCheck } from '../guests/record-identity-check';
import { checkInBooking, type CheckInResult } from './check-in-booking';
import { bookingIdFromToken, checkInTokenFor, checkInUrl, tokenFromScan } from './check-in-token';
import { checkInWalkIn } from './check-in-walk-in';
import { checkInOpensAt } from './check-in-window';
import { checkOutBooking, type CheckOutResult } from './check-out-booking';
import { findBookingPass, type BookingPass } from './find-booking-pass';
import { listDayBookings } from './list-day-bookings';
import { listPresent } from './list-present';
import { listSites } from '../centre/list-sites';
import { chooseSite, type SiteChoice } from './choose-site';
import { BookingFacts, formatClock, renderReceptionPage, SiteChooser } from './pages';
import { readOccupancy } from './read-occupancy';
import { renderQrPng, renderQrSvg } from './render-check-in-qr';
import { bookingButtonForm, scanForm, selfServiceForm, walkInForm } from './validation';

export const checkInRoutes = new Hono<AppEnv>();

const bookingIdParam = z.uuid();

const doneMessages: Record<CheckInResult | CheckOutResult | 'walkedIn', MessageKey> = {
  checkedIn: 'checkIn.done.checkedIn',
  checkedOut: 'checkIn.done.checkedOut',
  alreadyIn: 'checkIn.done.alreadyIn',
  alreadyOut: 'checkIn.done.alreadyOut',
  tooEarly: 'checkIn.done.tooEarly',
  ended: 'checkIn.done.ended',
  cancelled: 'checkIn.done.cancelled',
  notIn: 'checkIn.done.notIn',
  notFound: 'checkIn.done.notFound',
  walkedIn: 'checkIn.done.walkedIn',
  identityNeeded: 'guests.checkIn.identityNeeded',
};

/** The origin people reach the app at, for the URL inside the QR code. */
function publicOrigin(c: AppContext): string {
  return c.var.deps.config.publicUrl ?? new URL(c.req.url).origin;
}

/** A booking its owner or centre staff may see; anyone else is told it does not exist. */
async function findVisibleBooking(c: AppContext): Promise<BookingPass | undefined> {
  const id = bookingIdParam.safeParse(c.req.param('id'));
  if (!id.success) return undefined;
  const booking = await findBookingPass(c.var.deps.db, id.data);
  const user = c.var.user!;
  if (!booking || (booking.userId !== user.id && !can(user, 'centre.manage'))) return undefined;
  return booking;
}

async function qrFor(c: AppContext, booking: BookingPass): Promise<string> {
  return checkInUrl(publicOrigin(c), checkInTokenFor(c.var.deps.encryptionKey, booking.id));
}

checkInRoutes.get('/centre/bookings/:id/qr.svg', allow('centre.book'), async (c) => {
  const booking = await findVisibleBooking(c);
  if (!booking) return renderErrorPage(c, 'notFound');
  c.header('cache-control', 'private, no-store');
  return c.body(await renderQrSvg(await qrFor(c, booking)), 200, { 'content-type': 'image/svg+xml' });
});

checkInRoutes.get('/centre/bookings/:id/qr.png', allow('centre.book'), async (c) => {
  const booking = await findVisibleBooking(c);
  if (!booking) return renderErrorPage(c, 'notFound');
  c.header('cache-control', 'private, no-store');
  return c.body(new Uint8Array(await renderQrPng(await qrFor(c, booking))), 200, { 'content-type': 'image/png' });
});

/** The pass: the QR code, what was booked, and how checking in works. */
checkInRoutes.get('/centre/bookings/:id/check-in-pass', allow('centre.book'), async (c) => {
  const booking = await findVisibleBooking(c);
  if (!booking) return renderErrorPage(c, 'notFound');
  const { t, locale } = c.var;
  const url = await qrFor(c, booking);
  return renderPage(c, {
    title: t('checkIn.pass.title'),
    children: (
      <>
        <p>{t('checkIn.pass.lead')}</p>
        <p class="qr-code">
          <img
            src={`/centre/bookings/${booking.id}/qr.svg`}
            width={240}
            height={240}
            alt={t('checkIn.pass.qrAlt', { space: booking.spaceName, from: formatDateTime(booking.startsAt, locale) })}
          />
        </p>
        <p>
          <a href={`/centre/bookings/${booking.id}/qr.png`} download>
            {t('checkIn.pass.png')}
          </a>
        </p>
        <h2>{t('checkIn.pass.details')}</h2>
        <BookingFacts c={c} booking={booking} now={new Date()} />
        <h2>{t('checkIn.pass.instructions')}</h2>
        <ol>
          <li>{t('checkIn.pass.step1')}</li>
          <li>{t('checkIn.pass.step2')}</li>
          <li>{t('checkIn.pass.step3')}</li>
        </ol>
        <p>
          <a href={url}>{t('checkIn.pass.link')}</a>
        </p>
      </>
    ),
  });
});

/** The booking behind a self-service URL, only for the person it is for (others: not found). */
async function findOwnBookingByToken(c: AppContext): Promise<BookingPass | undefined> {
  const bookingId = bookingIdFromToken(c.var.deps.encryptionKey, c.req.param('token') ?? '');
  if (!bookingId) return undefined;
  const booking = await findBookingPass(c.var.deps.db, bookingId);
  return booking && booking.userId === c.var.user!.id ? booking : undefined;
}

/** Self-service: what scanning one's own QR code opens. A GET changes nothing; the button posts. */
checkInRoutes.get('/centre/check-in/:token', allow('centre.book'), async (c) => {
  const booking = await findOwnBookingByToken(c);
  if (!booking) return renderErrorPage(c, 'notFound');
  return renderSelfService(c, booking, doneNotice(c, doneMessages));
});

/** The self-service page; a guest whose identity reception has not checked yet is told so, and offered no button. */
async function renderSelfService(c: AppContext, booking: BookingPass, notice: string | undefined, status: 200 | 400 = 200) {
  const { t, locale } = c.var;
  const now = new Date();
  const identityNeeded = !booking.checkedInAt && (await awaitsIdentityCheck(c.var.deps.db, booking.userId));
  if (identityNeeded) notice ??= t('guests.checkIn.identityNeeded');
  const canCheckIn = booking.status === 'booked' && !booking.checkedInAt && booking.endsAt > now && !identityNeeded;
  const opensAt = checkInOpensAt(booking.startsAt);
  return renderPage(c, {
    title: t('checkIn.self.title'),
    notice,
    children: (
      <>
        <BookingFacts c={c} booking={booking} now={now} />
        {canCheckIn && opensAt > now ? <p>{t('checkIn.self.tooEarly', { from: formatDateTime(opensAt, locale) })}</p> : null}
        {canCheckIn && opensAt <= now ? (
          <form method="post" action={c.req.path}>
            <CsrfField c={c} />
            <input type="hidden" name="action" value="in" />
            <SubmitButton>{t('checkIn.self.checkIn')}</SubmitButton>
          </form>
        ) : null}
        {booking.checkedInAt && !booking.checkedOutAt ? (
          <form method="post" action={c.req.path}>
            <CsrfField c={c} />
            <input type="hidden" name="action" value="out" />
            <SubmitButton>{t('checkIn.self.checkOut')}</SubmitButton>
          </form>
        ) : null}
      </>
    ),
  }, status);
}

checkInRoutes.post('/centre/check-in/:token', allow('centre.book'), async (c) => {
  const booking = await findOwnBookingByToken(c);
  if (!booking) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, selfServiceForm);
  if (!form.ok) return renderSelfService(c, booking, c.var.t('error.invalid'), 400);
  const input = { bookingId: booking.id, ownerId: c.var.user!.id, now: new Date() };
  const result = form.data.action === 'in' ? await checkInBooking(c.var.deps.db, input) : await checkOutBooking(c.var.deps.db, input);
  return c.redirect(`${c.req.path}?done=${result}`, 303);
});

/** The site a staff or board page shows, from `?site=`; undefined when there is none at all. */
async function currentSite(c: AppContext): Promise<{ sites: SiteChoice[]; site: SiteChoice } | undefined> {
  const sites = await listSites(c.var.deps.db);
  const site = chooseSite(sites, c.req.query('site'));
  return site ? { sites, site } : undefined;
}

async function showReception(c: AppContext, extra: { notice?: string | undefined; scan?: FormState; walkIn?: FormState }, status: 200 | 400 | 404 | 409 = 200) {
  const chosen = await currentSite(c);
  if (!chosen) return renderPage(c, { title: c.var.t('checkIn.reception.title'), children: <p>{c.var.t('checkIn.site.none')}</p> }, 404);
  const db = c.var.deps.db;
  const today = todayInJapan();
  const [dayBookings, sharedSpaces] = await Promise.all([
    listDayBookings(db, chosen.site.id, today),
    db
      .select({ id: spaces.id, name: spaces.name })
      .from(spaces)
      .where(and(eq(spaces.siteId, chosen.site.id), eq(spaces.kind, 'shared'), isNull(spaces.retiredAt)))
      .orderBy(asc(spaces.sortOrder)),
  ]);
  return renderReceptionPage(c, { ...chosen, today, bookings: dayBookings, sharedSpaces, ...extra }, status);
}

const receptionAfter = (c: AppContext, done: keyof typeof doneMessages) => c.redirect(`/centre/reception?site=${encodeURIComponent(c.req.query('site') ?? '')}&done=${done}`, 303);

checkInRoutes.get('/centre/reception', allow('centre.manage'), (c) => showReception(c, { notice: doneNotice(c, doneMessages) }));

checkInRoutes.post('/centre/reception/check-in', allow('centre.manage'), async (c) => {
  const form = await readForm(c, bookingButtonForm);
  if (!form.ok) return showReception(c, { notice: c.var.t('checkIn.done.notFound') }, 400);
  return receptionAfter(c, await checkInBooking(c.var.deps.db, { bookingId: form.data.bookingId, ownerId: null, now: new Date() }));
});

checkInRoutes.post('/centre/reception/check-out', allow('centre.manage'), async (c) => {
  const form = await readForm(c, bookingButtonForm);
  if (!form.ok) return showReception(c, { notice: c.var.t('checkIn.done.notFound') }, 400);
  return receptionAfter(c, await checkOutBooking(c.var.deps.db, { bookingId: form.data.bookingId, ownerId: null, now: new Date() }));
});

/** A scanner types the QR code's URL into the field and presses Enter, like a keyboard. */
checkInRoutes.post('/centre/reception/scan', allow('centre.manage'), async (c) => {
  const form = await readForm(c, scanForm);
  if (!form.ok) return showReception(c, { scan: { errors: form.errors, values: form.values } }, 400);
  const bookingId = bookingIdFromToken(c.var.deps.encryptionKey, tokenFromScan(form.data.code));
  if (!bookingId) return showReception(c, { scan: { errors: { code: 'checkIn.scan.invalid' }, values: form.values } }, 400);
  return receptionAfter(c, await checkInBooking(c.var.deps.db, { bookingId, ownerId: null, now: new Date() }));
});

checkInRoutes.post('/centre/reception/walk-in', allow('centre.manage'), async (c) => {
  const chosen = await currentSite(c);
  const form = await readForm(c, walkInForm);
  if (!form.ok) return showReception(c, { walkIn: { errors: form.errors, values: form.values } }, 400);
  const now = new Date();
  const until = new Date(`${todayInJapan(now)}T${form.data.until.padStart(5, '0')}:00+09:00`);
  if (until <= now) return showReception(c, { walkIn: { errors: { until: 'checkIn.walkIn.untilInvalid' }, values: form.values } }, 400);
  if (!chosen) return renderErrorPage(c, 'notFound');
  const result = await checkInWalkIn(c.var.deps.db, {
    siteId: chosen.site.id,
    spaceId: form.data.spaceId,
    loginId: form.data.loginId,
    until,
    now,
    staffId: c.var.user!.id,
  });
  if (!result.ok) {
    const field = result.problem === 'unknownPerson' ? 'loginId' : 'spaceId';
    return showReception(c, { walkIn: { errors: { [field]: `checkIn.walkIn.${result.problem}` }, values: form.values } }, result.problem === 'full' ? 409 : 400);
  }
  return receptionAfter(c, 'walkedIn');
});

/**
 * The board for the screen at the entrance: counts only, never names, so it is public. Refreshing
 * by itself is opt-in (`?auto=1`), since a page that reloads on its own is hard for some to read.
 */
checkInRoutes.get('/centre/board', allow('public'), async (c) => {
  const { t, locale } = c.var;
  const chosen = await currentSite(c);
  if (!chosen) return renderPage(c, { title: t('checkIn.board.title'), children: <p>{t('checkIn.site.none')}</p> }, 404);
  const now = new Date();
  const occupancy = await readOccupancy(c.var.deps.db, chosen.site.id, now);
  const auto = c.req.query('auto') === '1';
  const siteQuery = `?site=${chosen.site.id}`;
  return renderPage(c, {
    title: t('checkIn.board.title'),
    children: (
      <div class="occupancy-board">
        {auto ? <meta http-equiv="refresh" content="60" /> : null}
        <SiteChooser c={c} action="/centre/board" sites={chosen.sites} current={chosen.site} />
        <p>{t('checkIn.board.lead', { site: chosen.site.name, at: formatClock(now, locale) })}</p>
        <table class="data-table occupancy-board__table">
          <caption>{t('checkIn.board.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('checkIn.board.space')}</th>
              <th scope="col">{t('checkIn.board.status')}</th>
            </tr>
          </thead>
          <tbody>
            {occupancy.map((space) => (
              <tr>
                <th scope="row">{space.name}</th>
                <td>
                  {space.kind === 'kids'
                    ? t('checkIn.board.children', { taken: space.taken, capacity: space.capacity })
                    : space.exclusive
                      ? t(space.free > 0 ? 'checkIn.board.free' : 'checkIn.board.inUse')
                      : t('checkIn.board.seatsFree', { free: space.free, capacity: space.capacity })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {auto ? (
          <p>
            {t('checkIn.board.autoNote')} <a href={`/centre/board${siteQuery}`}>{t('checkIn.board.autoOff')}</a>
          </p>
        ) : (
          <p>
            <a href={`/centre/board${siteQuery}&auto=1`}>{t('checkIn.board.autoOn')}</a>
          </p>
        )}
      </div>
    ),
  });
});

/** Who is in: names are personal data, so each viewing is audited. */
checkInRoutes.get('/centre/present', allow('centre.manage'), async (c) => {
  const { t, locale } = c.var;
  const chosen = await currentSite(c);
  if (!chosen) return renderPage(c, { title: t('checkIn.present.title'), children: <p>{t('checkIn.site.none')}</p> }, 404);
  const present = await listPresent(c.var.deps.db, chosen.site.id);
  await recordAudit(c.var.deps.db, { actorId: c.var.user!.id, action: 'centre.presence.view', detail: { siteId: chosen.site.id, people: present.length } });
  return renderPage(c, {
    title: t('checkIn.present.title'),
    children: (
      <>
        <p>{t('checkIn.present.lead')}</p>
        <SiteChooser c={c} action="/centre/present" sites={chosen.sites} current={chosen.site} />
        {present.length === 0 ? (
          <p>{t('checkIn.present.none')}</p>
        ) : (
          <table class="data-table">
            <caption>{t('checkIn.present.caption', { site: chosen.site.name, count: present.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('checkIn.col.person')}</th>
                <th scope="col">{t('checkIn.col.space')}</th>
                <th scope="col">{t('checkIn.col.since')}</th>
                <th scope="col">{t('checkIn.col.until')}</th>
              </tr>
            </thead>
            <tbody>
              {present.map((person) => (
                <tr>
                  <th scope="row">{person.userName}</th>
                  <td>{person.spaceName}</td>
                  <td>{formatDateTime(person.since, locale)}</td>
                  <td>{formatClock(person.until, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>
    ),
  });
});
