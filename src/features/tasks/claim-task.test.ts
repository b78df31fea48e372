import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';
import { tasks } from '../breakdown/schema';
import { addToTeam, createOrder, createTasks, signNda } from '../orders/testing';
import { createWorker } from '../workers/testing';
import { workerSkills } from '../workers/schema';
import { claimTask } from './claim-task';
import { taskHolds } from './schema';

const test = useTestApp();
const now = new Date('2026-11-24T01:00:00Z');

async function teamOf(orderId: string, size: number) {
  const workers = [];
  for (let index = 0; index < size; index++) {
    const worker = await createWorker(test);
    await addToTeam(test, orderId, worker.id);
    workers.push(worker);
  }
  return workers;
}

describe('claimTask', () => {
  it('lets exactly one of 50 workers trying at the same moment take a task', async () => {
    const { orderId } = await createOrder(test);
    const { taskIds } = await createTasks(test, orderId, 1);
    const workers = await teamOf(orderId, 50);
    const results = await Promise.all(workers.map((worker) => claimTask(test.db, { workerId: worker.id, atCentre: false }, taskIds[0]!, now)));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok).map((result) => !result.ok && result.reason)).toEqual(Array(49).fill('taken'));
    const holds = await test.db.select().from(taskHolds).where(and(eq(taskHolds.taskId, taskIds[0]!), isNull(taskHolds.endedAt)));
    expect(holds).toHaveLength(1);
    const [task] = await test.db.select({ status: tasks.status }).from(tasks).where(eq(tasks.id, taskIds[0]!));
    expect(task?.status).toBe('held');
  });

  it('refuses a second active hold on one task in the database itself', async () => {
    const { orderId } = await createOrder(test);
    const { taskIds } = await createTasks(test, orderId, 1);
    const [first, second] = await teamOf(orderId, 2);
    const expiresAt = new Date(now.getTime() + 3600_000);
    await test.db.insert(taskHolds).values({ taskId: taskIds[0]!, workerId: first!.id, source: 'taken', expiresAt });
    await expect(test.db.insert(taskHolds).values({ taskId: taskIds[0]!, workerId: second!.id, source: 'taken', expiresAt })).rejects.toThrow();
  });

  it('returns a task whose reservation ran out to the pool, for the next worker', async () => {
    const { orderId } = await createOrder(test, { reservationHours: 2 });
    const { taskIds } = await createTasks(test, orderId, 1);
    const [first, second] = await teamOf(orderId, 2);
    const taken = await claimTask(test.db, { workerId: first!.id, atCentre: false }, taskIds[0]!, now);
    expect(taken).toMatchObject({ ok: true, expiresAt: new Date('2026-11-24T03:00:00Z') });
    expect(await claimTask(test.db, { workerId: second!.id, atCentre: false }, taskIds[0]!, new Date('2026-11-24T02:59:00Z'))).toEqual({ ok: false, reason: 'taken' });
    expect(await claimTask(test.db, { workerId: second!.id, atCentre: false }, taskIds[0]!, new Date('2026-11-24T03:00:00Z'))).toMatchObject({ ok: true });
    const ended = await test.db.select().from(taskHolds).where(eq(taskHolds.workerId, first!.id));
    expect(ended).toMatchObject([{ endReason: 'expired' }]);
  });

  it('lets only team members with the skills take work, centre-only work only at the centre, NDA work only with an NDA', async () => {
    const { orderId: open } = await createOrder(test);
    const { taskIds: skilled } = await createTasks(test, open, 1, { requiredSkills: ['bookkeeping'] });
    const outsider = await createWorker(test);
    const [member] = await teamOf(open, 1);
    expect(await claimTask(test.db, { workerId: outsider.id, atCentre: true }, skilled[0]!, now)).toEqual({ ok: false, reason: 'notFound' });
    expect(await claimTask(test.db, { workerId: member!.id, atCentre: true }, skilled[0]!, now)).toEqual({ ok: false, reason: 'missingSkills' });
    await test.db.insert(workerSkills).values({ userId: member!.id, skill: 'bookkeeping', level: 1, source: 'self' });
    expect(await claimTask(test.db, { workerId: member!.id, atCentre: false }, skilled[0]!, now)).toMatchObject({ ok: true });

    const { orderId: centre } = await createOrder(test, { confidentiality: 'centre_only' });
    const { taskIds: centreTasks } = await createTasks(test, centre, 1);
    await addToTeam(test, centre, member!.id);
    expect(await claimTask(test.db, { workerId: member!.id, atCentre: false }, centreTasks[0]!, now)).toEqual({ ok: false, reason: 'notFound' });
    expect(await claimTask(test.db, { workerId: member!.id, atCentre: true }, centreTasks[0]!, now)).toMatchObject({ ok: true });

    const { orderId: secret, clientId } = await createOrder(test, { confidentiality: 'nda' });
    const { taskIds: secretTasks } = await createTasks(test, secret, 1);
    await addToTeam(test, secret, member!.id);
    expect(await claimTask(test.db, { workerId: member!.id, atCentre: true }, secretTasks[0]!, now)).toEqual({ ok: false, reason: 'notFound' });
    await signNda(test, member!.id, clientId);
    expect(await claimTask(test.db, { workerId: member!.id, atCentre: false }, secretTasks[0]!, now)).toMatchObject({ ok: true });
  });

  it('keeps a follow-up step closed until the step before it is accepted', async () => {
    const { orderId } = await createOrder(test);
    const { taskIds: entry } = await createTasks(test, orderId, 1);
    const [entryTask] = await test.db.select().from(tasks).where(eq(tasks.id, entry[0]!));
    const [check] = await test.db
      .insert(tasks)
      .values({ ...entryTask!, id: undefined, position: 2, title: '確認 1', dependsOnTaskId: entryTask!.id })
      .returning({ id: tasks.id });
    const [worker] = await teamOf(orderId, 1);
    expect(await claimTask(test.db, { workerId: worker!.id, atCentre: false }, check!.id, now)).toEqual({ ok: false, reason: 'waiting' });
    await test.db.update(tasks).set({ status: 'accepted', acceptedOn: '2026-11-23' }).where(eq(tasks.id, entryTask!.id));
    expect(await claimTask(test.db, { workerId: worker!.id, atCentre: false }, check!.id, now)).toMatchObject({ ok: true });
  });
});
