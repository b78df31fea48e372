import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { BusinessDate } from './calendar';
import { availabilityDates } from './schema';

/** Removes a date's override, so the date follows the weekly pattern again. Its slots go with it (cascade). */
export async function clearDateOverride(db: Db, userId: string, date: BusinessDate): Promise<boolean> {
  const removed = await db
    .delete(availabilityDates)
    .where(and(eq(availabilityDates.userId, userId), eq(availabilityDates.date, date)))
    .returning({ date: availabilityDates.date });
  return removed.length > 0;
}
