import { and, count, eq, gt, ne, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/policy';
import { can } from '../../auth/policy';
import type { Db } from '../../db/client';
import { spaces } from '../centre/schema';
import { loadSiteCalendar, siteClosedReason } from '../centre/site-closed-reason';
import { bookingTimes, checkBookingRules, type BookingRequest, type BookingTimes, type RuleRefusal } from './check-booking-rules';
import { findFreeAlternatives, type FreeAlternatives } from './find-free-alternatives';
import { loadHeldTimes } from './load-held-times';
import { loadSpaceRules, type SpaceRules } from './load-space-rules';
import { bookings } from './schema';
import { checkKidsParent } from './check-kids-parent';
import { checkTenantBooking } from '../tenants/check-tenant-booking';
import { peakSeats } from './space-occupancy';

/** Why a booking (or a change) was refused; `taken` and `full` come with what is free instead. */
export type BookingRefusal =
  | RuleRefusal
  /** No such space, or booking for someone else without centre.manage. */
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'limitReached'; limit: number }
  /** `taken`: an exclusive space is booked then; `full`: not enough seats left in a shared space. */
  | { ok: false; reason: 'taken' | 'full'; alternatives: FreeAlternatives }
  | HeldRuleRefusal;

/**
 * Rules checked under the booking's locks that belong to other parts of the centre: a booth let to
 * a tenant company (`contracted`), a tenant's video-meeting booth minutes for the month
 * (`quotaExceeded`), and a kids-space booking without the parent's own booking at the site then
 * (`needsParentBooking`).
 */
export type HeldRuleRefusal =
  | { ok: false; reason: 'contracted' | 'needsParentBooking' }
  | { ok: false; reason: 'quotaExceeded'; remainingMinutes: number; quotaMinutes: number };

/** A rule checked inside the booking's transaction, after the person's row is locked. */
export type HeldRuleCheck = (db: Db, prepared: PreparedBooking, request: BookingRequest, excludeBookingId?: string) => Promise<HeldRuleRefusal | null>;

const heldRuleChecks: readonly HeldRuleCheck[] = [checkTenantBooking, checkKidsParent];

export type PreparedBooking = { rules: SpaceRules; times: BookingTimes };

/** Loads the space's rules and checks every rule that needs no other booking. */
export async function prepareBooking(db: Db, actor: Actor, request: BookingRequest, now: Date): Promise<PreparedBooking | BookingRefusal> {
  if (actor.id !== request.userId && !can(actor, 'centre.manage')) return { ok: false, reason: 'notFound' };
  const rules = await loadSpaceRules(db, request.spaceId);
  if (!rules) return { ok: false, reason: 'notFound' };
  const calendar = await loadSiteCalendar(db, rules.space.siteId, request.date, request.date);
  const closed = calendar ? siteClosedReason(calendar.site, calendar.closures, request.date) : null;
  const broken = checkBookingRules(rules, request, closed, now);
  if (broken) return broken;
  return { rules, times: bookingTimes(rules, request) };
}

/**
 * Inside the booking's transaction: the person's limit of upcoming bookings for this kind at the
 * site (their user row locked, so two of their own requests at once count each other), and for a
 * shared or kids space the seats left (the space row locked, so requests for its last seat queue
 * and each sees the ones before). Exclusive spaces are left to the EXCLUDE constraint.
 */
export async function holdSpaceTime(
  db: Db,
  prepared: PreparedBooking,
  request: BookingRequest,
  now: Date,
  excludeBookingId?: string,
): Promise<'limitReached' | 'full' | HeldRuleRefusal | null> {
  const { rules, times } = prepared;
  await db.execute(sql`select id from users where id = ${request.userId} for update`);
  const [upcoming] = await db
    .select({ count: count() })
    .from(bookings)
    .innerJoin(spaces, eq(spaces.id, bookings.spaceId))
    .where(
      and(
        eq(bookings.userId, request.userId),
        eq(bookings.siteId, rules.space.siteId),
        eq(spaces.kind, rules.space.kind),
        eq(bookings.status, 'booked'),
        gt(bookings.endsAt, now),
        excludeBookingId ? ne(bookings.id, excludeBookingId) : undefined,
      ),
    );
  if ((upcoming?.count ?? 0) >= rules.rule.maxActivePerPerson) return 'limitReached';
  for (const check of heldRuleChecks) {
    const refusal = await check(db, prepared, request, excludeBookingId);
    if (refusal) return refusal;
  }
  if (rules.exclusive) return null;
  await db.execute(sql`select id from spaces where id = ${rules.space.id} for update`);
  const held = await loadHeldTimes(db, [rules.space.id], times.startsAt, times.endsAt, excludeBookingId);
  return peakSeats(held.get(rules.space.id) ?? [], times.startsAt, times.endsAt) + request.seats > rules.space.capacity ? 'full' : null;
}

/** The refusal for a space already held then, with what is free instead. */
export async function refuseAsHeld(
  db: Db,
  reason: 'taken' | 'full' | 'limitReached' | HeldRuleRefusal,
  prepared: PreparedBooking,
  request: BookingRequest,
  now: Date,
  excludeBookingId?: string,
): Promise<BookingRefusal> {
  if (typeof reason === 'object') return reason;
  if (reason === 'limitReached') return { ok: false, reason, limit: prepared.rules.rule.maxActivePerPerson };
  return { ok: false, reason, alternatives: await findFreeAlternatives(db, prepared.rules, request, now, excludeBookingId) };
}
