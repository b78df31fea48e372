import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext, AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { can } from '../../auth/policy';
import { doneNotice } from '../../ui/route-params';
import { renderErrorPage } from '../../ui/error-pages';
import { readForm, type FieldErrors } from '../../ui/form';
import type { MessageKey } from '../../ui/i18n';
import { isBusinessDate, todayInJapan, weekStartOf } from '../availability/calendar';
import { listSites } from '../centre/list-sites';
import { bookSpace } from './book-space';
import { bookWeekly } from './book-weekly';
import { japanDateMinute } from './booking-time';
import { cancelBooking } from './cancel-booking';
import { changeBooking } from './change-booking';
import type { BookingRequest } from './check-booking-rules';
import { listBookers } from './list-bookers';
import { listMyBookings } from './list-my-bookings';
import { loadBooking, type BookingView } from './load-booking';
import { loadDayGrid, loadWeekGrid } from './load-grids';
import { loadSpaceRules, type SpaceRules } from './load-space-rules';
import { renderBookingForm, renderBookingPage, renderCentrePage, renderMyBookings, renderWeekPage, renderWeeklyResult } from './pages';
import type { BookingRefusal } from './place-booking';
import { bookingForm, type BookingForm } from './validation';

export const bookingRoutes = new Hono<AppEnv>();

const uuid = z.uuid();
const dateParam = (text: string | undefined) => (text && isBusinessDate(text) ? text : undefined);
const actorOf = (c: AppContext) => ({ id: c.var.user!.id, role: c.var.user!.role });

const notices = {
  booked: 'bookings.done.booked',
  changed: 'bookings.done.changed',
  cancelled: 'bookings.done.cancelled',
  changedWithKids: 'bookings.done.changedWithKids',
  cancelledWithKids: 'bookings.done.cancelledWithKids',
} as const satisfies Record<string, MessageKey>;

bookingRoutes.get('/centre', allow('centre.book'), async (c) => {
  const db = c.var.deps.db;
  const now = new Date();
  const today = todayInJapan(now);
  const sites = await listSites(db);
  const chosen = sites.find((site) => site.id === c.req.query('site')) ?? sites[0];
  const grid = chosen ? await loadDayGrid(db, c.var.user!.id, chosen.id, dateParam(c.req.query('date')) ?? today, now) : undefined;
  return renderCentrePage(c, { sites, grid, today });
});

bookingRoutes.get('/centre/spaces/:id', allow('centre.book'), async (c) => {
  const id = uuid.safeParse(c.req.param('id'));
  const now = new Date();
  const week = weekStartOf(dateParam(c.req.query('week')) ?? todayInJapan(now));
  const grid = id.success ? await loadWeekGrid(c.var.deps.db, c.var.user!.id, id.data, week, now) : undefined;
  return grid ? renderWeekPage(c, grid) : renderErrorPage(c, 'notFound');
});

/** Centre staff choose whom a new booking is for; others book for themselves. */
const bookersFor = async (c: AppContext) => (can(c.var.user, 'centre.manage') ? listBookers(c.var.deps.db) : undefined);

async function spaceRulesOf(c: AppContext): Promise<SpaceRules | undefined> {
  const id = uuid.safeParse(c.req.param('id'));
  return id.success ? loadSpaceRules(c.var.deps.db, id.data) : undefined;
}

bookingRoutes.get('/centre/spaces/:id/book', allow('centre.book'), async (c) => {
  const rules = await spaceRulesOf(c);
  if (!rules) return renderErrorPage(c, 'notFound');
  const start = Number(c.req.query('start') ?? rules.site.opensMinute);
  const values = {
    date: dateParam(c.req.query('date')) ?? todayInJapan(),
    start: String(start),
    end: c.req.query('end') ?? String(start + rules.rule.minMinutes),
  };
  return renderBookingForm(c, rules, { values }, { action: `/centre/spaces/${rules.space.id}/book`, bookers: await bookersFor(c) });
});

/** The request the form asks for, or the fields missing for a booking by the hour. */
function requestFrom(rules: SpaceRules, form: BookingForm, userId: string): { request: BookingRequest } | { errors: FieldErrors } {
  if (rules.space.kind === 'kids' && !form.childAges) return { errors: { childAges: 'error.required' } };
  if (rules.rule.unit === 'hour' && (form.start === undefined || form.end === undefined)) {
    return { errors: { ...(form.start === undefined ? { start: 'error.required' } : {}), ...(form.end === undefined ? { end: 'error.required' } : {}) } };
  }
  return {
    request: {
    spaceId: rules.space.id,
    userId,
    date: form.date,
    startMinute: form.start,
    endMinute: form.end,
    seats: form.seats,
    childAges: rules.space.kind === 'kids' ? form.childAges : undefined,
    note: form.note ?? undefined,
    },
  };
}

/** The form again, with the rule the booking broke in words at the top and, for a held time, what is free instead. */
function refuse(c: AppContext, rules: SpaceRules, values: Record<string, string>, refusal: BookingRefusal, request: BookingRequest, options: Parameters<typeof renderBookingForm>[3]) {
  const status = ['taken', 'full', 'limitReached', 'contracted', 'quotaExceeded'].includes(refusal.reason) ? 409 : 400;
  return renderBookingForm(c, rules, { values, refusal: { refusal, request } }, options, status);
}

bookingRoutes.post('/centre/spaces/:id/book', allow('centre.book'), async (c) => {
  const rules = await spaceRulesOf(c);
  if (!rules) return renderErrorPage(c, 'notFound');
  const action = `/centre/spaces/${rules.space.id}/book`;
  const bookers = await bookersFor(c);
  const form = await readForm(c, bookingForm);
  if (!form.ok) return renderBookingForm(c, rules, { values: form.values, errors: form.errors }, { action, bookers }, 400);
  const forSomeone = bookers && form.data.userId ? bookers.find((person) => person.id === form.data.userId) : undefined;
  if (form.data.userId && !forSomeone) return renderBookingForm(c, rules, { values: form.values, errors: { userId: 'bookings.error.person' } }, { action, bookers }, 400);
  const asked = requestFrom(rules, form.data, forSomeone?.id ?? c.var.user!.id);
  if ('errors' in asked) return renderBookingForm(c, rules, { values: form.values, errors: asked.errors }, { action, bookers }, 400);
  const { request } = asked;
  const db = c.var.deps.db;
  if (form.data.repeat && form.data.until) {
    const result = await bookWeekly(db, actorOf(c), request, form.data.until);
    if (result.booked.length === 0 && result.refused[0]) return refuse(c, rules, form.values, result.refused[0].refusal, request, { action, bookers });
    return renderWeeklyResult(c, rules, result);
  }
  const result = await bookSpace(db, actorOf(c), request);
  if (!result.ok) return refuse(c, rules, form.values, result, request, { action, bookers });
  return c.redirect(`/centre/bookings/${result.bookingId}?done=booked`, 303);
});

bookingRoutes.get('/me/bookings', allow('centre.book'), async (c) => renderMyBookings(c, await listMyBookings(c.var.deps.db, c.var.user!.id, new Date()), doneNotice(c, notices)));

/** The booking of the path's :id, if the signed-in person may see it. */
async function bookingOf(c: AppContext): Promise<BookingView | undefined> {
  const id = uuid.safeParse(c.req.param('id'));
  return id.success ? loadBooking(c.var.deps.db, actorOf(c), id.data) : undefined;
}

const isOpen = (booking: BookingView) => booking.status === 'booked' && booking.endsAt > new Date();

bookingRoutes.get('/centre/bookings/:id', allow('centre.book'), async (c) => {
  const booking = await bookingOf(c);
  if (!booking) return renderErrorPage(c, 'notFound');
  return renderBookingPage(c, booking, { open: isOpen(booking), notice: doneNotice(c, notices) });
});

bookingRoutes.get('/centre/bookings/:id/cancel', allow('centre.book'), async (c) => {
  const booking = await bookingOf(c);
  if (!booking) return renderErrorPage(c, 'notFound');
  return renderBookingPage(c, booking, { open: isOpen(booking), confirmCancel: isOpen(booking) });
});

bookingRoutes.post('/centre/bookings/:id/cancel', allow('centre.book'), async (c) => {
  const booking = await bookingOf(c);
  if (!booking) return renderErrorPage(c, 'notFound');
  const result = await cancelBooking(c.var.deps.db, actorOf(c), booking.id);
  if (!result.ok) return renderBookingPage(c, booking, { open: false, notice: c.var.t('bookings.refused.notChangeable') });
  return c.redirect(`/me/bookings?done=${result.kidsCancelled > 0 ? 'cancelledWithKids' : 'cancelled'}`, 303);
});

/** The change form's fields as the booking is now. */
function currentValues(booking: BookingView): Record<string, string> {
  const start = japanDateMinute(booking.startsAt);
  return {
    date: start.date,
    start: String(start.minute),
    end: String(japanDateMinute(booking.endsAt).minute),
    seats: String(booking.seats),
    childAges: booking.childAges?.join(', ') ?? '',
    note: booking.note ?? '',
  };
}

bookingRoutes.get('/centre/bookings/:id/change', allow('centre.book'), async (c) => {
  const booking = await bookingOf(c);
  const rules = booking && isOpen(booking) ? await loadSpaceRules(c.var.deps.db, booking.spaceId) : undefined;
  if (!booking || !rules) return renderErrorPage(c, 'notFound');
  return renderBookingForm(c, rules, { values: currentValues(booking) }, { action: `/centre/bookings/${booking.id}/change`, changing: true });
});

bookingRoutes.post('/centre/bookings/:id/change', allow('centre.book'), async (c) => {
  const booking = await bookingOf(c);
  const rules = booking ? await loadSpaceRules(c.var.deps.db, booking.spaceId) : undefined;
  if (!booking || !rules) return renderErrorPage(c, 'notFound');
  const action = `/centre/bookings/${booking.id}/change`;
  const form = await readForm(c, bookingForm);
  if (!form.ok) return renderBookingForm(c, rules, { values: form.values, errors: form.errors }, { action, changing: true }, 400);
  const asked = requestFrom(rules, form.data, booking.userId);
  if ('errors' in asked) return renderBookingForm(c, rules, { values: form.values, errors: asked.errors }, { action, changing: true }, 400);
  const { request } = asked;
  const result = await changeBooking(c.var.deps.db, actorOf(c), booking.id, request);
  if (result.ok) return c.redirect(`/centre/bookings/${booking.id}?done=${result.kidsCancelled > 0 ? 'changedWithKids' : 'changed'}`, 303);
  if (result.reason === 'notChangeable') return renderBookingPage(c, booking, { open: false, notice: c.var.t('bookings.refused.notChangeable') });
  return refuse(c, rules, form.values, result, request, { action, changing: true });
});
