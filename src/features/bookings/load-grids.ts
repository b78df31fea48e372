import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { addDays, datesBetween, type BusinessDate } from '../availability/calendar';
import { exclusiveSpaceKinds, sites, spaceBookingRules, spaces, type SpaceKind } from '../centre/schema';
import { loadSiteCalendar, siteClosedReason, type SiteClosedReason } from '../centre/site-closed-reason';
import { listSpacesLetToOthers } from '../tenants/list-spaces-let-to-others';
import { instantAt, minuteOfClock } from './booking-time';
import { loadHeldTimes, type HeldBooking } from './load-held-times';
import { defaultBookingRule } from './load-space-rules';
import { peakSeats } from './space-occupancy';

/**
 * One step of a grid. Others' bookings show only as taken: the viewer's own booking is named by
 * its id, nobody else's person or booking is. `let`: a booth let to a tenant company the viewer is
 * not staff of.
 */
export type GridCell = { state: 'closed' | 'past' | 'free' | 'full' | 'let'; seatsLeft: number | null; myBookingId: string | null };

export type GridSpace = { id: string; name: string; kind: SpaceKind; capacity: number; exclusive: boolean };

export type GridSite = { id: string; name: string; opensMinute: number; closesMinute: number; stepMinutes: number };

function cellsFor(space: GridSpace, held: readonly HeldBooking[], date: BusinessDate, site: GridSite, starts: readonly number[], closed: boolean, letToOthers: boolean, viewerId: string, now: Date): GridCell[] {
  return starts.map((minute) => {
    const from = instantAt(date, minute);
    const to = instantAt(date, minute + site.stepMinutes);
    const overlapping = held.filter((booking) => booking.startsAt < to && (space.exclusive ? booking.blockedUntil : booking.endsAt) > from);
    const mine = overlapping.find((booking) => booking.userId === viewerId);
    const seatsLeft = space.exclusive ? null : Math.max(0, space.capacity - peakSeats(overlapping, from, to));
    const taken = space.exclusive ? overlapping.length > 0 : seatsLeft === 0;
    const state = closed ? 'closed' : to <= now ? 'past' : letToOthers ? 'let' : taken ? 'full' : 'free';
    return { state, seatsLeft, myBookingId: mine?.id ?? null };
  });
}

/** A site's hours and the finest step any kind there is booked in, which the grid's columns follow. */
async function loadGridSite(db: Db, siteId: string): Promise<GridSite | undefined> {
  const [site] = await db.select().from(sites).where(eq(sites.id, siteId));
  if (!site) return undefined;
  const steps = await db.select({ step: spaceBookingRules.stepMinutes }).from(spaceBookingRules).where(eq(spaceBookingRules.siteId, siteId));
  const stepMinutes = Math.min(defaultBookingRule.stepMinutes, ...steps.map((row) => row.step));
  return { id: site.id, name: site.name, opensMinute: minuteOfClock(site.opensAt), closesMinute: minuteOfClock(site.closesAt), stepMinutes };
}

function gridStarts(site: GridSite): number[] {
  const starts: number[] = [];
  for (let minute = site.opensMinute; minute < site.closesMinute; minute += site.stepMinutes) starts.push(minute);
  return starts;
}

const asGridSpace = (space: typeof spaces.$inferSelect): GridSpace => ({
  id: space.id,
  name: space.name,
  kind: space.kind,
  capacity: space.capacity,
  exclusive: exclusiveSpaceKinds.includes(space.kind),
});

export type DayGrid = { site: GridSite; date: BusinessDate; closed: SiteClosedReason | null; starts: number[]; rows: { space: GridSpace; cells: GridCell[] }[] };

/** Every space of a site on one day, step by step: closed, past, free (seats left) or taken, and the viewer's own bookings. */
export async function loadDayGrid(db: Db, viewerId: string, siteId: string, date: BusinessDate, now: Date): Promise<DayGrid | undefined> {
  const site = await loadGridSite(db, siteId);
  const calendar = await loadSiteCalendar(db, siteId, date, date);
  if (!site || !calendar) return undefined;
  const closed = siteClosedReason(calendar.site, calendar.closures, date);
  const siteSpaces = (await db.select().from(spaces).where(and(eq(spaces.siteId, siteId), isNull(spaces.retiredAt))).orderBy(asc(spaces.sortOrder), asc(spaces.name))).map(asGridSpace);
  const held = await loadHeldTimes(db, siteSpaces.map((space) => space.id), instantAt(date, 0), instantAt(date, 24 * 60));
  const letToOthers = await listSpacesLetToOthers(db, viewerId, siteSpaces.map((space) => space.id), date);
  const starts = gridStarts(site);
  return {
    site,
    date,
    closed,
    starts,
    rows: siteSpaces.map((space) => ({ space, cells: cellsFor(space, held.get(space.id) ?? [], date, site, starts, closed !== null, letToOthers.has(space.id), viewerId, now) })),
  };
}

export type WeekGrid = { site: GridSite; space: GridSpace; starts: number[]; days: { date: BusinessDate; closed: SiteClosedReason | null; cells: GridCell[] }[] };

/** One space's week from Monday `weekStart`, day by day and step by step, as in the day grid. */
export async function loadWeekGrid(db: Db, viewerId: string, spaceId: string, weekStart: BusinessDate, now: Date): Promise<WeekGrid | undefined> {
  const [row] = await db.select().from(spaces).where(and(eq(spaces.id, spaceId), isNull(spaces.retiredAt)));
  if (!row) return undefined;
  const space = asGridSpace(row);
  const weekEnd = addDays(weekStart, 6);
  const site = await loadGridSite(db, row.siteId);
  const calendar = await loadSiteCalendar(db, row.siteId, weekStart, weekEnd);
  if (!site || !calendar) return undefined;
  const held = (await loadHeldTimes(db, [spaceId], instantAt(weekStart, 0), instantAt(addDays(weekEnd, 1), 0))).get(spaceId) ?? [];
  const starts = gridStarts(site);
  return {
    site,
    space,
    starts,
    days: await Promise.all(
      datesBetween(weekStart, weekEnd).map(async (date) => {
        const closed = siteClosedReason(calendar.site, calendar.closures, date);
        const letToOthers = (await listSpacesLetToOthers(db, viewerId, [spaceId], date)).has(spaceId);
        return { date, closed, cells: cellsFor(space, held, date, site, starts, closed !== null, letToOthers, viewerId, now) };
      }),
    ),
  };
}
