import { and, between, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { addDays, holidayOn, type BusinessDate } from '../availability/calendar';
import { siteClosures, sites } from './schema';

/** What of a site decides its closed days. */
export type SiteCalendarRules = Pick<typeof sites.$inferSelect, 'yearlyClosedFrom' | 'yearlyClosedTo' | 'closedOnHolidays'>;
export type SiteClosureDay = { date: BusinessDate; reason: string };

/** Why a site is closed on a date: its yearly closure, a national holiday (named), or a one-off closure (its reason). */
export type SiteClosedReason = { kind: 'yearly' } | { kind: 'holiday'; name: string; nameEn: string } | { kind: 'closure'; name: string };

/** Whether the month-day 'MM-DD' lies in the yearly closure, which may wrap over the new year (12-29 to 01-03). */
function inYearlyClosure(site: SiteCalendarRules, monthDay: string): boolean {
  const { yearlyClosedFrom: from, yearlyClosedTo: to } = site;
  if (!from || !to) return false;
  return from <= to ? monthDay >= from && monthDay <= to : monthDay >= from || monthDay <= to;
}

/**
 * Why the site is closed on `date`, or null when it is open. A one-off closure is named first
 * (staff wrote its reason for that day), then the yearly closure, then a holiday when the site
 * closes on holidays. `closures` are the site's one-off closures (others' dates are ignored).
 */
export function siteClosedReason(site: SiteCalendarRules, closures: readonly SiteClosureDay[], date: BusinessDate): SiteClosedReason | null {
  const closure = closures.find((item) => item.date === date);
  if (closure) return { kind: 'closure', name: closure.reason };
  if (inYearlyClosure(site, date.slice(5))) return { kind: 'yearly' };
  const holiday = site.closedOnHolidays ? holidayOn(date) : undefined;
  if (holiday) return { kind: 'holiday', name: holiday.name, nameEn: holiday.nameEn };
  return null;
}

/** The first day from `from` (included) on which the site is open. */
export function firstOpenDay(site: SiteCalendarRules, closures: readonly SiteClosureDay[], from: BusinessDate): BusinessDate {
  let date = from;
  while (siteClosedReason(site, closures, date)) date = addDays(date, 1);
  return date;
}

export type SiteCalendar = { site: SiteCalendarRules; closures: SiteClosureDay[] };

/**
 * A site's closing rules and its one-off closures from `from` to `to` (both included), for
 * `siteClosedReason`; undefined when there is no such site.
 */
export async function loadSiteCalendar(db: Db, siteId: string, from: BusinessDate, to: BusinessDate): Promise<SiteCalendar | undefined> {
  const [site] = await db
    .select({ yearlyClosedFrom: sites.yearlyClosedFrom, yearlyClosedTo: sites.yearlyClosedTo, closedOnHolidays: sites.closedOnHolidays })
    .from(sites)
    .where(eq(sites.id, siteId));
  if (!site) return undefined;
  const closures = await db
    .select({ date: siteClosures.date, reason: siteClosures.reason })
    .from(siteClosures)
    .where(and(eq(siteClosures.siteId, siteId), between(siteClosures.date, from, to)))
    .orderBy(siteClosures.date);
  return { site, closures };
}
