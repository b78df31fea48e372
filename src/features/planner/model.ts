/**
 * The planning model (docs/planner.md): who is offered which work on which day. Pure data and
 * arithmetic, no database: the same input feeds the solver, the HiGHS reference, the greedy
 * baseline, the explanations and the benchmark.
 */
import type { WorkLocation } from '../workers/vocabulary';

/** A day of the plan: 0 is its first day. */
export type DayIndex = number;

export type PlanWorker = {
  id: string;
  /** Minutes this worker hopes to work over the whole plan (their weekly target × days / 7). */
  targetMinutes: number;
  /** Has no accepted work yet: gets a fair start before others fill their shares. */
  newcomer: boolean;
  /** Minutes offered per day and place; at most one entry per (day, location). */
  supply: { day: DayIndex; location: WorkLocation; minutes: number }[];
  /** Indexes of the packages this worker may do by team, skills and NDA; location is checked per day. */
  eligible: number[];
  /** Indexes of packages this worker already worked on (held a task, or accepted a planned offer). */
  continues: number[];
};

export type PlanPackage = {
  id: string;
  /** Minutes of work still to plan (estimates of its open tasks), including what `fixed` already covers. */
  minutes: number;
  /** The last day whose work is on time: below 0 when the deadline has passed, ≥ days when after the plan. */
  deadline: DayIndex;
  /** The first day its work can be done (a check step waits for the entry step). */
  earliest: DayIndex;
  /** Only at the centre: never planned on a day's home hours. */
  centreOnly: boolean;
};

/** An accepted offer: kept exactly as it is when re-planning. */
export type FixedAssignment = { worker: number; package: number; day: DayIndex; location: WorkLocation; minutes: number };
/** A declined offer: this worker is not offered this package on this day again. */
export type Exclusion = { worker: number; package: number; day: DayIndex };

export type PlanInput = {
  days: number;
  workers: PlanWorker[];
  packages: PlanPackage[];
  fixed: FixedAssignment[];
  excluded: Exclusion[];
};

export type PlanAssignment = { worker: number; package: number; day: DayIndex; location: WorkLocation; minutes: number; fixed: boolean };

export type PlanResult = {
  /** Fixed assignments first, then the new ones, in worker, day, package order. */
  assignments: PlanAssignment[];
  /** Per package: minutes planned (fixed included) and left unplanned. */
  packages: { planned: number; unmet: number }[];
  /** Per worker: minutes planned (fixed included). */
  workers: { planned: number }[];
  /** The model's objective for the new assignments (lower is better; see `weights`). */
  objective: number;
};

/**
 * Costs per minute, in priority order: each outweighs any exchange of one minute between two
 * workers or two packages in the objectives below it (docs/planner.md shows why).
 */
export const weights = {
  /** (a) Any minute of work done on time. */
  work: 1_000_000,
  /** (a) Earliest deadlines first: per day a deadline is sooner than `urgencyHorizonDays` away. */
  urgency: 1_000,
  urgencyHorizonDays: 60,
  /** (b) Fairness: the k-th tenth of a worker's target costs k × this; the j-th tenth beyond it (20 + j) ×. */
  fairnessStep: 100,
  fairnessSegments: 10,
  overTargetSteps: 20,
  /** Beyond the target, tenths keep getting dearer (up to this many), so overload is spread too. */
  overTargetSegments: 10,
  /** (b) A newcomer's first `newcomerSegments` tenths cost this (below everyone's first tenth). */
  newcomerBonus: -100,
  newcomerSegments: 2,
  /** (c) Continuing a package the worker already worked on. */
  continuity: -20,
  /** Earlier days first, so work is not left to the last day (a tie-breaker below the others). */
  day: 1,
} as const;

/** How much sooner than the urgency horizon a package is due, in days: what `weights.urgency` pays for. */
export const urgencyDays = (pkg: PlanPackage) => Math.max(0, weights.urgencyHorizonDays - Math.max(0, pkg.deadline));

/** The reward (a negative cost) for one minute of a package's work done on time. */
export function workCost(pkg: PlanPackage): number {
  return -(weights.work + weights.urgency * urgencyDays(pkg));
}

/** Arc kinds, so a solution maps back to the plan and explanations can say which objective spoke. */
export const arcKinds = { share: 0, supply: 1, work: 2, deliver: 3, return: 5 } as const;

/**
 * A min-cost circulation: node 0 is the source, 1 the sink; the `return` arc (sink → source, cost 0)
 * closes it. Arrays are indexed by arc. Integral by structure: every capacity is whole minutes.
 */
export type PlanNetwork = {
  nodes: number;
  tail: Int32Array;
  head: Int32Array;
  capacity: Float64Array;
  cost: Float64Array;
  kind: Uint8Array;
  /** For work arcs: the worker, day, location (0 home, 1 centre) and package; -1 elsewhere. */
  worker: Int32Array;
  day: Int32Array;
  location: Uint8Array;
  pkg: Int32Array;
  arcs: number;
};

export const sourceNode = 0;
export const sinkNode = 1;

const locationCode = (location: WorkLocation) => (location === 'centre' ? 1 : 0);
export const locationOfCode = (code: number): WorkLocation => (code === 1 ? 'centre' : 'home');

/** Minutes already fixed, per worker and per package (accepted offers). */
export function fixedTotals(input: PlanInput): { byWorker: number[]; byPackage: number[]; bySlot: Map<string, number> } {
  const byWorker = new Array<number>(input.workers.length).fill(0);
  const byPackage = new Array<number>(input.packages.length).fill(0);
  const bySlot = new Map<string, number>();
  for (const fixed of input.fixed) {
    byWorker[fixed.worker]! += fixed.minutes;
    byPackage[fixed.package]! += fixed.minutes;
    const key = slotKey(fixed.worker, fixed.day, fixed.location);
    bySlot.set(key, (bySlot.get(key) ?? 0) + fixed.minutes);
  }
  return { byWorker, byPackage, bySlot };
}

export const slotKey = (worker: number, day: DayIndex, location: WorkLocation) => `${worker}:${day}:${location}`;

/** True when this worker may be planned on this package on that day and at that place. */
export function mayPlan(input: PlanInput, pkg: PlanPackage, day: DayIndex, location: WorkLocation): boolean {
  return day >= pkg.earliest && day <= pkg.deadline && day >= 0 && day < input.days && (location === 'centre' || !pkg.centreOnly);
}

/**
 * The network of docs/planner.md: source → worker (fairness segments) → worker's day and place
 * (offered minutes) → package (eligible, on time) → sink (minutes to do) → back to the source;
 * minutes nobody needs carry no flow. Accepted offers are taken out first: off the worker's day, off the
 * package's minutes, and off the bottom of the worker's fairness segments.
 */
export function buildPlanNetwork(input: PlanInput): PlanNetwork {
  const fixed = fixedTotals(input);
  const excluded = new Set(input.excluded.map((e) => `${e.worker}:${e.day}:${e.package}`));
  const tail: number[] = [];
  const head: number[] = [];
  const capacity: number[] = [];
  const cost: number[] = [];
  const kind: number[] = [];
  const worker: number[] = [];
  const day: number[] = [];
  const location: number[] = [];
  const pkg: number[] = [];
  const addArc = (from: number, to: number, cap: number, arcCost: number, arcKind: number, w = -1, d = -1, l = 0, p = -1) => {
    tail.push(from);
    head.push(to);
    capacity.push(cap);
    cost.push(arcCost);
    kind.push(arcKind);
    worker.push(w);
    day.push(d);
    location.push(l);
    pkg.push(p);
  };

  let nodes = 2;
  const packageNode = input.packages.map(() => nodes++);
  let totalSupply = 0;

  input.workers.forEach((person, w) => {
    const workerNode = nodes++;
    const slots = openSlots(input, w, fixed.bySlot);
    const offered = slots.reduce((sum, slot) => sum + slot.minutes, 0);
    if (offered === 0) return;
    totalSupply += offered;
    for (const segment of shareSegments(person, fixed.byWorker[w]!, offered)) addArc(sourceNode, workerNode, segment.minutes, segment.cost, arcKinds.share, w);

    const continues = new Set(person.continues);
    for (const slot of slots) {
      const slotNode = nodes++;
      addArc(workerNode, slotNode, slot.minutes, 0, arcKinds.supply, w, slot.day, locationCode(slot.location));
      for (const p of person.eligible) {
        const pack = input.packages[p]!;
        if (!mayPlan(input, pack, slot.day, slot.location) || excluded.has(`${w}:${slot.day}:${p}`)) continue;
        addArc(slotNode, packageNode[p]!, slot.minutes, workArcCost(slot.day, continues.has(p)), arcKinds.work, w, slot.day, locationCode(slot.location), p);
      }
    }
  });

  input.packages.forEach((pack, p) => {
    const minutes = Math.max(0, pack.minutes - fixed.byPackage[p]!);
    if (minutes > 0) addArc(packageNode[p]!, sinkNode, minutes, workCost(pack), arcKinds.deliver, -1, -1, 0, p);
  });
  addArc(sinkNode, sourceNode, totalSupply, 0, arcKinds.return);

  return {
    nodes,
    arcs: tail.length,
    tail: Int32Array.from(tail),
    head: Int32Array.from(head),
    capacity: Float64Array.from(capacity),
    cost: Float64Array.from(cost),
    kind: Uint8Array.from(kind),
    worker: Int32Array.from(worker),
    day: Int32Array.from(day),
    location: Uint8Array.from(location),
    pkg: Int32Array.from(pkg),
  };
}

/** A worker's hours still open in the plan: what they offer on its days, less accepted offers. */
export function openSlots(input: PlanInput, w: number, fixedBySlot: Map<string, number>): PlanWorker['supply'] {
  return input.workers[w]!.supply
    .map((slot) => ({ ...slot, minutes: Math.max(0, slot.minutes - (fixedBySlot.get(slotKey(w, slot.day, slot.location)) ?? 0)) }))
    .filter((slot) => slot.minutes > 0 && slot.day >= 0 && slot.day < input.days);
}

/** The cost of one minute of this package on this day, beyond its deadline reward and the worker's share. */
export const workArcCost = (day: DayIndex, continuing: boolean) => weights.day * day + (continuing ? weights.continuity : 0);

/**
 * Source → worker in tenths of the target, each tenth dearer than the last, so everyone's first
 * tenth fills before anyone's second; beyond the target much dearer still. Minutes already fixed
 * fill the cheapest tenths first. Cheapest first, and `offered` minutes in all.
 */
export function shareSegments(person: PlanWorker, fixedMinutes: number, offered: number): { minutes: number; cost: number }[] {
  const segments: { minutes: number; cost: number }[] = [];
  const target = Math.max(0, Math.round(person.targetMinutes));
  const tenths = weights.fairnessSegments;
  let skip = fixedMinutes;
  let left = offered;
  for (let k = 0; k < tenths + weights.overTargetSegments && left > 0; k++) {
    const size = Math.floor((target * (k + 1)) / tenths) - Math.floor((target * k) / tenths);
    const usable = Math.max(0, size - skip);
    skip = Math.max(0, skip - size);
    const minutes = Math.min(usable, left);
    if (minutes === 0) continue;
    segments.push({ minutes, cost: shareCost(person, k) });
    left -= minutes;
  }
  if (left > 0) segments.push({ minutes: left, cost: shareCost(person, tenths + weights.overTargetSegments) });
  return segments;
}

/** The cost of one minute in the k-th tenth of a worker's target (k ≥ 10: beyond it). */
function shareCost(person: PlanWorker, k: number): number {
  if (person.newcomer && k < weights.newcomerSegments) return weights.newcomerBonus;
  if (k < weights.fairnessSegments) return weights.fairnessStep * k;
  return weights.fairnessStep * (weights.overTargetSteps + k - weights.fairnessSegments);
}

/** The network's total cost for a flow (arc-indexed). */
export function networkCost(network: PlanNetwork, flow: ArrayLike<number>): number {
  let total = 0;
  for (let a = 0; a < network.arcs; a++) total += network.cost[a]! * flow[a]!;
  return total;
}

/** Reads a flow on the network back into the plan: the fixed assignments, then the new ones. */
export function resultFromFlow(input: PlanInput, network: PlanNetwork, flow: ArrayLike<number>): PlanResult {
  const assignments: PlanAssignment[] = input.fixed.map((f) => ({ ...f, fixed: true }));
  for (let a = 0; a < network.arcs; a++) {
    if (network.kind[a] !== arcKinds.work || flow[a]! <= 0) continue;
    assignments.push({
      worker: network.worker[a]!,
      package: network.pkg[a]!,
      day: network.day[a]!,
      location: locationOfCode(network.location[a]!),
      minutes: Math.round(flow[a]!),
      fixed: false,
    });
  }
  return planOf(input, assignments, networkCost(network, flow));
}

/** A plan of these assignments (the fixed ones among them) with its totals and the given objective. */
export function planOf(input: PlanInput, assignments: PlanAssignment[], objective: number): PlanResult {
  const sorted = assignments.toSorted((x, y) => Number(y.fixed) - Number(x.fixed) || x.worker - y.worker || x.day - y.day || x.package - y.package);
  const packages = input.packages.map(() => ({ planned: 0, unmet: 0 }));
  const workers = input.workers.map(() => ({ planned: 0 }));
  for (const assignment of sorted) {
    packages[assignment.package]!.planned += assignment.minutes;
    workers[assignment.worker]!.planned += assignment.minutes;
  }
  input.packages.forEach((pack, p) => (packages[p]!.unmet = Math.max(0, pack.minutes - packages[p]!.planned)));
  return { assignments: sorted, packages, workers, objective };
}

/**
 * The model's objective for any plan's new assignments, whoever made it: the cost of the flow
 * they make on buildPlanNetwork's network, each worker's minutes filling their cheapest tenths
 * first (as an optimal flow does). So a plan from elsewhere and the solver's compare on one scale.
 */
export function planCost(input: PlanInput, assignments: readonly PlanAssignment[]): number {
  const fixed = fixedTotals(input);
  const newMinutes = new Array<number>(input.workers.length).fill(0);
  const continues = input.workers.map((person) => new Set(person.continues));
  let total = 0;
  for (const assignment of assignments) {
    if (assignment.fixed) continue;
    newMinutes[assignment.worker]! += assignment.minutes;
    const arcCost = workArcCost(assignment.day, continues[assignment.worker]!.has(assignment.package));
    total += (arcCost + workCost(input.packages[assignment.package]!)) * assignment.minutes;
  }
  input.workers.forEach((person, w) => {
    let left = newMinutes[w]!;
    if (left === 0) return;
    const offered = openSlots(input, w, fixed.bySlot).reduce((sum, slot) => sum + slot.minutes, 0);
    for (const segment of shareSegments(person, fixed.byWorker[w]!, offered)) {
      const minutes = Math.min(left, segment.minutes);
      total += segment.cost * minutes;
      left -= minutes;
    }
    if (left > 0) throw new RangeError(`planCost: worker ${w} is planned beyond the hours they offer`);
  });
  return total;
}
