import { and, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { groupBy } from '../../group-by';
import { workerProfiles } from '../workers/schema';
import type { BusinessDate, Weekday } from './calendar';
import { expandAvailability, type AvailableSlot, type DateOverride, type WeeklySlot } from './expand';
import { availabilityDates, availabilityDateSlots, availabilitySlots } from './schema';

/**
 * The concrete slots from..to of every worker whose profile matches `which` (a condition on
 * worker_profiles), in four queries however many workers: patterns, date overrides and holidays
 * applied as for one worker (see expandAvailabilityByDay). Workers offering nothing map to [].
 */
export async function loadWorkersAvailability(db: Db, which: SQL, from: BusinessDate, to: BusinessDate): Promise<Map<string, AvailableSlot[]>> {
  const [workers, weekly, dates, dateSlots] = await Promise.all([
    db.select({ userId: workerProfiles.userId, worksOnHolidays: workerProfiles.worksOnHolidays }).from(workerProfiles).where(which),
    db
      .select({ userId: availabilitySlots.userId, weekday: availabilitySlots.weekday, startMinute: availabilitySlots.startMinute, location: availabilitySlots.location })
      .from(availabilitySlots)
      .innerJoin(workerProfiles, eq(workerProfiles.userId, availabilitySlots.userId))
      .where(which),
    db
      .select({ userId: availabilityDates.userId, date: availabilityDates.date })
      .from(availabilityDates)
      .innerJoin(workerProfiles, eq(workerProfiles.userId, availabilityDates.userId))
      .where(and(which, gte(availabilityDates.date, from), lte(availabilityDates.date, to))),
    db
      .select({ userId: availabilityDateSlots.userId, date: availabilityDateSlots.date, startMinute: availabilityDateSlots.startMinute, location: availabilityDateSlots.location })
      .from(availabilityDateSlots)
      .innerJoin(workerProfiles, eq(workerProfiles.userId, availabilityDateSlots.userId))
      .where(and(which, gte(availabilityDateSlots.date, from), lte(availabilityDateSlots.date, to))),
  ]);

  const weeklyByWorker = groupBy(weekly, (slot) => slot.userId);
  const datesByWorker = groupBy(dates, (row) => row.userId);
  const dateSlotsByWorker = groupBy(dateSlots, (row) => `${row.userId} ${row.date}`);
  const slots = new Map<string, AvailableSlot[]>();
  for (const worker of workers) {
    const pattern: WeeklySlot[] = (weeklyByWorker.get(worker.userId) ?? []).map((slot) => ({ ...slot, weekday: slot.weekday as Weekday }));
    const overrides: DateOverride[] = (datesByWorker.get(worker.userId) ?? []).map(({ date }) => ({
      date,
      slots: dateSlotsByWorker.get(`${worker.userId} ${date}`) ?? [],
    }));
    slots.set(worker.userId, expandAvailability({ weekly: pattern, dates: overrides, from, to, worksOnHolidays: worker.worksOnHolidays }));
  }
  return slots;
}
