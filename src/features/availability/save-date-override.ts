import type { Db } from '../../db/client';
import type { BusinessDate } from './calendar';
import { clearDateOverride } from './clear-date-override';
import type { DateSlot } from './expand';
import { availabilityDates, availabilityDateSlots } from './schema';

/** Sets (or replaces) what the worker offers on one date; no slots means a day off. */
export async function saveDateOverride(db: Db, userId: string, date: BusinessDate, slots: readonly DateSlot[]): Promise<void> {
  const rows = [...new Map(slots.map((slot) => [slot.startMinute, { userId, date, ...slot }])).values()];
  await db.transaction(async (tx) => {
    await clearDateOverride(tx, userId, date);
    await tx.insert(availabilityDates).values({ userId, date });
    if (rows.length > 0) await tx.insert(availabilityDateSlots).values(rows);
  });
}
