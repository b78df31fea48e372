/**
 * One measured job of the planner benchmark, run by run.ts in a fresh process so that the peak
 * memory it reports belongs to that job alone: the process's highest resident set size after the
 * job, less its resident set size just before (the instance already generated). Reports to the
 * parent over IPC. Usage (from run.ts): measure.ts <solver|greedy|highs|phases> <scale> <seed> <HiGHS time limit, s>
 */
import { performance } from 'node:perf_hooks';
import { solveNetworkWithHighs } from '../../src/features/planner/highs-reference';
import { dualLowerBound } from '../../src/features/planner/lower-bound';
import { solveMinCostFlow, type FlowNetwork } from '../../src/features/planner/min-cost-flow';
import { arcKinds, buildPlanNetwork, fixedTotals, mayPlan, resultFromFlow, type FixedAssignment, type PlanInput, type PlanResult } from '../../src/features/planner/model';
import { measurePlan } from '../../src/features/planner/plan-metrics';
import { solvePlan } from '../../src/features/planner/solve-plan';
import { describeInstance, generateInstance, type ScaleName } from './generate-instance';
import { greedyPlan } from './greedy-plan';

export type JobName = 'solver' | 'greedy' | 'highs' | 'phases';

export type Usage = {
  seconds: number;
  /** Peak resident set size during the job, less the resident set size before it. */
  peakBytes: number;
  /** True when the job never rose above the process's earlier high-water mark: then peakBytes is only an upper bound. */
  peakHidden: boolean;
};

export type PlanReport = {
  job: 'solver' | 'greedy';
  usage: Usage;
  measures: ReturnType<typeof measurePlan>;
  /** Assignments, slots or packages where the plan breaks the model's rules (0 for a valid plan). */
  ruleBreaks: number;
};
export type HighsReport = { job: 'highs'; usage: Usage; status: string; objective: number };
export type PhasesReport = {
  job: 'phases';
  instance: ReturnType<typeof describeInstance>;
  network: { nodes: number; arcs: number; workArcs: number };
  seconds: { build: number; simplex: number; result: number };
  objective: number;
  /** Σ capacity · min(0, reduced cost) for the simplex's potentials: no feasible plan costs less. */
  dualBound: number;
  /** The simplex's flow keeps every capacity and balances every node (so its cost is a plan's). */
  flowFeasible: boolean;
};
export type JobReports = { solver: PlanReport; greedy: PlanReport; highs: HighsReport; phases: PhasesReport };
export type JobReport = JobReports[JobName];

async function measure<T>(job: () => T | Promise<T>): Promise<{ value: T; usage: Usage }> {
  globalThis.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const maxBefore = process.resourceUsage().maxRSS;
  const start = performance.now();
  const value = await job();
  const seconds = (performance.now() - start) / 1000;
  const maxAfter = process.resourceUsage().maxRSS;
  return { value, usage: { seconds, peakBytes: Math.max(0, maxAfter * 1024 - rssBefore), peakHidden: maxAfter === maxBefore } };
}

/**
 * The rules both plans must keep, checked from the input alone: accepted offers kept as they are;
 * new work only eligible, on allowed days and places, not declined; no one beyond the hours
 * they offer; no package beyond its minutes.
 */
function countRuleBreaks(input: PlanInput, plan: PlanResult): number {
  const excluded = new Set(input.excluded.map((e) => `${e.worker}:${e.day}:${e.package}`));
  const eligible = input.workers.map((person) => new Set(person.eligible));
  const bySlot = new Map<string, number>();
  const byPackage = new Array<number>(input.packages.length).fill(0);
  const fixedKey = (f: FixedAssignment) => `${f.worker}:${f.package}:${f.day}:${f.location}:${f.minutes}`;
  const fixedKept = input.fixed.map(fixedKey).sort().join();
  let breaks = plan.assignments.filter((a) => a.fixed).map(fixedKey).sort().join() === fixedKept ? 0 : 1;
  for (const a of plan.assignments) {
    const key = `${a.worker}:${a.day}:${a.location}`;
    bySlot.set(key, (bySlot.get(key) ?? 0) + a.minutes);
    byPackage[a.package]! += a.minutes;
    if (a.fixed) continue;
    const pack = input.packages[a.package]!;
    if (!eligible[a.worker]!.has(a.package) || !mayPlan(input, pack, a.day, a.location) || excluded.has(`${a.worker}:${a.day}:${a.package}`) || a.minutes <= 0) breaks++;
  }
  for (const [key, minutes] of bySlot) {
    const [w, day, location] = key.split(':');
    const offered = input.workers[Number(w)]!.supply.find((slot) => slot.day === Number(day) && slot.location === location)?.minutes ?? 0;
    if (minutes > offered) breaks++;
  }
  const fixed = fixedTotals(input);
  byPackage.forEach((minutes, p) => {
    if (minutes > Math.max(input.packages[p]!.minutes, fixed.byPackage[p]!)) breaks++;
  });
  return breaks;
}

function flowIsFeasible(network: FlowNetwork, flow: Float64Array): boolean {
  const balance = new Float64Array(network.nodes);
  for (let a = 0; a < network.arcs; a++) {
    if (!(flow[a]! >= 0 && flow[a]! <= network.capacity[a]! && Number.isInteger(flow[a]))) return false;
    balance[network.tail[a]!]! -= flow[a]!;
    balance[network.head[a]!]! += flow[a]!;
  }
  return balance.every((b) => b === 0);
}

async function run(job: JobName, input: PlanInput, highsLimitSeconds: number): Promise<JobReport> {
  switch (job) {
    case 'solver':
    case 'greedy': {
      const { value: plan, usage } = await measure(() => (job === 'solver' ? solvePlan(input) : greedyPlan(input)));
      return { job, usage, measures: measurePlan(input, plan), ruleBreaks: countRuleBreaks(input, plan) };
    }
    case 'highs': {
      const network = buildPlanNetwork(input);
      // Loading the WebAssembly module counts: the app would pay it too, once per process.
      const { value, usage } = await measure(() => solveNetworkWithHighs(network, { timeLimitSeconds: highsLimitSeconds }));
      return { job, usage, status: value.status, objective: value.objective };
    }
    case 'phases': {
      // solvePlan's three steps timed one by one (in solve-plan.ts they run back to back).
      let start = performance.now();
      const network = buildPlanNetwork(input);
      const build = (performance.now() - start) / 1000;
      start = performance.now();
      const solution = solveMinCostFlow(network);
      const simplex = (performance.now() - start) / 1000;
      start = performance.now();
      const plan = resultFromFlow(input, network, solution.flow);
      const result = (performance.now() - start) / 1000;
      let workArcs = 0;
      for (let a = 0; a < network.arcs; a++) if (network.kind[a] === arcKinds.work) workArcs++;
      return {
        job,
        instance: describeInstance(input),
        network: { nodes: network.nodes, arcs: network.arcs, workArcs },
        seconds: { build, simplex, result },
        objective: plan.objective,
        dualBound: dualLowerBound(network, solution.potential),
        flowFeasible: flowIsFeasible(network, solution.flow),
      };
    }
  }
}

const [job, scale, seed, limit] = process.argv.slice(2) as [JobName, ScaleName, string, string];
const report = await run(job, generateInstance(scale, Number(seed)), Number(limit));
process.send!(report, () => process.exit(0));
