import { and, eq, exists, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { workerProfiles, workerSkills } from '../workers/schema';
import type { SkillCode, WorkLocation } from '../workers/vocabulary';
import { datesBetween, weekStartOf, type BusinessDate, type Weekday } from './calendar';
import { expandAvailability, slotMinutes, type DateOverride, type WeeklySlot } from './expand';
import { availabilityDates, availabilityDateSlots, availabilitySlots } from './schema';

export type OfferedHoursQuery = { from: BusinessDate; to: BusinessDate; skill?: SkillCode | undefined; location?: WorkLocation | undefined };

/** Totals only: minutes offered and how many workers offer any. */
export type OfferedTotal = { minutes: number; workers: number };
export type OfferedHours = {
  days: (OfferedTotal & { date: BusinessDate })[];
  /** Weeks run Monday to Sunday; a week cut by the range counts only its days inside it. */
  weeks: (OfferedTotal & { weekStart: BusinessDate })[];
  total: OfferedTotal;
};

/** Workers who can be offered work now: trainees and active workers. */
const offeringStatuses = ['trainee', 'active'] as const;

/**
 * The hours the team offers from..to, per day and per week, across trainees and active workers
 * (optionally only those with a skill), counting only slots at the location asked for.
 */
export async function offeredHours(db: Db, query: OfferedHoursQuery): Promise<OfferedHours> {
  const conditions: SQL[] = [inArray(workerProfiles.status, offeringStatuses)];
  if (query.skill) {
    conditions.push(
      exists(
        db
          .select({ userId: workerSkills.userId })
          .from(workerSkills)
          .where(and(eq(workerSkills.userId, workerProfiles.userId), eq(workerSkills.skill, query.skill))),
      ),
    );
  }
  const eligible = and(...conditions);
  const [workers, weekly, dates, dateSlots] = await Promise.all([
    db.select({ userId: workerProfiles.userId, worksOnHolidays: workerProfiles.worksOnHolidays }).from(workerProfiles).where(eligible),
    db
      .select({ userId: availabilitySlots.userId, weekday: availabilitySlots.weekday, startMinute: availabilitySlots.startMinute, location: availabilitySlots.location })
      .from(availabilitySlots)
      .innerJoin(workerProfiles, eq(workerProfiles.userId, availabilitySlots.userId))
      .where(eligible),
    db
      .select({ userId: availabilityDates.userId, date: availabilityDates.date })
      .from(availabilityDates)
      .innerJoin(workerProfiles, eq(workerProfiles.userId, availabilityDates.userId))
      .where(and(eligible, gte(availabilityDates.date, query.from), lte(availabilityDates.date, query.to))),
    db
      .select({ userId: availabilityDateSlots.userId, date: availabilityDateSlots.date, startMinute: availabilityDateSlots.startMinute, location: availabilityDateSlots.location })
      .from(availabilityDateSlots)
      .innerJoin(workerProfiles, eq(workerProfiles.userId, availabilityDateSlots.userId))
      .where(and(eligible, gte(availabilityDateSlots.date, query.from), lte(availabilityDateSlots.date, query.to))),
  ]);

  const weeklyByWorker = groupBy(weekly, (slot) => slot.userId);
  const datesByWorker = groupBy(dates, (row) => row.userId);
  const dateSlotsByWorker = groupBy(dateSlots, (row) => `${row.userId} ${row.date}`);

  const dayMinutes = new Map<BusinessDate, number>();
  const dayWorkers = new Map<BusinessDate, Set<string>>();
  for (const worker of workers) {
    const pattern: WeeklySlot[] = (weeklyByWorker.get(worker.userId) ?? []).map((slot) => ({ ...slot, weekday: slot.weekday as Weekday }));
    const overrides: DateOverride[] = (datesByWorker.get(worker.userId) ?? []).map(({ date }) => ({
      date,
      slots: dateSlotsByWorker.get(`${worker.userId} ${date}`) ?? [],
    }));
    const slots = expandAvailability({ weekly: pattern, dates: overrides, from: query.from, to: query.to, worksOnHolidays: worker.worksOnHolidays });
    for (const slot of slots) {
      if (query.location && slot.location !== query.location) continue;
      dayMinutes.set(slot.date, (dayMinutes.get(slot.date) ?? 0) + slotMinutes);
      dayWorkers.set(slot.date, (dayWorkers.get(slot.date) ?? new Set()).add(worker.userId));
    }
  }

  const days = datesBetween(query.from, query.to).map((date) => ({ date, minutes: dayMinutes.get(date) ?? 0, workers: dayWorkers.get(date)?.size ?? 0 }));
  const weekMap = new Map<BusinessDate, { minutes: number; workers: Set<string> }>();
  for (const day of days) {
    const week = weekMap.get(weekStartOf(day.date)) ?? { minutes: 0, workers: new Set<string>() };
    week.minutes += day.minutes;
    for (const id of dayWorkers.get(day.date) ?? []) week.workers.add(id);
    weekMap.set(weekStartOf(day.date), week);
  }
  const weeks = [...weekMap].map(([weekStart, week]) => ({ weekStart, minutes: week.minutes, workers: week.workers.size }));
  const everyone = new Set([...dayWorkers.values()].flatMap((set) => [...set]));
  return { days, weeks, total: { minutes: days.reduce((sum, day) => sum + day.minutes, 0), workers: everyone.size } };
}

function groupBy<Item>(items: readonly Item[], keyOf: (item: Item) => string): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
