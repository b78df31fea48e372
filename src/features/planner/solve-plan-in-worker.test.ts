import { describe, expect, it } from 'vitest';
import { explainPlan } from './explain-plan';
import type { PlanInput } from './model';
import { solvePlan } from './solve-plan';
import { solvePlanInWorker } from './solve-plan-in-worker';

// Two workers, two packages: the earlier deadline is planned first, the centre-only one on centre hours.
const input: PlanInput = {
  days: 2,
  workers: [
    { id: 'a', targetMinutes: 120, newcomer: false, supply: [{ day: 0, location: 'home', minutes: 120 }], eligible: [0, 1], continues: [] },
    { id: 'b', targetMinutes: 120, newcomer: true, supply: [{ day: 1, location: 'centre', minutes: 90 }], eligible: [1], continues: [] },
  ],
  packages: [
    { id: 'p', minutes: 60, deadline: 0, earliest: 0, centreOnly: false },
    { id: 'q', minutes: 180, deadline: 1, earliest: 0, centreOnly: true },
  ],
  fixed: [],
  excluded: [],
};

describe('solving in a worker thread', () => {
  it('answers what solvePlan and explainPlan answer in this thread', async () => {
    const solved = await solvePlanInWorker(input);
    const result = solvePlan(input);
    expect(solved.result).toEqual(result);
    expect(solved.explanation).toEqual(explainPlan(input, result));
    expect(solved.result.assignments).toEqual([
      { worker: 0, package: 0, day: 0, location: 'home', minutes: 60, fixed: false },
      { worker: 1, package: 1, day: 1, location: 'centre', minutes: 90, fixed: false },
    ]);
  });

  it('rejects with a clear error when the solve fails, and the thread is gone', async () => {
    const broken = { ...input, packages: undefined } as unknown as PlanInput;
    await expect(solvePlanInWorker(broken)).rejects.toThrow(/^The planner's worker thread failed: /);
  });
});
