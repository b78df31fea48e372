/**
 * `npm run bench:planner [-- --scale town|kado|prefecture] [--repeat 3] [--highs-limit 120] [--seed 20260501]`
 *
 * For each scale: the solver (solvePlan) and the greedy earliest-deadline baseline on the same
 * generated instance, each timed in fresh processes (the median of --repeat runs); the exact
 * optimum from HiGHS within a time limit, else the dual bound from the simplex's potentials; the
 * plan measures of both. Speeds are given absolute and as ratios to the greedy baseline measured
 * in the same run, since machines are noisy. Prints Markdown tables (docs/performance.md quotes them).
 */
import { execFileSync, fork } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { scales, type ScaleName } from './generate-instance';
import type { JobName, JobReport, JobReports, PlanReport, Usage } from './measure';

/** Issue 5's targets on a 2-core machine. */
const targets: Record<ScaleName, { seconds: number }> = { town: { seconds: 0.5 }, kado: { seconds: 5 }, prefecture: { seconds: 60 } };
const maxGap = 0.001;

const { values: options } = parseArgs({
  options: {
    scale: { type: 'string', multiple: true },
    repeat: { type: 'string', default: '3' },
    'highs-limit': { type: 'string', default: '120' },
    seed: { type: 'string', default: '20260501' },
  },
});
const chosen = (options.scale ?? Object.keys(scales)) as ScaleName[];
for (const scale of chosen) if (!(scale in scales)) throw new Error(`Unknown scale "${scale}": town, kado or prefecture`);
const repeat = Math.max(1, Number(options.repeat));

const measureScript = fileURLToPath(new URL('./measure.ts', import.meta.url));

function runJob<J extends JobName>(job: J, scale: ScaleName): Promise<JobReports[J]> {
  return new Promise((resolve, reject) => {
    const child = fork(measureScript, [job, scale, options.seed, options['highs-limit']], { execArgv: ['--import', 'tsx', '--expose-gc'] });
    let report: JobReport | undefined;
    child.on('message', (message) => (report = message as JobReport));
    child.on('error', reject);
    child.on('exit', (code) => (report ? resolve(report as JobReports[J]) : reject(new Error(`${job} at ${scale} exited with ${code}`))));
  });
}

const median = (values: number[]) => {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const medianUsage = (usages: Usage[]) => ({
  seconds: median(usages.map((u) => u.seconds)),
  peakBytes: median(usages.map((u) => u.peakBytes)),
  peakHidden: usages.some((u) => u.peakHidden),
});

const number = (value: number, digits = 0) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const hours = (minutes: number) => `${number(minutes / 60, 1)} h`;
const seconds = (value: number) => (value < 1 ? `${number(value * 1000, 0)} ms` : `${number(value, 2)} s`);
const megabytes = (usage: Usage) => `${usage.peakHidden ? '≤ ' : ''}${number(usage.peakBytes / 2 ** 20, 1)} MB`;
const ratio = (a: number, b: number) => (b === 0 ? (a === 0 ? '1' : '∞') : number(a / b, 3));
const percent = (value: number) => `${number(value * 100, 3)} %`;
/** How far an objective is above a reference, relative to it. */
const gapText = (value: number) => (value === 0 ? '0 (equal)' : `+${percent(value)}`);
const yes = (ok: boolean) => (ok ? 'met' : '**missed**');

type ScaleSummary = {
  scale: ScaleName;
  solver: Usage;
  greedy: Usage;
  highs: Usage;
  highsStatus: string;
  gap: number;
  reference: string;
  onTimeRatio: number;
  spreadRatio: number;
  shortfallRatio: number;
  targetsMet: boolean;
};

async function benchScale(scale: ScaleName): Promise<ScaleSummary> {
  const phases = await runJob('phases', scale);
  const solverRuns: PlanReport[] = [];
  const greedyRuns: PlanReport[] = [];
  // Alternate, so drift in the machine's speed touches both alike.
  for (let i = 0; i < repeat; i++) {
    solverRuns.push(await runJob('solver', scale));
    greedyRuns.push(await runJob('greedy', scale));
  }
  const highs = await runJob('highs', scale);

  const solver = solverRuns[0]!.measures;
  const greedy = greedyRuns[0]!.measures;
  if (solverRuns.some((r) => r.measures.objective !== solver.objective) || solver.objective !== phases.objective) {
    throw new Error(`${scale}: the solver gave different plans in different runs`);
  }
  const solverUsage = medianUsage(solverRuns.map((r) => r.usage));
  const greedyUsage = medianUsage(greedyRuns.map((r) => r.usage));

  // The exact optimum when HiGHS proves one in time; else the dual bound (a proven lower bound).
  const exact = highs.status === 'optimal';
  const optimum = exact ? highs.objective : phases.dualBound;
  const gapOf = (objective: number) => (objective - optimum) / Math.abs(optimum || 1);
  const gap = gapOf(solver.objective);
  const { instance, network } = phases;

  const lines = [
    `### ${scale}: ${number(instance.workers)} workers, ${number(instance.packages)} packages, ${instance.days} days`,
    '',
    `Instance (seed ${options.seed}): ${hours(instance.supplyMinutes)} offered, ${hours(instance.demandMinutes)} of work (${number((100 * instance.demandMinutes) / instance.supplyMinutes, 0)} % of supply); ` +
      `${number(instance.eligibleShare * 100, 2)} % of worker × package pairs eligible; ${number(instance.centreOnlyPackages)} centre-only packages; ${number(instance.newcomers)} newcomers; ${number(instance.fixed)} accepted and ${number(instance.excluded)} declined offers.`,
    `Network: ${number(network.nodes)} nodes, ${number(network.arcs)} arcs (${number(network.workArcs)} worker-day → package).`,
    '',
    `| | solver | greedy | solver ÷ greedy |`,
    `|---|--:|--:|--:|`,
    `| time (median of ${repeat} fresh processes) | ${seconds(solverUsage.seconds)} | ${seconds(greedyUsage.seconds)} | ${ratio(solverUsage.seconds, greedyUsage.seconds)} |`,
    `| peak memory (RSS above the process's before) | ${megabytes(solverUsage)} | ${megabytes(greedyUsage)} | ${ratio(solverUsage.peakBytes, greedyUsage.peakBytes)} |`,
    `| breaks of the model's rules (eligibility, days, centre-only, declines, hours, accepted offers) | ${number(solverRuns[0]!.ruleBreaks)} | ${number(greedyRuns[0]!.ruleBreaks)} | |`,
    `| objective (model.ts weights; lower is better) | ${number(solver.objective)} | ${number(greedy.objective)} | |`,
    `| above the ${exact ? 'exact optimum (HiGHS)' : 'dual lower bound'} | ${gapText(gap)} | ${gapText(gapOf(greedy.objective))} | |`,
    `| work planned on time | ${hours(solver.onTimeMinutes)} | ${hours(greedy.onTimeMinutes)} | ${ratio(solver.onTimeMinutes, greedy.onTimeMinutes)} |`,
    `| on-time work × days of urgency | ${number(solver.urgencyWeightedMinutes / 60)} h·d | ${number(greedy.urgencyWeightedMinutes / 60)} h·d | ${ratio(solver.urgencyWeightedMinutes, greedy.urgencyWeightedMinutes)} |`,
    `| work due in the plan left unmet | ${hours(solver.unmetInPlanMinutes)} | ${hours(greedy.unmetInPlanMinutes)} | ${ratio(solver.unmetInPlanMinutes, greedy.unmetInPlanMinutes)} |`,
    `| fairness: std. dev. of planned ÷ target (${number(solver.fairness.workers)} workers) | ${number(solver.fairness.standardDeviation, 3)} | ${number(greedy.fairness.standardDeviation, 3)} | ${ratio(solver.fairness.standardDeviation, greedy.fairness.standardDeviation)} |`,
    `| fairness: std. dev. of min(1, planned ÷ target) (shortfalls only) | ${number(solver.fairness.shortfallStandardDeviation, 3)} | ${number(greedy.fairness.shortfallStandardDeviation, 3)} | ${ratio(solver.fairness.shortfallStandardDeviation, greedy.fairness.shortfallStandardDeviation)} |`,
    `| fairness: max − min of planned ÷ target | ${number(solver.fairness.range, 2)} | ${number(greedy.fairness.range, 2)} | |`,
    `| planned nothing while others are over target | ${percent(solver.fairness.starvedShare)} | ${percent(greedy.fairness.starvedShare)} | |`,
    `| worker-days with work | ${number(solver.workerDays)} | ${number(greedy.workerDays)} | ${ratio(solver.workerDays, greedy.workerDays)} |`,
    `| … with more than one package | ${number(solver.multiPackageDays)} | ${number(greedy.multiPackageDays)} | ${ratio(solver.multiPackageDays, greedy.multiPackageDays)} |`,
    `| context switches (packages − 1 per worker-day) | ${number(solver.contextSwitches)} | ${number(greedy.contextSwitches)} | ${ratio(solver.contextSwitches, greedy.contextSwitches)} |`,
    '',
    `- Reference: HiGHS ${highs.status === 'optimal' ? `optimum ${number(highs.objective)}` : `stopped (${highs.status})`} in ${seconds(highs.usage.seconds)}, peak ${megabytes(highs.usage)}` +
      ` (LP written, WebAssembly loaded and solved; time limit ${options['highs-limit']} s)${exact ? `; solver time ÷ HiGHS time ${ratio(solverUsage.seconds, highs.usage.seconds)}` : ''}.`,
    `- Dual lower bound from the simplex's potentials: ${number(phases.dualBound)}; the solver's objective is ${solver.objective === phases.dualBound ? 'equal to it' : `${percent((solver.objective - phases.dualBound) / Math.abs(phases.dualBound || 1))} above it`}; its flow is ${phases.flowFeasible ? 'feasible' : '**not feasible**'}.`,
    `- solvePlan's steps (one more process): network ${seconds(phases.seconds.build)}, simplex ${seconds(phases.seconds.simplex)}, plan from the flow ${seconds(phases.seconds.result)}.`,
  ];
  const timeMet = solverUsage.seconds < targets[scale].seconds;
  const gapMet = gap <= maxGap && phases.flowFeasible;
  const rulesKept = [...solverRuns, ...greedyRuns].every((r) => r.ruleBreaks === 0);
  const onTimeMet = solver.onTimeMinutes > greedy.onTimeMinutes;
  const spreadMet = solver.fairness.standardDeviation < greedy.fairness.standardDeviation;
  const shortfallMet = solver.fairness.shortfallStandardDeviation < greedy.fairness.shortfallStandardDeviation;
  lines.push(
    `- Targets: both plans keep the rules ${yes(rulesKept)}; time < ${targets[scale].seconds} s ${yes(timeMet)}; within ${number(maxGap * 100, 1)} % of the optimum ${yes(gapMet)}; ` +
      `more work on time than greedy ${yes(onTimeMet)}; smaller fairness spread than greedy ${yes(spreadMet)} (of shortfalls only: ${yes(shortfallMet)}).`,
    '',
  );
  console.log(lines.join('\n'));
  return {
    scale,
    solver: solverUsage,
    greedy: greedyUsage,
    highs: highs.usage,
    highsStatus: highs.status,
    gap,
    reference: exact ? 'HiGHS optimum' : 'dual bound',
    onTimeRatio: solver.onTimeMinutes / greedy.onTimeMinutes,
    spreadRatio: solver.fairness.standardDeviation / greedy.fairness.standardDeviation,
    shortfallRatio: solver.fairness.shortfallStandardDeviation / greedy.fairness.shortfallStandardDeviation,
    targetsMet: rulesKept && timeMet && gapMet && onTimeMet && spreadMet,
  };
}

const commit = (() => {
  try {
    return execFileSync('git', ['describe', '--always', '--dirty'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
console.log(
  `## Planner benchmark\n\nCommit ${commit}; ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${number(os.totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}; load average before the run ${os.loadavg().map((l) => number(l, 2)).join(', ')}\n`,
);
const summaries: ScaleSummary[] = [];
for (const scale of chosen) summaries.push(await benchScale(scale));
console.log(
  [
    '### Summary',
    '',
    '| scale | solver | target | greedy | solver ÷ greedy | HiGHS | solver ÷ HiGHS | solver peak memory | gap (reference) | on-time ÷ greedy | spread ÷ greedy | shortfall spread ÷ greedy | targets |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|',
    ...summaries.map(
      (s) =>
        `| ${s.scale} | ${seconds(s.solver.seconds)} | < ${targets[s.scale].seconds} s | ${seconds(s.greedy.seconds)} | ${ratio(s.solver.seconds, s.greedy.seconds)} | ` +
        `${seconds(s.highs.seconds)}${s.highsStatus === 'optimal' ? ` | ${ratio(s.solver.seconds, s.highs.seconds)}` : ` (${s.highsStatus}) | —`} | ${megabytes(s.solver)} | ` +
        `${gapText(s.gap)} (${s.reference}) | ${number(s.onTimeRatio, 3)} | ${number(s.spreadRatio, 3)} | ${number(s.shortfallRatio, 3)} | ${yes(s.targetsMet)} |`,
    ),
  ].join('\n'),
);
