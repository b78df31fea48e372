import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainPlan } from './explain-plan';
import { planOf, type PlanAssignment, type PlanInput, type PlanResult, type PlanWorker } from './model';
import { centre, home, instance, person as planWorker, work } from './plan-instances';
import { solvePlan } from './solve-plan';

// Small instances whose optimum is plain by hand; each plan below is that optimum (the solver's
// plan must explain the same), and each test says why the reason it expects is the true one.

const person = (given: Partial<PlanWorker>) => planWorker({ targetMinutes: 0, ...given });

type NewAssignment = Omit<PlanAssignment, 'fixed' | 'location'> & { location?: PlanAssignment['location'] };

/** The plan that offers these new assignments on top of the input's accepted ones. */
const planWith = (input: PlanInput, news: NewAssignment[]): PlanResult =>
  planOf(input, [...input.fixed.map((f) => ({ ...f, fixed: true })), ...news.map((a) => ({ location: 'home' as const, ...a, fixed: false }))], 0);

function explain(input: PlanInput, news: NewAssignment[]) {
  const explanation = explainPlan(input, planWith(input, news));
  expect(explainPlan(input, solvePlan(input))).toEqual(explanation);
  return explanation;
}

describe('explainPlan: why demand is left unmet', () => {
  it('says nothing about a package that is fully planned', () => {
    const input = instance({ workers: [person({ supply: [home(0, 300)], eligible: [0] })], packages: [work({ minutes: 300 })] });
    const { packages } = explain(input, [{ worker: 0, package: 0, day: 0, minutes: 300 }]);
    expect(packages).toEqual([{ plannedMinutes: 300, unmetMinutes: 0, reason: null }]);
  });

  it('a deadline before the plan: passed, even though the worker has hours for it', () => {
    const input = instance({ workers: [person({ supply: [home(0, 480)], eligible: [0] })], packages: [work({ minutes: 300, deadline: -1 })] });
    expect(explain(input, []).packages[0]).toEqual({ plannedMinutes: 0, unmetMinutes: 300, reason: { code: 'deadlinePassed' } });
  });

  it('nobody may do it: no team or skills, though others have free hours', () => {
    const input = instance({
      workers: [person({ supply: [home(0, 480)], eligible: [1] })],
      packages: [work({ minutes: 300 }), work({ minutes: 60 })],
    });
    const { packages } = explain(input, [{ worker: 0, package: 1, day: 0, minutes: 60 }]);
    expect(packages[0]!.reason).toEqual({ code: 'noTeamOrSkills' });
  });

  it('a deadline after the plan: the rest waits for a later plan', () => {
    // One worker, 480 minutes on the first day; 600 minutes due on day 9 of a 7-day plan.
    const input = instance({ workers: [person({ supply: [home(0, 480)], eligible: [0] })], packages: [work({ minutes: 600, deadline: 9 })] });
    const { packages } = explain(input, [{ worker: 0, package: 0, day: 0, minutes: 480 }]);
    expect(packages[0]).toEqual({ plannedMinutes: 480, unmetMinutes: 120, reason: { code: 'afterPlan', deadline: 9 } });
  });

  it('work that may only start after its deadline starts too late', () => {
    const supply = [0, 1, 2, 3, 4, 5, 6].map((day) => home(day, 480));
    const input = instance({ workers: [person({ supply, eligible: [0] })], packages: [work({ minutes: 300, earliest: 5, deadline: 3 })] });
    expect(explain(input, []).packages[0]!.reason).toEqual({ code: 'startsTooLate', earliest: 5, deadline: 3 });
  });

  it('centre-only work whose workers offer centre hours only after its deadline: no centre hours', () => {
    // Home hours on day 0 do not count for centre-only work; centre hours on day 5 are too late for day 3.
    const input = instance({
      workers: [person({ supply: [home(0, 480), centre(5, 480)], eligible: [0] })],
      packages: [work({ minutes: 300, deadline: 3, centreOnly: true })],
    });
    expect(explain(input, []).packages[0]!.reason).toEqual({ code: 'noCentreHours', by: 3 });
  });

  it('centre-only work with too few centre hours is not enough hours, counting only centre hours', () => {
    const input = instance({
      workers: [person({ supply: [centre(0, 120), home(1, 480)], eligible: [0] })],
      packages: [work({ minutes: 300, deadline: 3, centreOnly: true })],
    });
    const { packages } = explain(input, [{ worker: 0, package: 0, day: 0, location: 'centre', minutes: 120 }]);
    expect(packages[0]!.reason).toEqual({ code: 'notEnoughHours', by: 3, neededMinutes: 300, offeredMinutes: 120, usedElsewhereMinutes: 0 });
  });

  it('centre-only work whose centre hours were declined: declined, not missing centre hours', () => {
    const input = instance({
      workers: [person({ supply: [centre(0, 480)], eligible: [0] })],
      packages: [work({ minutes: 300, deadline: 3, centreOnly: true })],
      excluded: [{ worker: 0, package: 0, day: 0 }],
    });
    expect(explain(input, []).packages[0]!.reason).toEqual({ code: 'declined', by: 3, declinedMinutes: 480 });
  });

  it('hours left free only on a day the worker declined it: declined', () => {
    // 600 minutes due by day 1; the worker offers 480 on days 0 and 1 but declined it on day 1.
    const input = instance({
      workers: [person({ supply: [home(0, 480), home(1, 480)], eligible: [0] })],
      packages: [work({ minutes: 600, deadline: 1 })],
      excluded: [{ worker: 0, package: 0, day: 1 }],
    });
    const { packages } = explain(input, [{ worker: 0, package: 0, day: 0, minutes: 480 }]);
    expect(packages[0]).toEqual({ plannedMinutes: 480, unmetMinutes: 120, reason: { code: 'declined', by: 1, declinedMinutes: 480 } });
  });

  it('declines that could not have covered the rest are not the reason: not enough hours', () => {
    // As above, but only 60 minutes offered on the declined day: 60 more would still leave 60 unmet.
    const input = instance({
      workers: [person({ supply: [home(0, 480), home(1, 60)], eligible: [0] })],
      packages: [work({ minutes: 600, deadline: 1 })],
      excluded: [{ worker: 0, package: 0, day: 1 }],
    });
    const { packages } = explain(input, [{ worker: 0, package: 0, day: 0, minutes: 480 }]);
    expect(packages[0]!.reason).toEqual({ code: 'notEnoughHours', by: 1, neededMinutes: 600, offeredMinutes: 480, usedElsewhereMinutes: 0 });
  });

  it('not enough hours: what was offered, and how much went to work due sooner', () => {
    // One worker, 300 minutes on each of days 0–3, may do A (900 by day 1) and B (900 by day 3).
    // A, due sooner, takes days 0 and 1 (300 short); B gets days 2 and 3 (300 short), having been
    // offered all four days of which two went to A.
    const input = instance({
      workers: [person({ supply: [0, 1, 2, 3].map((day) => home(day, 300)), eligible: [0, 1] })],
      packages: [work({ minutes: 900, deadline: 1 }), work({ minutes: 900, deadline: 3 })],
    });
    const { packages } = explain(input, [
      { worker: 0, package: 0, day: 0, minutes: 300 },
      { worker: 0, package: 0, day: 1, minutes: 300 },
      { worker: 0, package: 1, day: 2, minutes: 300 },
      { worker: 0, package: 1, day: 3, minutes: 300 },
    ]);
    expect(packages).toEqual([
      {
        plannedMinutes: 600,
        unmetMinutes: 300,
        reason: { code: 'notEnoughHours', by: 1, neededMinutes: 900, offeredMinutes: 600, usedElsewhereMinutes: 0 },
      },
      {
        plannedMinutes: 600,
        unmetMinutes: 300,
        reason: { code: 'notEnoughHours', by: 3, neededMinutes: 900, offeredMinutes: 1200, usedElsewhereMinutes: 600 },
      },
    ]);
  });

  it('nobody offering hours at all is not enough hours, with nothing offered', () => {
    const input = instance({ workers: [person({ eligible: [0] })], packages: [work({ minutes: 300, deadline: 2 })] });
    expect(explain(input, []).packages[0]!.reason).toEqual({
      code: 'notEnoughHours',
      by: 2,
      neededMinutes: 300,
      offeredMinutes: 0,
      usedElsewhereMinutes: 0,
    });
  });
});

describe('explainPlan: why a worker has this work', () => {
  it('the work due soonest that they may do, or work due sooner was covered by someone else', () => {
    // A is due on day 0, B on day 5; X may do both, Y only A; each offers 300 minutes on day 0.
    // Y does A (the soonest Y may do); X does B because A, due sooner, is all Y's.
    const input = instance({
      workers: [person({ supply: [home(0, 300)], eligible: [0, 1] }), person({ supply: [home(0, 300)], eligible: [0] })],
      packages: [work({ minutes: 300, deadline: 0 }), work({ minutes: 300, deadline: 5 })],
    });
    const { workers } = explain(input, [
      { worker: 0, package: 1, day: 0, minutes: 300 },
      { worker: 1, package: 0, day: 0, minutes: 300 },
    ]);
    expect(workers[0]!.packages).toEqual([{ package: 1, minutes: 300, reasons: ['earlierWorkCovered'] }]);
    expect(workers[1]!.packages).toEqual([{ package: 0, minutes: 300, reasons: ['earliestDeadline'] }]);
  });

  it('earliest on one day but not on another is not the earliest: work due sooner was covered', () => {
    // As above, and X also does B on day 2, when A (due day 0) is no longer possible.
    const input = instance({
      workers: [person({ supply: [home(0, 300), home(2, 300)], eligible: [0, 1] }), person({ supply: [home(0, 300)], eligible: [0] })],
      packages: [work({ minutes: 300, deadline: 0 }), work({ minutes: 600, deadline: 5 })],
    });
    const { workers } = explain(input, [
      { worker: 0, package: 1, day: 0, minutes: 300 },
      { worker: 0, package: 1, day: 2, minutes: 300 },
      { worker: 1, package: 0, day: 0, minutes: 300 },
    ]);
    expect(workers[0]!.packages).toEqual([{ package: 1, minutes: 600, reasons: ['earlierWorkCovered'] }]);
  });

  it('work due sooner that needs no more hours (all accepted already) leaves this the earliest', () => {
    // A, due on day 0, is all covered by Y's accepted offer; X, who may do A too, does B.
    const input = instance({
      workers: [person({ supply: [home(0, 300)], eligible: [0, 1] }), person({ supply: [home(0, 300)], eligible: [0] })],
      packages: [work({ minutes: 300, deadline: 0 }), work({ minutes: 300, deadline: 5 })],
      fixed: [{ worker: 1, package: 0, day: 0, location: 'home', minutes: 300 }],
    });
    const { workers } = explain(input, [{ worker: 0, package: 1, day: 0, minutes: 300 }]);
    expect(workers[0]!.packages).toEqual([{ package: 1, minutes: 300, reasons: ['earliestDeadline'] }]);
  });

  it('an accepted offer is fixed; new minutes on the same package also continue it', () => {
    const input = instance({
      workers: [person({ supply: [home(0, 480)], eligible: [0], continues: [0] })],
      packages: [work({ minutes: 480 })],
      fixed: [{ worker: 0, package: 0, day: 0, location: 'home', minutes: 120 }],
    });
    const { workers } = explain(input, [{ worker: 0, package: 0, day: 0, minutes: 360 }]);
    expect(workers[0]!.packages).toEqual([{ package: 0, minutes: 480, reasons: ['fixed', 'earliestDeadline', 'continues'] }]);
    expect(workers[0]!.plannedMinutes).toBe(480);
  });

  it('an accepted offer alone is only fixed', () => {
    const input = instance({
      workers: [person({ supply: [home(0, 480)], eligible: [0], continues: [0] })],
      packages: [work({ minutes: 120 })],
      fixed: [{ worker: 0, package: 0, day: 0, location: 'home', minutes: 120 }],
    });
    expect(explain(input, []).workers[0]!.packages).toEqual([{ package: 0, minutes: 120, reasons: ['fixed'] }]);
  });

  it('two workers each continue the package they worked on before', () => {
    // A and B are due the same day; X worked on A, Y on B: continuity gives each their own.
    const input = instance({
      workers: [
        person({ supply: [home(0, 300)], eligible: [0, 1], continues: [0] }),
        person({ supply: [home(0, 300)], eligible: [0, 1], continues: [1] }),
      ],
      packages: [work({ minutes: 300, deadline: 2 }), work({ minutes: 300, deadline: 2 })],
    });
    const { workers } = explain(input, [
      { worker: 0, package: 0, day: 0, minutes: 300 },
      { worker: 1, package: 1, day: 0, minutes: 300 },
    ]);
    expect(workers.map((w) => w.packages)).toEqual([
      [{ package: 0, minutes: 300, reasons: ['earliestDeadline', 'continues'] }],
      [{ package: 1, minutes: 300, reasons: ['earliestDeadline', 'continues'] }],
    ]);
  });

  it('centre-only work on centre hours, home work on home hours', () => {
    // The centre-only package is due sooner, so it also is the soonest on the centre day.
    const input = instance({
      workers: [person({ supply: [centre(0, 240), home(1, 240)], eligible: [0, 1] })],
      packages: [work({ minutes: 240, deadline: 1, centreOnly: true }), work({ minutes: 240, deadline: 4 })],
    });
    const { workers } = explain(input, [
      { worker: 0, package: 0, day: 0, location: 'centre', minutes: 240 },
      { worker: 0, package: 1, day: 1, minutes: 240 },
    ]);
    expect(workers[0]!.packages).toEqual([
      { package: 0, minutes: 240, reasons: ['earliestDeadline', 'centreHours'] },
      { package: 1, minutes: 240, reasons: ['earliestDeadline'] },
    ]);
  });

  it("a newcomer's fair start: the little work there is goes to the newcomer", () => {
    // 120 minutes of work, two workers with the same hours and target: the newcomer's first fifth
    // of the target costs less than anyone's first tenth, so the newcomer gets it all.
    const input = instance({
      workers: [
        person({ targetMinutes: 600, newcomer: true, supply: [home(0, 300)], eligible: [0] }),
        person({ targetMinutes: 600, supply: [home(0, 300)], eligible: [0] }),
      ],
      packages: [work({ minutes: 120 })],
    });
    const { workers } = explain(input, [{ worker: 0, package: 0, day: 0, minutes: 120 }]);
    expect(workers[0]!.packages).toEqual([{ package: 0, minutes: 120, reasons: ['earliestDeadline', 'newcomer'] }]);
    expect(workers[1]).toEqual({ plannedMinutes: 0, targetMinutes: 600, offeredMinutes: 300, packages: [], shortfall: 'sharedFairly' });
  });
});

describe('explainPlan: why a worker has less than their target', () => {
  it('offered nothing: no hours', () => {
    const input = instance({ workers: [person({ targetMinutes: 600, eligible: [0] })], packages: [work({ minutes: 300 })] });
    expect(explain(input, []).workers[0]).toEqual({ plannedMinutes: 0, targetMinutes: 600, offeredMinutes: 0, packages: [], shortfall: 'noHours' });
  });

  it('all they offered is planned: fewer hours offered than the target', () => {
    const input = instance({ workers: [person({ targetMinutes: 600, supply: [home(0, 300)], eligible: [0] })], packages: [work({ minutes: 900 })] });
    const { workers } = explain(input, [{ worker: 0, package: 0, day: 0, minutes: 300 }]);
    expect(workers[0]!.shortfall).toBe('fewerHoursOffered');
  });

  it('all the work they may do is theirs and done: no more work', () => {
    // Work they may not do (package 1, for someone else) does not count.
    const input = instance({
      workers: [
        person({ targetMinutes: 600, supply: [home(0, 600)], eligible: [0] }),
        person({ targetMinutes: 600, supply: [home(0, 600)], eligible: [1] }),
      ],
      packages: [work({ minutes: 300 }), work({ minutes: 600 })],
    });
    const { workers } = explain(input, [
      { worker: 0, package: 0, day: 0, minutes: 300 },
      { worker: 1, package: 1, day: 0, minutes: 600 },
    ]);
    expect(workers[0]!.shortfall).toBe('noMoreWork');
    expect(workers[1]!.shortfall).toBeNull();
  });

  it('work due on days they have no hours does not count as work they missed: no more work', () => {
    // Y could do package 0, but only on day 3, after its deadline; X does all of it.
    const input = instance({
      workers: [
        person({ targetMinutes: 300, supply: [home(0, 300)], eligible: [0] }),
        person({ targetMinutes: 300, supply: [home(3, 300)], eligible: [0] }),
      ],
      packages: [work({ minutes: 300, deadline: 1 })],
    });
    const { workers } = explain(input, [{ worker: 0, package: 0, day: 0, minutes: 300 }]);
    expect(workers[1]!.shortfall).toBe('noMoreWork');
  });

  it('work shared on a day they are fully planned is not why their other day is free: no more work', () => {
    // X and Y split A (due by day 1) on day 0; X's day 3 is free, but nothing they may do is due that late.
    const input = instance({
      workers: [
        person({ targetMinutes: 900, supply: [home(0, 300), home(3, 300)], eligible: [0] }),
        person({ targetMinutes: 900, supply: [home(0, 300)], eligible: [0] }),
      ],
      packages: [work({ minutes: 600, deadline: 1 })],
    });
    const { workers } = explain(input, [
      { worker: 0, package: 0, day: 0, minutes: 300 },
      { worker: 1, package: 0, day: 0, minutes: 300 },
    ]);
    expect(workers.map((w) => w.shortfall)).toEqual(['noMoreWork', 'fewerHoursOffered']);
  });

  it('work both could do is split between them: shared fairly', () => {
    // 600 minutes for two workers with 600-minute targets: each gets half, each short by 300.
    const input = instance({
      workers: [
        person({ targetMinutes: 600, supply: [home(0, 600)], eligible: [0] }),
        person({ targetMinutes: 600, supply: [home(0, 600)], eligible: [0] }),
      ],
      packages: [work({ minutes: 600 })],
    });
    const { workers } = explain(input, [
      { worker: 0, package: 0, day: 0, minutes: 300 },
      { worker: 1, package: 0, day: 0, minutes: 300 },
    ]);
    expect(workers.map((w) => w.shortfall)).toEqual(['sharedFairly', 'sharedFairly']);
  });

  it('planned exactly the target: no shortfall', () => {
    const input = instance({ workers: [person({ targetMinutes: 600, supply: [home(0, 600)], eligible: [0] })], packages: [work({ minutes: 900 })] });
    const { workers } = explain(input, [{ worker: 0, package: 0, day: 0, minutes: 600 }]);
    expect(workers[0]).toEqual({
      plannedMinutes: 600,
      targetMinutes: 600,
      offeredMinutes: 600,
      packages: [{ package: 0, minutes: 600, reasons: ['earliestDeadline'] }],
      shortfall: null,
    });
  });
});

describe("explainPlan on the solver's plans (properties)", () => {
  const days = 5;
  const packageCount = 4;
  const day = fc.integer({ min: 0, max: days - 1 });
  const pkg = fc.integer({ min: 0, max: packageCount - 1 });
  const slot = fc.record({ day, location: fc.constantFrom('home' as const, 'centre' as const), minutes: fc.integer({ min: 0, max: 8 }).map((m) => m * 30) });
  const worker = fc.record({
    id: fc.constant('w'),
    targetMinutes: fc.integer({ min: 0, max: 1200 }),
    newcomer: fc.boolean(),
    supply: fc.uniqueArray(slot, { maxLength: 6, selector: (s) => `${s.day}:${s.location}` }),
    eligible: fc.uniqueArray(pkg, { maxLength: packageCount }),
    continues: fc.uniqueArray(pkg, { maxLength: 2 }),
  });
  const work = fc.record({
    id: fc.constant('p'),
    minutes: fc.integer({ min: 0, max: 20 }).map((m) => m * 30),
    deadline: fc.integer({ min: -1, max: days + 1 }),
    earliest: fc.integer({ min: 0, max: 2 }),
    centreOnly: fc.boolean(),
  });
  const input = fc
    .record({
      workers: fc.array(worker, { minLength: 1, maxLength: 5 }),
      packages: fc.array(work, { minLength: packageCount, maxLength: packageCount }),
      excluded: fc.array(fc.record({ worker: fc.nat(), package: pkg, day }), { maxLength: 4 }),
    })
    .map((given): PlanInput => ({
      days,
      ...given,
      fixed: [],
      excluded: given.excluded.map((e) => ({ ...e, worker: e.worker % given.workers.length })),
    }));

  it('gives a reason exactly for unmet demand, and the shortfall exactly below the target', () => {
    fc.assert(
      fc.property(input, (given) => {
        const result = solvePlan(given);
        const explanation = explainPlan(given, result);
        explanation.packages.forEach((e, p) => expect(e.reason !== null).toBe(result.packages[p]!.unmet > 0));
        explanation.workers.forEach((e, w) => expect(e.shortfall !== null).toBe(result.workers[w]!.planned < given.workers[w]!.targetMinutes));
      }),
    );
  });

  it('not enough hours adds up: unmet = needed − offered + used elsewhere', () => {
    fc.assert(
      fc.property(input, (given) => {
        const explanation = explainPlan(given, solvePlan(given));
        for (const { unmetMinutes, reason } of explanation.packages) {
          if (reason?.code === 'notEnoughHours') expect(unmetMinutes).toBe(reason.neededMinutes - reason.offeredMinutes + reason.usedElsewhereMinutes);
        }
      }),
    );
  });

  it('every planned package is the earliest-due work the worker could do, or the earlier work was covered', () => {
    fc.assert(
      fc.property(input, (given) => {
        for (const worker of explainPlan(given, solvePlan(given)).workers) {
          for (const { reasons } of worker.packages) expect(reasons.some((r) => r === 'earliestDeadline' || r === 'earlierWorkCovered')).toBe(true);
        }
      }),
    );
  });
});
