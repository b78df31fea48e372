import { and, eq, isNull } from 'drizzle-orm';
import { can } from '../../auth/policy';
import { users } from '../../auth/schema';
import { sha256 } from '../../auth/tokens';
import type { Db } from '../../db/client';
import { calendarFeedTokens } from './schema';

export type OpenFeed = {
  id: string;
  kind: 'user' | 'space';
  spaceId: string | null;
  userId: string;
  locale: 'ja' | 'en';
};

/**
 * The feed a secret URL's token opens, noting that it was used; undefined when the token is
 * unknown or revoked, the owner's account is disabled, or the owner may no longer book (a
 * person's feed) or manage the centre (a space feed). The token is compared by its hash only.
 */
export async function openCalendarFeed(db: Db, token: string, now = new Date()): Promise<OpenFeed | undefined> {
  const [feed] = await db
    .select({
      id: calendarFeedTokens.id,
      kind: calendarFeedTokens.kind,
      spaceId: calendarFeedTokens.spaceId,
      userId: users.id,
      role: users.role,
      locale: users.locale,
    })
    .from(calendarFeedTokens)
    .innerJoin(users, eq(users.id, calendarFeedTokens.userId))
    .where(and(eq(calendarFeedTokens.tokenHash, sha256(token)), isNull(calendarFeedTokens.revokedAt), isNull(users.disabledAt)));
  if (!feed || !can({ id: feed.userId, role: feed.role }, feed.kind === 'user' ? 'centre.book' : 'centre.manage')) return undefined;
  await db.update(calendarFeedTokens).set({ lastUsedAt: now }).where(eq(calendarFeedTokens.id, feed.id));
  return { id: feed.id, kind: feed.kind, spaceId: feed.spaceId, userId: feed.userId, locale: feed.locale ?? 'ja' };
}
