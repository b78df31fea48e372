import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { calendarFeedTokens } from './schema';

/** Stops one of the owner's feeds for good; false when it is not theirs or already revoked. */
export async function revokeCalendarFeed(db: Db, userId: string, feedId: string): Promise<boolean> {
  const revoked = await db
    .update(calendarFeedTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(calendarFeedTokens.id, feedId), eq(calendarFeedTokens.userId, userId), isNull(calendarFeedTokens.revokedAt)))
    .returning({ id: calendarFeedTokens.id });
  return revoked.length > 0;
}
