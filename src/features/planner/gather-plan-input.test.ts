import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';
import { tasks } from '../breakdown/schema';
import { ndaSignatures } from '../orders/schema';
import { addToTeam, createOrder, createTasks, signNda } from '../orders/testing';
import { submissions, taskHolds } from '../tasks/schema';
import { workerSkills } from '../workers/schema';
import { createWorker } from '../workers/testing';
import { gatherPlanInput } from './gather-plan-input';
import { planOffers, plans } from './schema';
import { solvePlan } from './solve-plan';
import { offerEveryDay, renamePackage } from './testing';

const test = useTestApp();

// A Tuesday in a December with no national holidays: seven plain days.
const from = '2026-12-01';

async function worker(options: { skills?: string[]; status?: 'active' | 'paused'; hoursPerWeek?: number | null } = {}) {
  const user = await createWorker(test, { status: options.status ?? 'active', hoursPerWeek: options.hoursPerWeek ?? null });
  if (options.skills?.length) await test.db.insert(workerSkills).values(options.skills.map((skill) => ({ userId: user.id, skill, level: 1, source: 'self' as const })));
  return user;
}

async function aPlan() {
  const [plan] = await test.db
    .insert(plans)
    .values({ firstDay: '2026-11-20', days: 7, objective: 0, status: 'published', publishedAt: new Date(), summary: { demandMinutes: 0, plannedMinutes: 0, fixedMinutes: 0, unmetMinutes: 0, offeredMinutes: 0, workers: 0, packages: 0 } })
    .returning({ id: plans.id });
  return plan!.id;
}

describe('gathering the plan input', () => {
  it('gives each worker only what team, skills and NDA allow, and the plan never puts centre-only work on home hours', async () => {
    const cards = await createOrder(test, { title: '名刺' });
    await createTasks(test, cards.orderId, 4, { requiredSkills: ['data_entry'], deadline: '2026-12-05', estimateMinutes: 60, units: 50 });
    const town = await createOrder(test, { title: '書き起こし', confidentiality: 'centre_only' });
    const centre = await createTasks(test, town.orderId, 2, { deadline: '2026-12-07', estimateMinutes: 90, units: 30 });
    await renamePackage(test, centre.packageId, '書き起こし');
    const health = await createOrder(test, { title: '健診', confidentiality: 'nda' });
    const secret = await createTasks(test, health.orderId, 2, { deadline: '2026-12-07', estimateMinutes: 45, units: 20 });
    await renamePackage(test, secret.packageId, '結果票');
    const inquiry = await createOrder(test, { title: '引き合い', status: 'inquiry' });

    const able = await worker({ skills: ['data_entry'], hoursPerWeek: 7 });
    const offTeam = await worker({ skills: ['data_entry'] });
    const noSkill = await worker();
    const noNda = await worker({ skills: ['data_entry'] });
    const homeOnly = await worker({ skills: ['data_entry'] });
    const expiredNda = await worker({ skills: ['data_entry'] });
    const paused = await worker({ skills: ['data_entry'], status: 'paused' });
    const noRunningOrder = await worker({ skills: ['data_entry'] });
    for (const order of [cards, town, health]) await addToTeam(test, order.orderId, able.id);
    await addToTeam(test, town.orderId, offTeam.id);
    await addToTeam(test, cards.orderId, noSkill.id);
    await addToTeam(test, health.orderId, noNda.id);
    await addToTeam(test, town.orderId, homeOnly.id);
    await addToTeam(test, health.orderId, expiredNda.id);
    await addToTeam(test, cards.orderId, paused.id);
    await addToTeam(test, inquiry.orderId, noRunningOrder.id);
    await signNda(test, able.id, health.clientId);
    await test.db.insert(ndaSignatures).values({ userId: expiredNda.id, clientId: health.clientId, signedOn: '2026-01-01', validUntil: '2026-12-03' });
    for (const person of [able, offTeam, noSkill, noNda, homeOnly, expiredNda, paused, noRunningOrder]) {
      await offerEveryDay(test, person.id, { start: 540, end: 660, location: 'home' });
    }
    await offerEveryDay(test, able.id, { start: 780, end: 900, location: 'centre' });
    await offerEveryDay(test, offTeam.id, { start: 780, end: 840, location: 'centre' });

    const gathered = await gatherPlanInput(test.db, { from, days: 7 });
    const { input } = gathered;
    expect(gathered.dates).toEqual(['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07']);
    expect(gathered.packages.map((pkg) => pkg.title)).toEqual(['入力', '書き起こし', '結果票']);
    expect(gathered.packages[0]).toMatchObject({ orderTitle: '名刺', requiredSkills: ['data_entry'], deadline: '2026-12-05', minutesPerUnit: 1.2, unitName: '件' });
    expect(input.packages.map(({ id: _id, ...pkg }) => pkg)).toEqual([
      { minutes: 240, deadline: 4, earliest: 0, centreOnly: false },
      { minutes: 180, deadline: 6, earliest: 0, centreOnly: true },
      { minutes: 90, deadline: 6, earliest: 0, centreOnly: false },
    ]);

    const byId = new Map(input.workers.map((person) => [person.id, person]));
    expect([...byId.keys()].sort()).toEqual([able, offTeam, noSkill, noNda, homeOnly, expiredNda].map((person) => person.id).sort());
    const eligible = (person: { id: string }) => byId.get(person.id)!.eligible.map((p) => gathered.packages[p]!.title);
    expect(eligible(able)).toEqual(['入力', '書き起こし', '結果票']);
    expect(eligible(offTeam)).toEqual(['書き起こし']);
    expect(eligible(noSkill)).toEqual([]);
    expect(eligible(noNda)).toEqual([]);
    expect(eligible(homeOnly)).toEqual(['書き起こし']);
    expect(eligible(expiredNda)).toEqual([]);

    const mine = byId.get(able.id)!;
    expect(mine.supply).toHaveLength(14);
    expect(mine.supply.slice(0, 2)).toEqual([
      { day: 0, location: 'centre', minutes: 120 },
      { day: 0, location: 'home', minutes: 120 },
    ]);
    // 7 hours a week over 7 days; without a target, what they offer.
    expect(mine.targetMinutes).toBe(420);
    expect(byId.get(offTeam.id)!.targetMinutes).toBe(7 * 180);
    expect(mine.newcomer).toBe(true);

    const result = solvePlan(input);
    for (const assignment of result.assignments) {
      expect(input.workers[assignment.worker]!.eligible).toContain(assignment.package);
      if (input.packages[assignment.package]!.centreOnly) expect(assignment.location).toBe('centre');
    }
    const plannedFor = (person: { id: string }) => result.assignments.filter((assignment) => input.workers[assignment.worker]!.id === person.id);
    expect(plannedFor(homeOnly)).toEqual([]);
    for (const person of [noSkill, noNda, expiredNda]) expect(plannedFor(person)).toEqual([]);
    expect(plannedFor(offTeam).every((assignment) => gathered.packages[assignment.package]!.title === '書き起こし')).toBe(true);
    expect(result.packages.map((pkg) => pkg.unmet)).toEqual([0, 0, 0]);
  });

  it('reads continuity, newcomers, steps that wait, passed deadlines, accepted offers (kept) and declined ones (not again that day)', async () => {
    const cards = await createOrder(test, { title: '名刺' });
    const entry = await createTasks(test, cards.orderId, 3, { deadline: '2026-12-04', estimateMinutes: 60, units: 50 });
    const check = await createTasks(test, cards.orderId, 3, { deadline: '2026-12-06', estimateMinutes: 20, units: 50 });
    await renamePackage(test, check.packageId, '確認');
    for (const [index, taskId] of check.taskIds.entries()) await test.db.update(tasks).set({ dependsOnTaskId: entry.taskIds[index]! }).where(eq(tasks.id, taskId));
    const late = await createTasks(test, cards.orderId, 1, { deadline: '2026-11-28', estimateMinutes: 30, units: 10 });
    await renamePackage(test, late.packageId, '遅れ');

    const experienced = await worker();
    const fresh = await worker();
    for (const person of [experienced, fresh]) {
      await addToTeam(test, cards.orderId, person.id);
      await offerEveryDay(test, person.id, { start: 540, end: 600, location: 'home' });
    }
    // The experienced worker did the first entry task (held, handed in, accepted).
    await test.db.update(tasks).set({ status: 'accepted', acceptedOn: '2026-11-25' }).where(eq(tasks.id, entry.taskIds[0]!));
    await test.db.insert(taskHolds).values({ taskId: entry.taskIds[0]!, workerId: experienced.id, source: 'taken', expiresAt: new Date(), endedAt: new Date(), endReason: 'handed_in' });
    await test.db.insert(submissions).values({ taskId: entry.taskIds[0]!, workerId: experienced.id, units: 50, needsReview: true, decision: 'accepted', reviewedAt: new Date(), inspectedOn: '2026-11-25' });

    const planId = await aPlan();
    const offer = (workerId: string, packageId: string, workDate: string, status: 'accepted' | 'declined' | 'withdrawn') => ({
      planId,
      workerId,
      packageId,
      workDate,
      homeMinutes: 30,
      centreMinutes: 0,
      minutes: 30,
      estimatedUnits: 25,
      status,
      decidedAt: new Date(),
    });
    await test.db.insert(planOffers).values([
      offer(fresh.id, entry.packageId, '2026-12-02', 'accepted'),
      offer(fresh.id, entry.packageId, '2026-12-03', 'declined'),
      offer(experienced.id, entry.packageId, '2026-11-30', 'accepted'),
      offer(experienced.id, entry.packageId, '2026-12-02', 'withdrawn'),
    ]);

    const gathered = await gatherPlanInput(test.db, { from, days: 7 });
    const { input } = gathered;
    expect(gathered.packages.map((pkg) => pkg.title)).toEqual(['遅れ', '入力', '確認']);
    // The check step's first task may start (its entry task is accepted), so the step may start today.
    expect(input.packages.map(({ minutes, deadline, earliest }) => ({ minutes, deadline, earliest }))).toEqual([
      { minutes: 30, deadline: -3, earliest: 0 },
      { minutes: 120, deadline: 3, earliest: 0 },
      { minutes: 60, deadline: 5, earliest: 0 },
    ]);
    await test.db.update(tasks).set({ status: 'cancelled' }).where(eq(tasks.id, check.taskIds[0]!));
    expect((await gatherPlanInput(test.db, { from, days: 7 })).input.packages[2]).toMatchObject({ minutes: 40, earliest: 1 });

    const index = (person: { id: string }) => input.workers.findIndex((each) => each.id === person.id);
    expect(input.workers[index(experienced)]).toMatchObject({ newcomer: false, continues: [1] });
    // The accepted offer counts as working on the package before.
    expect(input.workers[index(fresh)]).toMatchObject({ newcomer: true, continues: [1] });
    expect(input.fixed).toEqual([{ worker: index(fresh), package: 1, day: 1, location: 'home', minutes: 30 }]);
    expect(input.excluded).toEqual(
      expect.arrayContaining([
        { worker: index(fresh), package: 1, day: 1 },
        { worker: index(fresh), package: 1, day: 2 },
      ]),
    );
    expect(input.excluded).toHaveLength(2);

    // Re-planned, the accepted offer is kept as it was, and neither day is offered that package again.
    const result = solvePlan(input);
    expect(result.assignments.filter((assignment) => assignment.fixed)).toEqual([{ worker: index(fresh), package: 1, day: 1, location: 'home', minutes: 30, fixed: true }]);
    const again = result.assignments.filter((assignment) => !assignment.fixed && assignment.worker === index(fresh) && assignment.package === 1);
    expect(again.map((assignment) => assignment.day)).not.toContain(1);
    expect(again.map((assignment) => assignment.day)).not.toContain(2);
  });
});
