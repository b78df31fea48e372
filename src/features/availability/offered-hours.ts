import { and, eq, exists, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { workerProfiles, workerSkills } from '../workers/schema';
import type { SkillCode, WorkLocation } from '../workers/vocabulary';
import { datesBetween, weekStartOf, type BusinessDate } from './calendar';
import { slotMinutes } from './expand';
import { loadWorkersAvailability } from './load-workers-availability';

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
  const slotsByWorker = await loadWorkersAvailability(db, and(...conditions)!, query.from, query.to);
  const dayMinutes = new Map<BusinessDate, number>();
  const dayWorkers = new Map<BusinessDate, Set<string>>();
  for (const [userId, slots] of slotsByWorker) {
    for (const slot of slots) {
      if (query.location && slot.location !== query.location) continue;
      dayMinutes.set(slot.date, (dayMinutes.get(slot.date) ?? 0) + slotMinutes);
      dayWorkers.set(slot.date, (dayWorkers.get(slot.date) ?? new Set()).add(userId));
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
