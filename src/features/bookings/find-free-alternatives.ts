import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { spaces } from '../centre/schema';
import { bookingTimes, type BookingRequest } from './check-booking-rules';
import { instantAt } from './booking-time';
import { loadHeldTimes } from './load-held-times';
import type { SpaceRules } from './load-space-rules';
import { isFreeFor } from './space-occupancy';

export type FreeAlternatives = {
  /** Other spaces of the same kind at the site, free for the same time and seats. */
  spaces: { id: string; name: string }[];
  /** The nearest start minutes that day at which this space is free for as long. */
  starts: number[];
};

const nearestStarts = 4;

/** What is free instead of a refused request: other spaces then, and this space at other times that day. */
export async function findFreeAlternatives(db: Db, rules: SpaceRules, request: BookingRequest, now: Date, excludeBookingId?: string): Promise<FreeAlternatives> {
  const times = bookingTimes(rules, request);
  const others = await db
    .select({ id: spaces.id, name: spaces.name, capacity: spaces.capacity })
    .from(spaces)
    .where(and(eq(spaces.siteId, rules.space.siteId), eq(spaces.kind, rules.space.kind), ne(spaces.id, rules.space.id), isNull(spaces.retiredAt)))
    .orderBy(asc(spaces.sortOrder), asc(spaces.name));
  const dayStart = instantAt(request.date, 0);
  const dayEnd = instantAt(request.date, 24 * 60 + rules.rule.bufferMinutes);
  const held = await loadHeldTimes(db, [rules.space.id, ...others.map((space) => space.id)], dayStart, dayEnd, excludeBookingId);
  const wanted = { ...times, seats: request.seats };
  const freeSpaces = others
    .filter((space) => request.seats <= space.capacity && isFreeFor({ exclusive: rules.exclusive, capacity: space.capacity }, held.get(space.id) ?? [], wanted))
    .map(({ id, name }) => ({ id, name }));

  const length = times.endMinute - times.startMinute;
  const { opensMinute, closesMinute } = rules.site;
  const step = rules.rule.unit === 'day' ? 0 : rules.rule.stepMinutes;
  const candidates: number[] = [];
  for (let start = opensMinute - (opensMinute % (step || 1)); step > 0 && start + length <= closesMinute; start += step) {
    if (start < opensMinute || start === times.startMinute) continue;
    const startsAt = instantAt(request.date, start);
    if (startsAt < now) continue;
    const endsAt = instantAt(request.date, start + length);
    const blockedUntil = new Date(endsAt.getTime() + (times.blockedUntil.getTime() - times.endsAt.getTime()));
    if (isFreeFor({ exclusive: rules.exclusive, capacity: rules.space.capacity }, held.get(rules.space.id) ?? [], { startsAt, endsAt, blockedUntil, seats: request.seats })) candidates.push(start);
  }
  const starts = candidates
    .sort((a, b) => Math.abs(a - times.startMinute) - Math.abs(b - times.startMinute) || a - b)
    .slice(0, nearestStarts)
    .sort((a, b) => a - b);
  return { spaces: freeSpaces, starts };
}
