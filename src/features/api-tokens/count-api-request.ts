import { lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { apiRequestsPerMinute } from './api-limits';
import { apiRequestCounts } from './schema';

export { apiRequestsPerMinute };

/** The start of the minute `now` falls in: the window requests are counted in. */
function minuteOf(now: Date): Date {
  return new Date(Math.floor(now.getTime() / 60_000) * 60_000);
}

/**
 * Counts one request by a token in the current minute and says whether it is within the limit.
 * One upsert counts it, so every app process counts into the same row and none can miss
 * another's request. Over the limit, says how many seconds until the next minute starts.
 */
export async function countApiRequest(
  db: Db,
  tokenId: string,
  now = new Date(),
  limitPerMinute = apiRequestsPerMinute,
): Promise<{ ok: true; remaining: number } | { ok: false; retryAfterSeconds: number }> {
  const minute = minuteOf(now);
  const [row] = await db
    .insert(apiRequestCounts)
    .values({ tokenId, minute, requests: 1 })
    .onConflictDoUpdate({ target: [apiRequestCounts.tokenId, apiRequestCounts.minute], set: { requests: sql`${apiRequestCounts.requests} + 1` } })
    .returning({ requests: apiRequestCounts.requests });
  const requests = row!.requests;
  if (requests <= limitPerMinute) return { ok: true, remaining: limitPerMinute - requests };
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((minute.getTime() + 60_000 - now.getTime()) / 1000)) };
}

/** Forgets the counts of minutes before the last hour; they matter only for the minute they count. */
export async function pruneApiRequestCounts(db: Db, now = new Date()): Promise<number> {
  const deleted = await db
    .delete(apiRequestCounts)
    .where(lt(apiRequestCounts.minute, new Date(minuteOf(now).getTime() - 60 * 60_000)))
    .returning({ tokenId: apiRequestCounts.tokenId });
  return deleted.length;
}
