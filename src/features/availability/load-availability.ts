import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { workerProfiles } from '../workers/schema';
import type { BusinessDate, Weekday } from './calendar';
import { expandAvailabilityByDay, type AvailabilityDay, type DateOverride, type WeeklySlot } from './expand';
import { availabilityDates, availabilityDateSlots, availabilitySlots } from './schema';

/** What a worker has declared: the weekly pattern, the profile's target and holiday choice. */
export type WorkerAvailability = {
  weekly: WeeklySlot[];
  /** Null when the worker has no profile yet or set no target. */
  hoursPerWeek: number | null;
  worksOnHolidays: boolean;
  /** False when there is no worker_profiles row yet: no target, holidays off, nothing to update. */
  hasProfile: boolean;
};

export async function loadWeeklyPattern(db: Db, userId: string): Promise<WorkerAvailability> {
  const [weekly, [profile]] = await Promise.all([
    db
      .select({ weekday: availabilitySlots.weekday, startMinute: availabilitySlots.startMinute, location: availabilitySlots.location })
      .from(availabilitySlots)
      .where(eq(availabilitySlots.userId, userId))
      .orderBy(asc(availabilitySlots.weekday), asc(availabilitySlots.startMinute)),
    db
      .select({ hoursPerWeek: workerProfiles.hoursPerWeek, worksOnHolidays: workerProfiles.worksOnHolidays })
      .from(workerProfiles)
      .where(eq(workerProfiles.userId, userId)),
  ]);
  return {
    weekly: weekly.map((slot) => ({ ...slot, weekday: slot.weekday as Weekday })),
    hoursPerWeek: profile?.hoursPerWeek ?? null,
    worksOnHolidays: profile?.worksOnHolidays ?? false,
    hasProfile: profile !== undefined,
  };
}

/** The worker's date overrides from..to, each with its slots (none: a day off). */
export async function loadDateOverrides(db: Db, userId: string, from: BusinessDate, to: BusinessDate): Promise<DateOverride[]> {
  const [dates, slots] = await Promise.all([
    db
      .select({ date: availabilityDates.date })
      .from(availabilityDates)
      .where(and(eq(availabilityDates.userId, userId), gte(availabilityDates.date, from), lte(availabilityDates.date, to)))
      .orderBy(asc(availabilityDates.date)),
    db
      .select({ date: availabilityDateSlots.date, startMinute: availabilityDateSlots.startMinute, location: availabilityDateSlots.location })
      .from(availabilityDateSlots)
      .where(and(eq(availabilityDateSlots.userId, userId), gte(availabilityDateSlots.date, from), lte(availabilityDateSlots.date, to)))
      .orderBy(asc(availabilityDateSlots.date), asc(availabilityDateSlots.startMinute)),
  ]);
  return dates.map(({ date }) => ({
    date,
    slots: slots.filter((slot) => slot.date === date).map(({ startMinute, location }) => ({ startMinute, location })),
  }));
}

/** The days from..to as this worker will actually be available, with why (override, holiday, pattern). */
export async function loadAvailability(db: Db, userId: string, from: BusinessDate, to: BusinessDate): Promise<AvailabilityDay[]> {
  const [declared, dates] = await Promise.all([loadWeeklyPattern(db, userId), loadDateOverrides(db, userId, from, to)]);
  return expandAvailabilityByDay({ weekly: declared.weekly, dates, from, to, worksOnHolidays: declared.worksOnHolidays });
}
