/**
 * Figures that say how good a plan is, read off its assignments alone, so the solver's plan and
 * any other (the benchmark's greedy baseline, a hand-edited plan) are measured the same way.
 */
import { mayPlan, planCost, urgencyDays, type PlanInput, type PlanResult } from './model';

export type PlanMeasures = {
  /** Every minute planned, accepted offers included. */
  plannedMinutes: number;
  /** Minutes planned on or before their package's deadline. */
  onTimeMinutes: number;
  /** On-time minutes × the days their deadline is sooner than the model's urgency horizon: earliest deadlines first. */
  urgencyWeightedMinutes: number;
  /** Minutes of packages due within the plan (not already overdue) that are not planned on time. */
  unmetInPlanMinutes: number;
  /** The model's objective for the plan's new assignments (model.ts `planCost`; lower is better). */
  objective: number;
  fairness: FairnessSpread;
  /** Worker-days with any work. */
  workerDays: number;
  /** Worker-days with work on more than one package. */
  multiPackageDays: number;
  /** Package changes within worker-days: a day with k packages counts k − 1. */
  contextSwitches: number;
};

/**
 * Planned ÷ target among workers with a target who could have been planned something (an eligible
 * package with work on one of their days and places, not declined).
 */
export type FairnessSpread = {
  workers: number;
  /** Population standard deviation of planned ÷ target. */
  standardDeviation: number;
  /**
   * The same of min(1, planned ÷ target): how unevenly workers fall short of their targets, work
   * beyond a target (hours the worker offered, given when nobody below target could take them) not counted.
   */
  shortfallStandardDeviation: number;
  /** Highest minus lowest planned ÷ target. */
  range: number;
  /** Share of those workers planned nothing while another is planned beyond their target (0 when nobody is). */
  starvedShare: number;
};

export function measurePlan(input: PlanInput, result: PlanResult): PlanMeasures {
  let plannedMinutes = 0;
  let onTimeMinutes = 0;
  let urgencyWeightedMinutes = 0;
  const onTimeByPackage = new Array<number>(input.packages.length).fill(0);
  const packagesByWorkerDay = new Map<string, Set<number>>();
  for (const assignment of result.assignments) {
    const pack = input.packages[assignment.package]!;
    plannedMinutes += assignment.minutes;
    if (assignment.day <= pack.deadline) {
      onTimeMinutes += assignment.minutes;
      urgencyWeightedMinutes += assignment.minutes * urgencyDays(pack);
      onTimeByPackage[assignment.package]! += assignment.minutes;
    }
    const key = `${assignment.worker}:${assignment.day}`;
    const packages = packagesByWorkerDay.get(key) ?? new Set<number>();
    packages.add(assignment.package);
    packagesByWorkerDay.set(key, packages);
  }

  let unmetInPlanMinutes = 0;
  input.packages.forEach((pack, p) => {
    if (pack.deadline >= 0 && pack.deadline < input.days) unmetInPlanMinutes += Math.max(0, pack.minutes - onTimeByPackage[p]!);
  });

  let multiPackageDays = 0;
  let contextSwitches = 0;
  for (const packages of packagesByWorkerDay.values()) {
    if (packages.size > 1) multiPackageDays++;
    contextSwitches += packages.size - 1;
  }

  return {
    plannedMinutes,
    onTimeMinutes,
    urgencyWeightedMinutes,
    unmetInPlanMinutes,
    objective: planCost(input, result.assignments),
    fairness: measureFairness(input, result),
    workerDays: packagesByWorkerDay.size,
    multiPackageDays,
    contextSwitches,
  };
}

function measureFairness(input: PlanInput, result: PlanResult): FairnessSpread {
  const excluded = new Set(input.excluded.map((e) => `${e.worker}:${e.day}:${e.package}`));
  const ratios: number[] = [];
  input.workers.forEach((person, w) => {
    if (person.targetMinutes <= 0) return;
    const couldWork = person.supply.some(
      (slot) =>
        slot.minutes > 0 &&
        person.eligible.some((p) => input.packages[p]!.minutes > 0 && mayPlan(input, input.packages[p]!, slot.day, slot.location) && !excluded.has(`${w}:${slot.day}:${p}`)),
    );
    if (couldWork) ratios.push(result.workers[w]!.planned / person.targetMinutes);
  });
  if (ratios.length === 0) return { workers: 0, standardDeviation: 0, shortfallStandardDeviation: 0, range: 0, starvedShare: 0 };
  const highest = ratios.reduce((max, r) => Math.max(max, r), -Infinity);
  const lowest = ratios.reduce((min, r) => Math.min(min, r), Infinity);
  return {
    workers: ratios.length,
    standardDeviation: standardDeviation(ratios),
    shortfallStandardDeviation: standardDeviation(ratios.map((r) => Math.min(1, r))),
    range: highest - lowest,
    starvedShare: highest > 1 ? ratios.filter((r) => r === 0).length / ratios.length : 0,
  };
}

function standardDeviation(values: number[]): number {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length);
}
