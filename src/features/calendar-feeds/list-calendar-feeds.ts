import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sites, spaces } from '../centre/schema';
import { calendarFeedTokens } from './schema';

export type CalendarFeedSummary = {
  id: string;
  kind: 'user' | 'space';
  spaceName: string | null;
  siteName: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
};

/** The owner's feeds still working, oldest first; `onlyId` narrows it to one (for the revoke page). */
export async function listCalendarFeeds(db: Db, userId: string, onlyId?: string): Promise<CalendarFeedSummary[]> {
  return db
    .select({
      id: calendarFeedTokens.id,
      kind: calendarFeedTokens.kind,
      spaceName: spaces.name,
      siteName: sites.name,
      createdAt: calendarFeedTokens.createdAt,
      lastUsedAt: calendarFeedTokens.lastUsedAt,
    })
    .from(calendarFeedTokens)
    .leftJoin(spaces, eq(spaces.id, calendarFeedTokens.spaceId))
    .leftJoin(sites, eq(sites.id, spaces.siteId))
    .where(
      and(eq(calendarFeedTokens.userId, userId), isNull(calendarFeedTokens.revokedAt), onlyId ? eq(calendarFeedTokens.id, onlyId) : undefined),
    )
    .orderBy(asc(calendarFeedTokens.createdAt), asc(calendarFeedTokens.id));
}
