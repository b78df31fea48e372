import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { distinctWeekly, type WeeklySlot } from './expand';
import { availabilitySlots } from './schema';

/** Replaces the worker's whole weekly pattern with these slots, in one transaction. */
export async function saveWeeklyPattern(db: Db, userId: string, slots: readonly WeeklySlot[]): Promise<void> {
  const rows = distinctWeekly(slots).map((slot) => ({ userId, ...slot }));
  await db.transaction(async (tx) => {
    await tx.delete(availabilitySlots).where(eq(availabilitySlots.userId, userId));
    if (rows.length > 0) await tx.insert(availabilitySlots).values(rows);
  });
}
