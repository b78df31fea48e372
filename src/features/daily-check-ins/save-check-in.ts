import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { todayInJapan } from '../availability/calendar';
import { checkInsEnabled } from './check-ins-enabled';
import { dailyCheckIns } from './schema';
import type { Condition } from './validation';

/**
 * Today's check-in (a day in Japan): a second one the same day replaces the first, held by the
 * unique index on (person, day), so two at once leave one. False while check-ins are off.
 */
export async function saveCheckIn(db: Db, userId: string, entry: { condition: Condition; note: string | null }, now = new Date()): Promise<boolean> {
  if (!(await checkInsEnabled(db, userId))) return false;
  await db
    .insert(dailyCheckIns)
    .values({ userId, checkedInOn: todayInJapan(now), condition: entry.condition, note: entry.note, recordedAt: now })
    .onConflictDoUpdate({
      target: [dailyCheckIns.userId, dailyCheckIns.checkedInOn],
      set: { condition: sql`excluded.condition`, note: sql`excluded.note`, recordedAt: sql`excluded.recorded_at` },
    });
  return true;
}
