/**
 * The benchmark's baseline: what a careful person with a spreadsheet would do. Packages by
 * deadline (earliest first); for each, its days from the first it may be done; on each day, the
 * workers who may do it in a fixed order (their index), each giving as much of their free time
 * that day as the package still needs. The same rules as the model: eligibility, earliest day and
 * deadline, centre-only work only on centre hours, accepted offers kept, declined days skipped.
 */
import { fixedTotals, mayPlan, openSlots, planCost, planOf, type PlanAssignment, type PlanInput, type PlanResult } from '../../src/features/planner/model';

export function greedyPlan(input: PlanInput): PlanResult {
  const fixed = fixedTotals(input);
  const excluded = new Set(input.excluded.map((e) => `${e.worker}:${e.day}:${e.package}`));
  // Per worker and day, the hours still free (home and centre), taken down as work is planned.
  const free = input.workers.map((_, w) => {
    const byDay = Array.from({ length: input.days }, () => [] as { location: PlanAssignment['location']; minutes: number }[]);
    for (const slot of openSlots(input, w, fixed.bySlot)) byDay[slot.day]!.push({ location: slot.location, minutes: slot.minutes });
    return byDay;
  });
  const workersOf = input.packages.map(() => [] as number[]);
  input.workers.forEach((person, w) => person.eligible.forEach((p) => workersOf[p]!.push(w)));

  const assignments: PlanAssignment[] = input.fixed.map((f) => ({ ...f, fixed: true }));
  const byDeadline = input.packages.map((_, p) => p).sort((a, b) => input.packages[a]!.deadline - input.packages[b]!.deadline || a - b);
  for (const p of byDeadline) {
    const pack = input.packages[p]!;
    let needed = Math.max(0, pack.minutes - fixed.byPackage[p]!);
    for (let day = Math.max(0, pack.earliest); needed > 0 && day <= Math.min(pack.deadline, input.days - 1); day++) {
      for (const w of workersOf[p]!) {
        if (needed === 0) break;
        if (excluded.has(`${w}:${day}:${p}`)) continue;
        for (const slot of free[w]![day]!) {
          if (slot.minutes === 0 || !mayPlan(input, pack, day, slot.location)) continue;
          const minutes = Math.min(needed, slot.minutes);
          assignments.push({ worker: w, package: p, day, location: slot.location, minutes, fixed: false });
          slot.minutes -= minutes;
          needed -= minutes;
          if (needed === 0) break;
        }
      }
    }
  }
  return planOf(input, assignments, planCost(input, assignments));
}
