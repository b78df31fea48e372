import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { failedAttempts } from './schema';

/** A key to count failures under, and how many failures it is allowed before it must wait. */
export type ThrottleKey = { key: string; freeFailures: number };

// Failures older than this are forgotten.
const windowMs = 15 * 60 * 1000;
const firstWaitMs = 30 * 1000;
const longestWaitMs = 15 * 60 * 1000;

/** The wait after `failures` consecutive failures: none while free, then 30 s doubling up to 15 min. */
export function waitAfterFailures(failures: number, freeFailures: number): number {
  if (failures <= freeFailures) return 0;
  return Math.min(firstWaitMs * 2 ** (failures - freeFailures - 1), longestWaitMs);
}

/** Seconds to wait before another attempt is accepted for any of these keys (0 when none). */
export async function secondsToWait(db: Db, keys: ThrottleKey[], now = new Date()): Promise<number> {
  const rows = await db
    .select()
    .from(failedAttempts)
    .where(inArray(failedAttempts.key, keys.map((k) => k.key)));
  let waitUntil = now.getTime();
  for (const row of rows) {
    if (now.getTime() - row.lastFailedAt.getTime() > windowMs) continue;
    const freeFailures = keys.find((k) => k.key === row.key)?.freeFailures ?? 0;
    waitUntil = Math.max(waitUntil, row.lastFailedAt.getTime() + waitAfterFailures(row.failures, freeFailures));
  }
  return Math.ceil((waitUntil - now.getTime()) / 1000);
}

/** Counts one more attempt (a failure, or any submission being rate-limited) under each key, atomically, starting again after a quiet window. */
export async function recordAttempt(db: Db, keys: ThrottleKey[], now = new Date()): Promise<void> {
  const windowStart = new Date(now.getTime() - windowMs);
  for (const { key } of keys) {
    await db
      .insert(failedAttempts)
      .values({ key, failures: 1, lastFailedAt: now })
      .onConflictDoUpdate({
        target: failedAttempts.key,
        set: {
          failures: sql`case when ${failedAttempts.lastFailedAt} < ${windowStart.toISOString()}::timestamptz then 1 else ${failedAttempts.failures} + 1 end`,
          lastFailedAt: now,
        },
      });
  }
}

export async function clearAttempts(db: Db, keys: ThrottleKey[]): Promise<void> {
  await db.delete(failedAttempts).where(inArray(failedAttempts.key, keys.map((k) => k.key)));
}

export type ThrottledResult<T> =
  | { ok: true; value: T }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; waitSeconds: number };

/**
 * Runs an attempt that answers null on failure (a wrong password, a wrong code), counting
 * failures under the keys and refusing to try while any key must wait. A success clears the
 * first key (the account's), not the shared address's.
 */
export async function attemptThrottled<T>(
  db: Db,
  keys: ThrottleKey[],
  attempt: () => Promise<T | null>,
  now = new Date(),
): Promise<ThrottledResult<T>> {
  const waitBefore = await secondsToWait(db, keys, now);
  if (waitBefore > 0) return { ok: false, reason: 'throttled', waitSeconds: waitBefore };
  const value = await attempt();
  if (value === null) {
    await recordAttempt(db, keys, now);
    const waitSeconds = await secondsToWait(db, keys, now);
    return waitSeconds > 0 ? { ok: false, reason: 'throttled', waitSeconds } : { ok: false, reason: 'invalid' };
  }
  await clearAttempts(db, keys.slice(0, 1));
  return { ok: true, value };
}
