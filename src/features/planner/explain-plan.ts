/**
 * Why a plan is what it is: per package, why demand was left unmet; per worker, why this work
 * and why not more. Codes and numbers only (the pages word them). Explains an optimal result of
 * the model in model.ts; each reason is read off the input and the result, never guessed.
 */
import type { DayIndex, PlanInput, PlanResult } from './model';

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
  /** The hours left free on days it may be done were declined for it by those workers. */
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
 * they could do on their free hours went to others (further below their targets).
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

export function explainPlan(input: PlanInput, result: PlanResult): PlanExplanation {
  void input;
  void result;
  throw new Error('explainPlan: not implemented yet');
}
