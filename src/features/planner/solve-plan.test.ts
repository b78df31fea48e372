import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkLocation } from '../workers/vocabulary';
import { solveNetworkWithHighs } from './highs-reference';
import { dualLowerBound } from './lower-bound';
import { solveMinCostFlow } from './min-cost-flow';
import { buildPlanNetwork, type PlanInput } from './model';
import { centre, home, instance, offer, person, work } from './plan-instances';
import { solvePlan } from './solve-plan';

// Each small instance below has an optimum that is plain by hand (weights in model.ts): every
// minute of work done on time earns 1,000,000 plus 1,000 per day its deadline is sooner than 60
// days; a worker's k-th tenth of their target costs 100·k a minute (a newcomer's first two
// −100); continuing a package saves 20 a minute; day d costs d a minute.

describe('solvePlan: hand-checked optima', () => {
  it('gives the only hours to the package due sooner', () => {
    // One worker, 300 minutes; 300 minutes due on day 2 and 300 on day 5. A minute of the first
    // earns 1,000 · 3 more than one of the second.
    const input = instance({
      workers: [person({ supply: [home(0, 300)], eligible: [0, 1] })],
      packages: [work({ minutes: 300, deadline: 5 }), work({ minutes: 300, deadline: 2 })],
    });
    const plan = solvePlan(input);
    expect(plan.assignments).toEqual([offer(0, 1, 0, 300)]);
    expect(plan.packages).toEqual([
      { planned: 0, unmet: 300 },
      { planned: 300, unmet: 0 },
    ]);
  });

  it('does all the work it can before choosing by deadline: the versatile worker takes what only they can do', () => {
    // Ana may do both packages, Ben only the urgent one. Handing Ana the urgent one (as a greedy
    // earliest-deadline pass over workers would) leaves Ben idle and 300 minutes undone; each
    // undone minute loses 1,000,000, far more than the 3,000 the deadline order is worth.
    const input = instance({
      workers: [person({ supply: [home(0, 300)], eligible: [0, 1] }), person({ supply: [home(0, 300)], eligible: [1] })],
      packages: [work({ minutes: 300, deadline: 5 }), work({ minutes: 300, deadline: 2 })],
    });
    const plan = solvePlan(input);
    expect(plan.assignments).toEqual([offer(0, 0, 0, 300), offer(1, 1, 0, 300)]);
    expect(plan.packages.map((p) => p.unmet)).toEqual([0, 0]);
  });

  it('shares work between equally placed workers 300/300, not 600/0', () => {
    // Same target (tenths of 60 minutes), same 600 minutes offered, 600 minutes of work. At
    // 300/300 both fill tenths 0–4; moving one minute from one to the other takes it out of a
    // tenth at 400 and into one at 500.
    const input = instance({
      workers: [person({ supply: [home(0, 600)], eligible: [0] }), person({ supply: [home(0, 600)], eligible: [0] })],
      packages: [work({ minutes: 600 })],
    });
    const plan = solvePlan(input);
    expect(plan.assignments).toEqual([offer(0, 0, 0, 300), offer(1, 0, 0, 300)]);
    expect(plan.workers).toEqual([{ planned: 300 }, { planned: 300 }]);
  });

  it('spreads work beyond the targets too: 300/300 over targets of 200, not 400/200', () => {
    // Both offer 600 and hope for 200 (tenths of 20 minutes); 600 minutes of work must be done.
    // Beyond the target each further tenth costs 100 more, so at 300/300 both end in tenth 14
    // (cost 2,400); moving a minute would take it from 2,400 and add it at 2,500.
    const input = instance({
      workers: [person({ targetMinutes: 200, supply: [home(0, 600)], eligible: [0] }), person({ targetMinutes: 200, supply: [home(0, 600)], eligible: [0] })],
      packages: [work({ minutes: 600 })],
    });
    const plan = solvePlan(input);
    expect(plan.workers).toEqual([{ planned: 300 }, { planned: 300 }]);
  });

  it("gives a newcomer a fair start: their first two tenths before anyone's first", () => {
    // 240 minutes of work. The newcomer's first 120 minutes cost −100 each, below the other
    // worker's first tenth (0) and second (100); the next minute costs 200 for either, so the
    // newcomer has 120 and the other 120.
    const input = instance({
      workers: [person({ supply: [home(0, 600)], eligible: [0] }), person({ newcomer: true, supply: [home(0, 600)], eligible: [0] })],
      packages: [work({ minutes: 240 })],
    });
    const plan = solvePlan(input);
    expect(plan.workers).toEqual([{ planned: 120 }, { planned: 120 }]);

    const small = solvePlan({ ...input, packages: [work({ minutes: 100 })] });
    expect(small.assignments).toEqual([offer(1, 0, 0, 100)]);
  });

  it('lets the worker who already worked on a package continue it when fairness is equal', () => {
    // 60 minutes of work fit in both workers' first tenth (cost 0); Ben worked on it before,
    // which saves 20 a minute.
    const input = instance({
      workers: [person({ supply: [home(0, 300)], eligible: [0] }), person({ supply: [home(0, 300)], eligible: [0], continues: [0] })],
      packages: [work({ minutes: 60 })],
    });
    expect(solvePlan(input).assignments).toEqual([offer(1, 0, 0, 60)]);
  });

  it('plans centre-only work only on centre hours', () => {
    // Ana offers 300 minutes at home and 120 at the centre on day 0, Ben 300 at home only. All
    // of Ana's 420 minutes are used only if the centre hours go to the centre-only package;
    // Ben may do only that package, and has no centre hours.
    const input = instance({
      workers: [person({ supply: [home(0, 300), centre(0, 120)], eligible: [0, 1] }), person({ supply: [home(0, 300)], eligible: [0] })],
      packages: [work({ minutes: 300, centreOnly: true }), work({ minutes: 300 })],
    });
    const plan = solvePlan(input);
    expect(plan.assignments).toEqual([offer(0, 0, 0, 120, 'centre'), offer(0, 1, 0, 300)]);
    expect(plan.packages).toEqual([
      { planned: 120, unmet: 180 },
      { planned: 300, unmet: 0 },
    ]);
  });

  it('keeps an accepted offer and plans only around it, off both its hours and its work', () => {
    // Ana offers 300 minutes on day 0 and has accepted 200 of a 400-minute package then: 100
    // minutes of hours and 200 of work are left, so 100 more are planned and 100 stay unmet.
    const input = instance({
      workers: [person({ supply: [home(0, 300)], eligible: [0] })],
      packages: [work({ minutes: 400 })],
      fixed: [{ worker: 0, package: 0, day: 0, location: 'home', minutes: 200 }],
    });
    const plan = solvePlan(input);
    expect(plan.assignments).toEqual([{ ...offer(0, 0, 0, 200), fixed: true }, offer(0, 0, 0, 100)]);
    expect(plan.packages).toEqual([{ planned: 300, unmet: 100 }]);
    expect(plan.workers).toEqual([{ planned: 300 }]);
  });

  it('does not offer a declined package on that day again', () => {
    // Day 0 is a minute cheaper than day 1, so the work goes to day 0 until Ana declines it there.
    const input = instance({ workers: [person({ supply: [home(0, 120), home(1, 120)], eligible: [0] })], packages: [work({ minutes: 120 })] });
    expect(solvePlan(input).assignments).toEqual([offer(0, 0, 0, 120)]);
    expect(solvePlan({ ...input, excluded: [{ worker: 0, package: 0, day: 0 }] }).assignments).toEqual([offer(0, 0, 1, 120)]);
  });
});

describe('solvePlan: edge cases', () => {
  const available = person({ supply: [home(0, 480)], eligible: [0] });

  it('nobody available: nothing planned, all unmet', () => {
    const plan = solvePlan(instance({ workers: [person({ eligible: [0] })], packages: [work({ minutes: 300 })] }));
    expect(plan).toEqual({ assignments: [], packages: [{ planned: 0, unmet: 300 }], workers: [{ planned: 0 }], objective: 0 });
  });

  it('a deadline already past: nothing planned, all unmet', () => {
    const plan = solvePlan(instance({ workers: [available], packages: [work({ minutes: 300, deadline: -1 })] }));
    expect(plan.assignments).toEqual([]);
    expect(plan.packages).toEqual([{ planned: 0, unmet: 300 }]);
  });

  it('no eligible worker: nothing planned, all unmet', () => {
    const plan = solvePlan(instance({ workers: [{ ...available, eligible: [] }], packages: [work({ minutes: 300 })] }));
    expect(plan.assignments).toEqual([]);
    expect(plan.packages).toEqual([{ planned: 0, unmet: 300 }]);
  });

  it('zero demand: nothing planned, nothing unmet', () => {
    const plan = solvePlan(instance({ workers: [available], packages: [work({ minutes: 0 })] }));
    expect(plan).toEqual({ assignments: [], packages: [{ planned: 0, unmet: 0 }], workers: [{ planned: 0 }], objective: 0 });
  });

  it('an empty input: an empty plan', () => {
    expect(solvePlan(instance({}))).toEqual({ assignments: [], packages: [], workers: [], objective: 0 });
  });
});

// Random small instances: a few workers, packages and days, with accepted offers drawn inside
// what was offered and allowed, and random declines.
const randomInput = fc
  .integer({ min: 1, max: 4 })
  .chain((days) =>
    fc.tuple(
      fc.constant(days),
      fc.array(
        fc.record({
          id: fc.constant('p'),
          minutes: fc.nat(900),
          deadline: fc.integer({ min: -1, max: days + 1 }),
          earliest: fc.nat(days - 1),
          centreOnly: fc.boolean(),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    ),
  )
  .chain(([days, packages]) => {
    const indexes = packages.map((_, p) => p);
    const slot = fc.record({ day: fc.nat(days - 1), location: fc.constantFrom<WorkLocation>('home', 'centre'), minutes: fc.nat(480) });
    const worker = fc.record({
      id: fc.constant('w'),
      targetMinutes: fc.nat(1200),
      newcomer: fc.boolean(),
      supply: fc.uniqueArray(slot, { minLength: 1, maxLength: 2 * days, selector: (s) => `${s.day}:${s.location}` }),
      eligible: fc.subarray(indexes, { minLength: 1 }),
      continues: fc.subarray(indexes),
    });
    return fc.record({
      days: fc.constant(days),
      packages: fc.constant(packages),
      workers: fc.array(worker, { minLength: 1, maxLength: 4 }),
      accepted: fc.array(fc.record({ worker: fc.nat(), slot: fc.nat(), pkg: fc.nat(), percent: fc.integer({ min: 1, max: 100 }) }), { maxLength: 4 }),
      declined: fc.array(fc.record({ worker: fc.nat(), package: fc.nat(), day: fc.nat(days - 1) }), { maxLength: 6 }),
    });
  })
  .map(({ days, packages, workers, accepted, declined }): PlanInput => {
    const input: PlanInput = { days, packages, workers, fixed: [], excluded: [] };
    const left = workers.map((w) => w.supply.map((s) => s.minutes));
    for (const pick of accepted) {
      const w = pick.worker % workers.length;
      const { supply, eligible } = workers[w]!;
      if (supply.length === 0) continue;
      const s = pick.slot % supply.length;
      const { day, location } = supply[s]!;
      const allowed = eligible.filter((p) => {
        const pack = packages[p]!;
        return day >= pack.earliest && day <= pack.deadline && (location === 'centre' || !pack.centreOnly);
      });
      const minutes = Math.floor((left[w]![s]! * pick.percent) / 100);
      if (allowed.length === 0 || minutes === 0) continue;
      left[w]![s]! -= minutes;
      input.fixed.push({ worker: w, package: allowed[pick.pkg % allowed.length]!, day, location, minutes });
    }
    input.excluded = declined.map((d) => ({ worker: d.worker % workers.length, package: d.package % packages.length, day: d.day }));
    return input;
  });

describe('solvePlan on random instances', () => {
  it('reaches the optimum HiGHS proves, and the dual bound proves it too', async () => {
    await fc.assert(
      fc.asyncProperty(randomInput, async (input) => {
        const network = buildPlanNetwork(input);
        const { cost, potential } = solveMinCostFlow(network);
        const reference = await solveNetworkWithHighs(network);
        expect(reference.status).toBe('optimal');
        expect(cost).toBe(Math.round(reference.objective));
        expect(dualLowerBound(network, potential)).toBe(cost);
        expect(solvePlan(input).objective).toBe(cost);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps every rule: hours offered, eligibility, the window, centre-only, declines, the work there is', () => {
    fc.assert(
      fc.property(randomInput, (input) => {
        const plan = solvePlan(input);
        const fixed = plan.assignments.filter((a) => a.fixed);
        const news = plan.assignments.filter((a) => !a.fixed);
        const kept = fixed.map(({ fixed: _, ...rest }) => rest);
        expect(kept).toHaveLength(input.fixed.length);
        expect(kept).toEqual(expect.arrayContaining(input.fixed));

        const used = new Map<string, number>();
        for (const a of plan.assignments) used.set(`${a.worker}:${a.day}:${a.location}`, (used.get(`${a.worker}:${a.day}:${a.location}`) ?? 0) + a.minutes);
        for (const [key, minutes] of used) {
          const [w, day, location] = key.split(':');
          const offered = input.workers[Number(w)]!.supply.find((s) => s.day === Number(day) && s.location === location)?.minutes ?? 0;
          expect(minutes).toBeLessThanOrEqual(offered);
        }

        const declined = new Set(input.excluded.map((e) => `${e.worker}:${e.package}:${e.day}`));
        const newMinutes = input.packages.map(() => 0);
        for (const a of news) {
          const pack = input.packages[a.package]!;
          expect(Number.isInteger(a.minutes) && a.minutes > 0).toBe(true);
          expect(input.workers[a.worker]!.eligible).toContain(a.package);
          expect(a.day >= Math.max(0, pack.earliest) && a.day <= pack.deadline && a.day < input.days).toBe(true);
          if (pack.centreOnly) expect(a.location).toBe('centre');
          expect(declined.has(`${a.worker}:${a.package}:${a.day}`)).toBe(false);
          newMinutes[a.package]! += a.minutes;
        }
        input.packages.forEach((pack, p) => {
          const fixedMinutes = input.fixed.filter((f) => f.package === p).reduce((sum, f) => sum + f.minutes, 0);
          expect(newMinutes[p]).toBeLessThanOrEqual(Math.max(0, pack.minutes - fixedMinutes));
        });
      }),
      { numRuns: 100 },
    );
  });
});
