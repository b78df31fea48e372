import { daysBetween, todayInJapan, type BusinessDate } from '../availability/calendar';
import type { SiteClosedReason } from '../centre/site-closed-reason';
import { instantAt } from './booking-time';
import type { SpaceRules } from './load-space-rules';

/** What a person asks for: a space on a date, from a minute to a minute of the day (or the whole day). */
export type BookingRequest = {
  spaceId: string;
  /** Who the booking is for. */
  userId: string;
  date: BusinessDate;
  startMinute?: number;
  endMinute?: number;
  /** The site's opening hours; always so when the kind is booked by the day. */
  wholeDay?: boolean;
  seats: number;
  childAges?: number[];
  note?: string;
};

/** A rule a request breaks; `closed` says why the site is closed that day. */
export type RuleRefusal =
  | { ok: false; reason: 'closed'; closed: SiteClosedReason }
  | { ok: false; reason: 'outsideHours' | 'offGrid' | 'past' | 'overCapacity' }
  | { ok: false; reason: 'tooShort' | 'tooLong'; minutes: number }
  | { ok: false; reason: 'tooFarAhead'; days: number };

export type BookingTimes = { startMinute: number; endMinute: number; startsAt: Date; endsAt: Date; blockedUntil: Date };

/** The minutes a request covers: the opening hours for a whole day, else what was asked. */
export function bookingTimes(rules: SpaceRules, request: BookingRequest): BookingTimes {
  const whole = rules.rule.unit === 'day' || request.wholeDay === true;
  const startMinute = whole ? rules.site.opensMinute : (request.startMinute ?? rules.site.opensMinute);
  const endMinute = whole ? rules.site.closesMinute : (request.endMinute ?? rules.site.closesMinute);
  const endsAt = instantAt(request.date, endMinute);
  return {
    startMinute,
    endMinute,
    startsAt: instantAt(request.date, startMinute),
    endsAt,
    blockedUntil: new Date(endsAt.getTime() + (rules.exclusive ? rules.rule.bufferMinutes : 0) * 60_000),
  };
}

/**
 * The first rule of the space's kind at its site that the request breaks, or null. These are the
 * rules that need no other booking; the per-person limit and free seats are checked under lock.
 */
export function checkBookingRules(rules: SpaceRules, request: BookingRequest, closed: SiteClosedReason | null, now: Date): RuleRefusal | null {
  const { rule, site, space } = rules;
  const times = bookingTimes(rules, request);
  if (closed) return { ok: false, reason: 'closed', closed };
  if (times.startMinute < site.opensMinute || times.endMinute > site.closesMinute || times.startMinute >= times.endMinute) return { ok: false, reason: 'outsideHours' };
  const whole = rule.unit === 'day' || request.wholeDay === true;
  if (!whole && (times.startMinute % rule.stepMinutes !== 0 || times.endMinute % rule.stepMinutes !== 0)) return { ok: false, reason: 'offGrid' };
  const minutes = times.endMinute - times.startMinute;
  // A whole day is as long as the site is open; the length limits are for bookings by the hour.
  if (!whole && minutes < rule.minMinutes) return { ok: false, reason: 'tooShort', minutes: rule.minMinutes };
  if (!whole && minutes > rule.maxMinutes) return { ok: false, reason: 'tooLong', minutes: rule.maxMinutes };
  if (times.startsAt < now) return { ok: false, reason: 'past' };
  if (daysBetween(todayInJapan(now), request.date) > rule.maxDaysAhead) return { ok: false, reason: 'tooFarAhead', days: rule.maxDaysAhead };
  if (request.seats < 1 || request.seats > space.capacity || (rules.exclusive && request.seats !== 1)) return { ok: false, reason: 'overCapacity' };
  return null;
}
