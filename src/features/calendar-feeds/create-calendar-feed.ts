import { and, eq, isNull } from 'drizzle-orm';
import { randomToken, sha256 } from '../../auth/tokens';
import type { Db } from '../../db/client';
import { spaces } from '../centre/schema';
import { calendarFeedTokens } from './schema';

export type FeedTarget = { kind: 'user' } | { kind: 'space'; spaceId: string };

type CreatedFeed = { ok: true; id: string; token: string };

/**
 * Makes a new feed URL's token for its owner and returns it: the only time the token exists
 * outside the request, as only its hash is stored. Earlier feeds keep working until revoked.
 * A space feed needs a space still in use (a retired one's existing feeds keep showing its history).
 */
export async function createCalendarFeed(db: Db, userId: string, target: { kind: 'user' }): Promise<CreatedFeed>;
export async function createCalendarFeed(db: Db, userId: string, target: FeedTarget): Promise<CreatedFeed | { ok: false; reason: 'noSuchSpace' }>;
export async function createCalendarFeed(db: Db, userId: string, target: FeedTarget): Promise<CreatedFeed | { ok: false; reason: 'noSuchSpace' }> {
  if (target.kind === 'space') {
    const [space] = await db.select({ id: spaces.id }).from(spaces).where(and(eq(spaces.id, target.spaceId), isNull(spaces.retiredAt)));
    if (!space) return { ok: false, reason: 'noSuchSpace' };
  }
  const token = randomToken();
  const [feed] = await db
    .insert(calendarFeedTokens)
    .values({ tokenHash: sha256(token), userId, kind: target.kind, spaceId: target.kind === 'space' ? target.spaceId : null })
    .returning({ id: calendarFeedTokens.id });
  return { ok: true, id: feed!.id, token };
}
