import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../testing/html';
import { useTestApp, type TestBrowser } from '../../testing/test-app';
import { addDays, todayInJapan } from '../availability/calendar';
import { tasks } from '../breakdown/schema';
import { notifications } from '../notifications/schema';
import { addToTeam, createOrder, createTasks } from '../orders/testing';
import { submissions, taskHolds, workLogEntries } from '../tasks/schema';
import { handIn } from './testing';

const test = useTestApp();

/** The display name `test.createUser` gives: login "worker3" is "worker 3". */
const nameOf = (user: { loginId: string }) => user.loginId.replace(/(\d+)$/, ' $1');

const page = async (browser: TestBrowser, path: string) => {
  const response = await browser.get(path);
  return { status: response.status, text: visibleText(await response.text()) };
};

/** An order led by a signed-in leader, with a worker's task handed in and waiting for review. */
async function handedInWork(settings: { reservationHours?: number } = {}) {
  const { orderId } = await createOrder(test, { title: '名刺データ入力', reservationHours: settings.reservationHours ?? 24 });
  const { taskIds } = await createTasks(test, orderId, 3);
  const leader = await test.createUser('leader');
  const worker = await test.createUser('worker');
  await addToTeam(test, orderId, leader.id, 'leader');
  await addToTeam(test, orderId, worker.id);
  await test.db.insert(workLogEntries).values({ taskId: taskIds[0]!, workerId: worker.id, workedOn: todayInJapan(), minutes: 75, units: 50 });
  const submissionId = await handIn(test, taskIds[0]!, worker.id, { units: 48, note: '2件は読めませんでした。' });
  const leaderBrowser = test.browser();
  await leaderBrowser.signIn(leader.loginId);
  return { orderId, taskId: taskIds[0]!, taskIds, leader, worker, submissionId, leaderBrowser };
}

describe('review (検品)', () => {
  it('shows the team leader the work waiting on their order, and nobody else’s leader', async () => {
    const work = await handedInWork();
    const queue = await page(work.leaderBrowser, '/review');
    expect(queue.text).toContain('検品を待っている作業 1件');
    expect(queue.text).toContain('入力 1');
    expect(queue.text).toContain(nameOf(work.worker));
    expect(queue.text).toContain('名刺データ入力: 1件');

    const item = await page(work.leaderBrowser, `/review/${work.submissionId}`);
    expect(item.status).toBe(200);
    expect(item.text).toContain('「入力 1」の検品');
    expect(item.text).toContain('2件は読めませんでした。');
    expect(item.text).toContain('48件（この作業の量は50件）');
    expect(item.text).toContain('1.3時間（見積りは1時間）');

    // A leader of another order, and a leader who is only a member of this one.
    const other = await createOrder(test, { title: '別の受注' });
    const otherLeader = await test.createUser('leader');
    await addToTeam(test, other.orderId, otherLeader.id, 'leader');
    const member = await test.createUser('leader');
    await addToTeam(test, work.orderId, member.id);
    for (const loginId of [otherLeader.loginId, member.loginId]) {
      const browser = test.browser();
      await browser.signIn(loginId);
      expect((await page(browser, '/review')).text).toContain('検品を待っている作業はありません。');
      expect((await browser.get(`/review/${work.submissionId}`)).status).toBe(404);
      expect((await browser.post(`/review/${work.submissionId}/accept`)).status).toBe(404);
      expect((await browser.get(`/orders/${work.orderId}/progress`)).status).toBe(404);
    }
    const [still] = await test.db.select().from(submissions).where(eq(submissions.id, work.submissionId));
    expect(still!.decision).toBeNull();

    const director = await test.signedIn('director');
    expect((await page(director, '/review')).text).toContain('入力 1');
    expect((await (await test.signedIn('worker')).get('/review')).status).toBe(403);
    expect((await work.leaderBrowser.get('/review/not-an-id')).status).toBe(404);
  });

  it('accepting records today as the 検収日 and the task as accepted', async () => {
    const work = await handedInWork();
    const response = await work.leaderBrowser.post(`/review/${work.submissionId}/accept`);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/review?done=accepted');
    const today = todayInJapan();
    const [submission] = await test.db.select().from(submissions).where(eq(submissions.id, work.submissionId));
    expect(submission).toMatchObject({ decision: 'accepted', reviewedBy: work.leader.id, inspectedOn: today });
    const [task] = await test.db.select().from(tasks).where(eq(tasks.id, work.taskId));
    expect(task).toMatchObject({ status: 'accepted', acceptedOn: today });

    const queue = await page(work.leaderBrowser, '/review?done=accepted');
    expect(queue.text).toContain('受け入れました。今日が検収日です。');
    expect(queue.text).toContain('検品を待っている作業はありません。');
    const item = await page(work.leaderBrowser, `/review/${work.submissionId}`);
    expect(item.text).toContain('受け入れました（検収日）');
    expect(item.text).not.toContain('差し戻す');
  });

  it('returning needs a comment, gives the task back to the same worker as a hold, and tells them', async () => {
    const work = await handedInWork({ reservationHours: 48 });
    const empty = await work.leaderBrowser.post(`/review/${work.submissionId}/return`, { comment: '  ' });
    expect(empty.status).toBe(400);
    const html = await empty.text();
    expect(visibleText(html)).toContain('差し戻すときは、直してほしいことを書いてください。');
    expect(html).toContain('id="field-comment-error"');
    expect((await test.db.select().from(submissions).where(eq(submissions.id, work.submissionId)))[0]!.decision).toBeNull();

    const before = Date.now();
    const response = await work.leaderBrowser.post(`/review/${work.submissionId}/return`, { comment: '電話番号の「-」を入れてください。' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/review?done=returned');
    const [submission] = await test.db.select().from(submissions).where(eq(submissions.id, work.submissionId));
    expect(submission).toMatchObject({ decision: 'returned', comment: '電話番号の「-」を入れてください。', inspectedOn: null });
    expect((await test.db.select().from(tasks).where(eq(tasks.id, work.taskId)))[0]!.status).toBe('held');
    const [hold] = await test.db.select().from(taskHolds).where(and(eq(taskHolds.taskId, work.taskId), isNull(taskHolds.endedAt)));
    expect(hold).toMatchObject({ workerId: work.worker.id, source: 'returned' });
    const hours = (hold!.expiresAt.getTime() - before) / 3600_000;
    expect(hours).toBeGreaterThan(47.9);
    expect(hours).toBeLessThan(48.1);
    const [notification] = await test.db.select().from(notifications).where(eq(notifications.userId, work.worker.id));
    expect(notification).toMatchObject({ messageKey: 'notification.returned', params: { task: '入力 1' }, link: `/tasks/${work.taskId}` });

    // Handed in again: the reviewer sees the earlier review and its comment.
    const again = await handIn(test, work.taskId, work.worker.id);
    await test.db.update(taskHolds).set({ endedAt: new Date(), endReason: 'handed_in' }).where(eq(taskHolds.id, hold!.id));
    const item = await page(work.leaderBrowser, `/review/${again}`);
    expect(item.text).toContain(`${nameOf(work.leader)}さんが差し戻し`);
    expect(item.text).toContain('電話番号の「-」を入れてください。');
  });

  it('lets exactly one of two reviewers deciding at once through, and tells the other', async () => {
    const work = await handedInWork();
    const director = await test.signedIn('director');
    const responses = await Promise.all([
      work.leaderBrowser.post(`/review/${work.submissionId}/accept`),
      director.post(`/review/${work.submissionId}/return`, { comment: 'もう一度見てください。' }),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([303, 409]);
    const late = responses.find((response) => response.status === 409)!;
    expect(visibleText(await late.text())).toContain('ほかの人がすでに検品を終えていました');
    const [submission] = await test.db.select().from(submissions).where(eq(submissions.id, work.submissionId));
    const [task] = await test.db.select().from(tasks).where(eq(tasks.id, work.taskId));
    const holds = await test.db.select().from(taskHolds).where(eq(taskHolds.taskId, work.taskId));
    if (submission!.decision === 'accepted') {
      expect(task!.status).toBe('accepted');
      expect(holds).toEqual([]);
    } else {
      expect(task!.status).toBe('held');
      expect(holds).toHaveLength(1);
    }
    // Deciding again later gets the same clear answer.
    const again = await director.post(`/review/${work.submissionId}/accept`);
    expect(again.status).toBe(409);
  });
});

describe('order progress', () => {
  it('counts tasks by state, units and hours, forecasts against the delivery date, and shows who is working', async () => {
    const today = todayInJapan();
    const { orderId } = await createOrder(test, { title: '名刺データ入力', deliveryDate: addDays(today, 30) });
    const { taskIds } = await createTasks(test, orderId, 10, { units: 50, estimateMinutes: 60, deadline: addDays(today, 10) });
    const worker = await test.createUser('worker');
    for (const [index, taskId] of taskIds.slice(0, 4).entries()) {
      await test.db.update(tasks).set({ status: 'accepted', acceptedOn: addDays(today, -1 - index) }).where(eq(tasks.id, taskId));
      await test.db.insert(workLogEntries).values({ taskId, workerId: worker.id, workedOn: addDays(today, -2 - index), minutes: 90, units: 50 });
    }
    await handIn(test, taskIds[4]!, worker.id);
    await test.db.update(tasks).set({ status: 'held' }).where(eq(tasks.id, taskIds[5]!));
    await test.db.insert(taskHolds).values({ taskId: taskIds[5]!, workerId: worker.id, source: 'taken', expiresAt: new Date(Date.now() + 3600_000) });
    await test.db.insert(workLogEntries).values({ taskId: taskIds[5]!, workerId: worker.id, workedOn: today, startedAt: new Date() });
    await test.db.update(tasks).set({ status: 'cancelled' }).where(eq(tasks.id, taskIds[9]!));

    const director = await test.signedIn('director');
    const progress = await page(director, `/orders/${orderId}/progress`);
    expect(progress.status).toBe(200);
    expect(progress.text).toContain('名刺データ入力の進み具合');
    // 9 tasks wanted (one cancelled): 200 of 450 units; 6 hours of 9 estimated.
    expect(progress.text).toContain('200 / 450件（44%）');
    expect(progress.text).toContain('6時間（見積り9時間）');
    expect(progress.text).toContain('受付中 3件');
    expect(progress.text).toContain('作業中 1件');
    expect(progress.text).toContain('検品待ち 1件');
    expect(progress.text).toContain('受け入れ済み 4件');
    expect(progress.text).toContain('取りやめ 1件');
    // 200 units in 14 days: about 14.3 a day, so the 250 left take 18 days — before the delivery date.
    expect(progress.text).toContain('間に合う見込みです。');
    expect(progress.text).toContain('1日14.3件');
    // The package's own deadline, 10 days out, is too soon at that pace.
    expect(progress.text).toContain('遅れるおそれがあります。');
    expect(progress.text).toContain(nameOf(worker));
    expect(progress.text).toContain('動いています');

    const other = await createOrder(test);
    expect((await page(director, `/orders/${other.orderId}/progress`)).text).toContain('この2週間に受け入れた作業がないため');
    expect((await director.get('/orders/00000000-0000-4000-8000-000000000000/progress')).status).toBe(404);
    expect((await (await test.signedIn('worker')).get(`/orders/${orderId}/progress`)).status).toBe(403);
    const leader = await test.createUser('leader');
    await addToTeam(test, orderId, leader.id, 'leader');
    const leaderBrowser = test.browser();
    await leaderBrowser.signIn(leader.loginId);
    expect((await leaderBrowser.get(`/orders/${orderId}/progress`)).status).toBe(200);
  });
});
