import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { workerProfiles } from '../workers/schema';

/**
 * Sets the worker's target hours per week (null: no target) and whether they work on national
 * holidays. Only a worker with a profile has these; without one nothing changes.
 */
export async function setWorkPreferences(
  db: Db,
  userId: string,
  preferences: { hoursPerWeek: number | null; worksOnHolidays: boolean },
): Promise<{ ok: true } | { ok: false; reason: 'noProfile' }> {
  const updated = await db
    .update(workerProfiles)
    .set({ ...preferences, updatedAt: new Date() })
    .where(eq(workerProfiles.userId, userId))
    .returning({ userId: workerProfiles.userId });
  return updated.length > 0 ? { ok: true } : { ok: false, reason: 'noProfile' };
}
