import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkLocation } from '../workers/vocabulary';
import { planOf, type PlanAssignment, type PlanInput } from './model';
import { home, offer, person, work } from './plan-instances';
import { measurePlan } from './plan-metrics';
import { solvePlan } from './solve-plan';

const plan = (input: PlanInput, assignments: PlanAssignment[]) => planOf(input, assignments, NaN);

describe('measurePlan', () => {
  // A week. Package 0 is due on day 2 (58 days sooner than the 60-day urgency horizon), 1 after
  // the plan (day 9: 51), 2 was due before it, 3 on day 4 at the centre only.
  const input: PlanInput = {
    days: 7,
    packages: [work({ minutes: 300, deadline: 2 }), work({ minutes: 600, deadline: 9 }), work({ minutes: 120, deadline: -1 }), work({ minutes: 200, deadline: 4, centreOnly: true })],
    workers: [
      person({ supply: [home(0, 300), home(3, 300)], eligible: [0, 1] }),
      person({ targetMinutes: 300, supply: [home(1, 480)], eligible: [0, 1] }),
      person({ supply: [{ day: 2, location: 'centre', minutes: 120 }], eligible: [3] }),
      // No target, and only days after its package is due: neither counts for fairness.
      person({ targetMinutes: 0, supply: [home(0, 100)], eligible: [0] }),
      person({ supply: [home(5, 200)], eligible: [0] }),
    ],
    fixed: [],
    excluded: [],
  };
  // A plan such as a careless hand might make: 60 minutes of package 0 on day 3, after it was due.
  const careless = [offer(0, 0, 0, 200), offer(0, 1, 0, 100), offer(0, 0, 3, 60), offer(0, 1, 3, 240), offer(1, 1, 1, 240)];

  it('counts on-time work from the deadlines, so a late minute is planned but not on time', () => {
    const measures = measurePlan(input, plan(input, careless));
    expect(measures.plannedMinutes).toBe(840);
    expect(measures.onTimeMinutes).toBe(780);
    expect(measures.urgencyWeightedMinutes).toBe(200 * 58 + (100 + 240 + 240) * 51);
  });

  it('counts as unmet only work due within the plan: not what was overdue before it or is due after it', () => {
    // Package 0 has 100 minutes not done on time, package 3 all its 200.
    expect(measurePlan(input, plan(input, careless)).unmetInPlanMinutes).toBe(300);
  });

  it('counts worker-days with more than one package', () => {
    const measures = measurePlan(input, plan(input, careless));
    expect(measures.workerDays).toBe(3);
    expect(measures.multiPackageDays).toBe(2);
    expect(measures.contextSwitches).toBe(2);
  });

  it("spreads planned ÷ target over the workers who could have had work, and counts the starved only while someone is over target", () => {
    // Planned ÷ target: 600/600, 240/300 and 0/600.
    const { fairness } = measurePlan(input, plan(input, careless));
    expect(fairness.workers).toBe(3);
    expect(fairness.standardDeviation).toBeCloseTo(Math.sqrt(((1 - 0.6) ** 2 + (0.8 - 0.6) ** 2 + 0.6 ** 2) / 3), 12);
    expect(fairness.shortfallStandardDeviation).toBe(fairness.standardDeviation);
    expect(fairness.range).toBe(1);
    expect(fairness.starvedShare).toBe(0);

    const overloaded = measurePlan(input, plan(input, [...careless, offer(1, 0, 1, 120)])).fairness;
    expect(overloaded.range).toBe(1.2);
    // Short of target: 0, 0 and the whole of it; the 1.2 counts as 1.
    expect(overloaded.shortfallStandardDeviation).toBeCloseTo(Math.sqrt(2 / 9), 12);
    expect(overloaded.standardDeviation).toBeGreaterThan(overloaded.shortfallStandardDeviation);
    expect(overloaded.starvedShare).toBe(1 / 3);
  });

  it("scores a plan with the model's own objective", () => {
    // 90 minutes due on day 5, continued, on day 1: each earns 1,000,000 + 1,000 · 55 and costs
    // 1 for the day, less 20 for continuing; the worker's first tenth (60 minutes) costs 0 a
    // minute, the next 100.
    const small: PlanInput = {
      days: 7,
      packages: [work({ minutes: 90, deadline: 5 })],
      workers: [person({ supply: [home(1, 300)], eligible: [0], continues: [0] })],
      fixed: [],
      excluded: [],
    };
    expect(measurePlan(small, plan(small, [offer(0, 0, 1, 90)])).objective).toBe(-90 * 1_055_000 + 90 * (1 - 20) + 30 * 100);
  });
});

// Random small instances, with accepted offers inside what was offered.
const randomInput: fc.Arbitrary<PlanInput> = fc.integer({ min: 1, max: 4 }).chain((days) => {
  const day = fc.nat(days - 1);
  const pkg = fc.nat(3);
  const slot = fc.record({ day, location: fc.constantFrom<WorkLocation>('home', 'centre'), minutes: fc.nat(480) });
  return fc
    .record({
      packages: fc.array(
        fc.record({ id: fc.constant('p'), minutes: fc.nat(900), deadline: fc.integer({ min: -1, max: days + 1 }), earliest: fc.nat(days - 1), centreOnly: fc.boolean() }),
        { minLength: 4, maxLength: 4 },
      ),
      workers: fc.array(
        fc.record({
          id: fc.constant('w'),
          targetMinutes: fc.nat(1200),
          newcomer: fc.boolean(),
          supply: fc.uniqueArray(slot, { minLength: 1, maxLength: 2 * days, selector: (s) => `${s.day}:${s.location}` }),
          eligible: fc.uniqueArray(pkg, { maxLength: 4 }),
          continues: fc.uniqueArray(pkg, { maxLength: 2 }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      accepted: fc.array(fc.tuple(fc.nat(3), pkg, fc.nat(120)), { maxLength: 2 }),
      excluded: fc.array(fc.record({ worker: fc.nat(3), package: pkg, day }), { maxLength: 3 }),
    })
    .map(({ packages, workers, accepted, excluded }) => {
      const fixed = accepted.flatMap(([w, p, minutes]) => {
        const slot = workers[w]?.supply[0];
        return slot ? [{ worker: w, package: p, day: slot.day, location: slot.location, minutes: Math.min(minutes, slot.minutes) }] : [];
      });
      return { days, packages, workers, fixed, excluded: excluded.filter((e) => e.worker < workers.length) };
    });
});

describe('measurePlan on the solver’s plans', () => {
  it("gives the objective the solver reached, and counts every planned minute on time", () => {
    fc.assert(
      fc.property(randomInput, (input) => {
        const optimal = solvePlan(input);
        const measures = measurePlan(input, optimal);
        expect(measures.objective).toBe(optimal.objective);
        // Accepted offers are kept as they were, so only the new minutes are on time by construction.
        const fixedLate = input.fixed.filter((f) => f.day > input.packages[f.package]!.deadline).reduce((sum, f) => sum + f.minutes, 0);
        expect(measures.onTimeMinutes).toBe(measures.plannedMinutes - fixedLate);
      }),
      { numRuns: 300 },
    );
  });
});
