/**
 * Why a plan is what it is: per package, why demand was left unmet; per worker, why this work
 * and why not more. Codes and numbers only (the pages word them). Explains an optimal result of
 * the model in model.ts; each reason is read off the input and the result, never guessed.
 */
import type { WorkLocation } from '../workers/vocabulary';
import { fixedTotals, mayPlan, type DayIndex, type PlanAssignment, type PlanInput, type PlanResult, type PlanWorker } from './model';

/** Why a package's demand was not all planned: the first that applies, in this order. */
export type UnmetReason =
  /** Its deadline was before the plan's first day. */
  | { code: 'deadlinePassed' }
  /** No worker may do it (team, skills, NDA): the page says what the package needs. */
  | { code: 'noTeamOrSkills' }
  /** Its deadline is after the plan's last day: the rest is left for a later plan, not late. */
  | { code: 'afterPlan'; deadline: DayIndex }
  /** It cannot start before its deadline passes (a check step waits for its entry step). */
  | { code: 'startsTooLate'; earliest: DayIndex; deadline: DayIndex }
  /** Centre-only, and the workers who may do it offer no centre hours on days it may be done. */
  | { code: 'noCentreHours'; by: DayIndex }
  /** Free hours that would have covered the rest were on days those workers declined it (`declinedMinutes` of them). */
  | { code: 'declined'; by: DayIndex; declinedMinutes: number }
  /**
   * The workers who may do it offer too few minutes on days (and places) it may be done, by
   * `by` (its deadline, inclusive): `offeredMinutes` (days they declined it not counted), of
   * which `usedElsewhereMinutes` went to other work — work due no later, or accepted offers.
   * At the optimum, unmet = needed − offered + usedElsewhere.
   */
  | { code: 'notEnoughHours'; by: DayIndex; neededMinutes: number; offeredMinutes: number; usedElsewhereMinutes: number };

export type UnmetCode = UnmetReason['code'];

export type PackageExplanation = {
  plannedMinutes: number;
  unmetMinutes: number;
  /** Null when nothing is unmet. */
  reason: UnmetReason | null;
};

/**
 * Why a package is planned for this worker. `fixed`: accepted earlier. The rest are about the
 * new minutes: `earliestDeadline` — on each of its days it was the work due soonest that they
 * could do there and that needed hours; `earlierWorkCovered` — work due sooner that they could
 * do was all planned for others; `continues` — they worked on it before; `centreHours` —
 * centre-only work on their centre hours; `newcomer` — a newcomer's fair start.
 */
export type WorkReason = 'fixed' | 'earliestDeadline' | 'earlierWorkCovered' | 'continues' | 'centreHours' | 'newcomer';

/**
 * Why a worker is planned below their target: `noHours` — they offered nothing in the plan;
 * `fewerHoursOffered` — all they offered is planned, and that is below the target;
 * `noMoreWork` — nothing they may do on their free hours needed more; `sharedFairly` — work
 * they could do on their free hours went to others instead (work is shared by how far each is
 * below their target; between equals, continuity decides).
 */
export type ShortfallReason = 'noHours' | 'fewerHoursOffered' | 'noMoreWork' | 'sharedFairly';

export type WorkerExplanation = {
  plannedMinutes: number;
  targetMinutes: number;
  /** Minutes offered on the plan's days, all places. */
  offeredMinutes: number;
  /** One entry per planned package (index into input.packages), in package order. */
  packages: { package: number; minutes: number; reasons: WorkReason[] }[];
  /** Null when planned ≥ target. */
  shortfall: ShortfallReason | null;
};

/** Parallel to input.packages and input.workers. */
export type PlanExplanation = { packages: PackageExplanation[]; workers: WorkerExplanation[] };

/**
 * One pass over each worker's offered slots × eligible packages (the size of the plan network),
 * gathering per package what was offered, declined and used, and per worker what was free.
 */
export function explainPlan(input: PlanInput, result: PlanResult): PlanExplanation {
  const packageCount = input.packages.length;
  const openDemand = fixedTotals(input).byPackage.map((fixedMinutes, p) => input.packages[p]!.minutes - fixedMinutes > 0);
  const excluded = new Set<number>();
  for (const e of input.excluded) if (e.day >= 0 && e.day < input.days) excluded.add((e.worker * input.days + e.day) * packageCount + e.package);

  const eligibleWorkers = new Array<number>(packageCount).fill(0);
  for (const person of input.workers) for (const p of person.eligible) eligibleWorkers[p]!++;

  const byWorker = input.workers.map((): PlanAssignment[] => []);
  const newByPackage = new Array<number>(packageCount).fill(0);
  for (const a of result.assignments) {
    byWorker[a.worker]!.push(a);
    if (!a.fixed) newByPackage[a.package]! += a.minutes;
  }

  // Per package, over eligible workers' slots on days and places it may be done.
  const offered = new Array<number>(packageCount).fill(0);
  const usedElsewhere = new Array<number>(packageCount).fill(0);
  const declinedFree = new Array<number>(packageCount).fill(0);
  // Declined days included: for centre-only work, whether anyone offers centre hours at all.
  const offeredOrDeclined = new Array<number>(packageCount).fill(0);

  const workers = input.workers.map((person, w): WorkerExplanation => {
    const mine = byWorker[w]!;
    const usedInSlot = new Map<number, number>();
    const usedOnPackage = new Map<number, number>();
    const newOnPackage = new Map<number, number>();
    for (const a of mine) {
      const slot = slotOf(a.day, a.location);
      usedInSlot.set(slot, (usedInSlot.get(slot) ?? 0) + a.minutes);
      usedOnPackage.set(slot * packageCount + a.package, (usedOnPackage.get(slot * packageCount + a.package) ?? 0) + a.minutes);
      if (!a.fixed) newOnPackage.set(a.package, (newOnPackage.get(a.package) ?? 0) + a.minutes);
    }

    let offeredMinutes = 0;
    let freeMinutes = 0;
    let othersTookWork = false;
    // Per slot: the soonest deadline among work they could do there that needed hours, and among that left unmet.
    const soonest = new Map<number, { open: number; unmet: number }>();
    for (const s of person.supply) {
      if (s.day < 0 || s.day >= input.days || s.minutes <= 0) continue;
      offeredMinutes += s.minutes;
      const slot = slotOf(s.day, s.location);
      const used = usedInSlot.get(slot) ?? 0;
      const free = Math.max(0, s.minutes - used);
      freeMinutes += free;
      const deadlines = { open: Infinity, unmet: Infinity };
      for (const p of person.eligible) {
        const pack = input.packages[p]!;
        if (!mayPlan(input, pack, s.day, s.location)) continue;
        offeredOrDeclined[p]! += s.minutes;
        if (excluded.has((w * input.days + s.day) * packageCount + p)) {
          declinedFree[p]! += free;
          continue;
        }
        offered[p]! += s.minutes;
        usedElsewhere[p]! += Math.min(s.minutes, used - (usedOnPackage.get(slot * packageCount + p) ?? 0));
        if (free > 0 && newByPackage[p]! > (newOnPackage.get(p) ?? 0)) othersTookWork = true;
        if (openDemand[p]) deadlines.open = Math.min(deadlines.open, pack.deadline);
        if (result.packages[p]!.unmet > 0) deadlines.unmet = Math.min(deadlines.unmet, pack.deadline);
      }
      soonest.set(slot, deadlines);
    }

    const packages = new Map<number, { package: number; minutes: number; fixed: boolean; newAssignments: number; soonestDays: number; coveredDays: number }>();
    for (const a of mine) {
      const entry = packages.get(a.package) ?? { package: a.package, minutes: 0, fixed: false, newAssignments: 0, soonestDays: 0, coveredDays: 0 };
      packages.set(a.package, entry);
      entry.minutes += a.minutes;
      if (a.fixed) {
        entry.fixed = true;
        continue;
      }
      entry.newAssignments++;
      const deadline = input.packages[a.package]!.deadline;
      const options = soonest.get(slotOf(a.day, a.location));
      if (!options) continue;
      if (deadline <= options.open) entry.soonestDays++;
      else if (deadline <= options.unmet) entry.coveredDays++;
    }

    const target = Math.max(0, Math.round(person.targetMinutes));
    const planned = result.workers[w]!.planned;
    return {
      plannedMinutes: planned,
      targetMinutes: person.targetMinutes,
      offeredMinutes,
      packages: [...packages.values()]
        .sort((x, y) => x.package - y.package)
        .map((entry) => ({ package: entry.package, minutes: entry.minutes, reasons: workReasons(input, person, entry) })),
      shortfall:
        planned >= target ? null
        : offeredMinutes === 0 ? 'noHours'
        : freeMinutes === 0 ? 'fewerHoursOffered'
        : othersTookWork ? 'sharedFairly'
        : 'noMoreWork',
    };
  });

  const packages = input.packages.map((pack, p): PackageExplanation => {
    const { planned, unmet } = result.packages[p]!;
    return { plannedMinutes: planned, unmetMinutes: unmet, reason: unmet > 0 ? unmetReason(p) : null };
  });

  function unmetReason(p: number): UnmetReason {
    const pack = input.packages[p]!;
    const unmet = result.packages[p]!.unmet;
    if (pack.deadline < 0) return { code: 'deadlinePassed' };
    if (eligibleWorkers[p] === 0) return { code: 'noTeamOrSkills' };
    if (pack.deadline >= input.days) return { code: 'afterPlan', deadline: pack.deadline };
    if (pack.earliest > pack.deadline) return { code: 'startsTooLate', earliest: pack.earliest, deadline: pack.deadline };
    if (pack.centreOnly && offeredOrDeclined[p] === 0) return { code: 'noCentreHours', by: pack.deadline };
    // Declines are the reason only when the declined free hours alone would have covered the rest.
    if (declinedFree[p]! >= unmet) return { code: 'declined', by: pack.deadline, declinedMinutes: declinedFree[p]! };
    return {
      code: 'notEnoughHours',
      by: pack.deadline,
      neededMinutes: pack.minutes,
      offeredMinutes: offered[p]!,
      usedElsewhereMinutes: usedElsewhere[p]!,
    };
  }

  return { packages, workers };
}

/** A worker's day and place as one number. */
const slotOf = (day: DayIndex, location: WorkLocation) => day * 2 + (location === 'centre' ? 1 : 0);

function workReasons(
  input: PlanInput,
  person: PlanWorker,
  entry: { package: number; fixed: boolean; newAssignments: number; soonestDays: number; coveredDays: number },
): WorkReason[] {
  const reasons: WorkReason[] = [];
  if (entry.fixed) reasons.push('fixed');
  if (entry.newAssignments === 0) return reasons;
  if (entry.soonestDays === entry.newAssignments) reasons.push('earliestDeadline');
  else if (entry.soonestDays + entry.coveredDays === entry.newAssignments) reasons.push('earlierWorkCovered');
  if (person.continues.includes(entry.package)) reasons.push('continues');
  if (input.packages[entry.package]!.centreOnly) reasons.push('centreHours');
  if (person.newcomer) reasons.push('newcomer');
  return reasons;
}
