import { and, asc, eq, gt, gte, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { translator } from '../../ui/i18n';
import { bookings } from '../bookings/schema';
import { sites, spaces } from '../centre/schema';
import { renderCalendar, type CalendarEvent } from './icalendar';
import type { OpenFeed } from './open-calendar-feed';

const day = 86_400_000;
/** A feed covers bookings from 30 days back to a year ahead. */
export const feedDaysBack = 30;
export const feedDaysAhead = 366;

/**
 * The iCalendar text of a feed: a person's own bookings at every site with the space, site and
 * their note, or a space's bookings as busy times that carry no one's name or note. Bookings
 * cancelled in the last 30 days stay in as cancelled, so subscribed calendars drop them.
 * `host` names the installation in each event's UID.
 */
export async function renderCalendarFeed(db: Db, feed: OpenFeed, host: string, now = new Date()): Promise<string> {
  const t = translator(feed.locale);
  const from = new Date(now.getTime() - feedDaysBack * day);
  const to = new Date(now.getTime() + feedDaysAhead * day);
  const whose: SQL = feed.kind === 'user' ? eq(bookings.userId, feed.userId) : eq(bookings.spaceId, feed.spaceId!);
  const rows = await db
    .select({
      id: bookings.id,
      startsAt: bookings.startsAt,
      endsAt: bookings.endsAt,
      status: bookings.status,
      note: bookings.note,
      spaceName: spaces.name,
      siteName: sites.name,
      address: sites.address,
      building: sites.building,
    })
    .from(bookings)
    .innerJoin(spaces, eq(spaces.id, bookings.spaceId))
    .innerJoin(sites, eq(sites.id, bookings.siteId))
    .where(
      and(
        whose,
        gt(bookings.endsAt, from),
        lt(bookings.startsAt, to),
        or(eq(bookings.status, 'booked'), gte(bookings.cancelledAt, from)),
      ),
    )
    .orderBy(asc(bookings.startsAt), asc(bookings.id));

  const events: CalendarEvent[] = rows.map((row) => ({
    uid: `${row.id}@${host}`,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    summary: feed.kind === 'user' ? t('calendarFeeds.feed.summary', { space: row.spaceName, site: row.siteName }) : t('calendarFeeds.feed.busy'),
    location: t('calendarFeeds.feed.location', { site: row.siteName, address: [row.address, row.building].filter(Boolean).join(' ') }),
    description: feed.kind === 'user' ? (row.note ?? undefined) : undefined,
    cancelled: row.status === 'cancelled',
  }));
  const name =
    feed.kind === 'user'
      ? t('calendarFeeds.feed.userCalendar')
      : await spaceCalendarName(db, feed.spaceId!, (space, site) => t('calendarFeeds.feed.spaceCalendar', { space, site }));
  return renderCalendar({ name, prodId: '-//Machiwork//Calendar feeds//JA', generatedAt: now, events });
}

async function spaceCalendarName(db: Db, spaceId: string, name: (space: string, site: string) => string): Promise<string> {
  const [space] = await db
    .select({ name: spaces.name, siteName: sites.name })
    .from(spaces)
    .innerJoin(sites, eq(sites.id, spaces.siteId))
    .where(eq(spaces.id, spaceId));
  return name(space!.name, space!.siteName);
}
