import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { storedFiles } from '../../files/schema';
import { uploadPath } from '../../files/store-files';
import { visibleText } from '../../testing/html';
import { postMultipart as postWithFiles } from '../../testing/multipart';
import { useTestApp, type TestBrowser } from '../../testing/test-app';
import { todayInJapan } from '../availability/calendar';
import { tasks } from '../breakdown/schema';
import { notifications } from '../notifications/schema';
import { addToTeam, createOrder, createTasks, signNda } from '../orders/testing';
import { createWorker } from '../workers/testing';
import { handInTask } from './hand-in-task';
import { submissions, taskHolds, taskOffers, workLogEntries, workLogRevisions } from './schema';

const dataDir = mkdtempSync(path.join(tmpdir(), 'machiwork-tasks-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const test = useTestApp({ TRUST_PROXY: 'true', CENTRE_NETWORKS: '192.0.2.0/24', DATA_DIR: dataDir });
const atCentre = { 'x-forwarded-for': '192.0.2.5' };

type Worker = { id: string; browser: TestBrowser };

async function signedInWorker(role: 'worker' | 'trainee' | 'leader' = 'worker'): Promise<Worker> {
  const user = await createWorker(test, { role });
  const browser = test.browser();
  const response = await browser.signIn(user.loginId);
  expect(response.status).toBe(303);
  return { id: user.id, browser };
}

async function teamOrder(members: Worker[], settings: Parameters<typeof createOrder>[1] = {}) {
  const order = await createOrder(test, settings);
  for (const member of members) await addToTeam(test, order.orderId, member.id);
  return order;
}

async function page(browser: TestBrowser, path: string, headers: Record<string, string> = {}) {
  const response = await browser.request(path, { headers });
  return { status: response.status, html: await response.text() };
}

/** Posts a multipart form (files included) with the CSRF token, as a browser does. */
const postMultipart = (browser: TestBrowser, path: string, fields: Record<string, string>, files: File[] = []) => postWithFiles(browser, path, fields, { 'handIn-files': files });

const activeHolds = (taskId: string) => test.db.select().from(taskHolds).where(and(eq(taskHolds.taskId, taskId), isNull(taskHolds.endedAt)));
const taskStatus = async (taskId: string) => (await test.db.select({ status: tasks.status }).from(tasks).where(eq(tasks.id, taskId)))[0]?.status;

describe('open tasks', () => {
  it('lists only the tasks this worker may take, earliest deadline first; others answer 404', async () => {
    const worker = await signedInWorker();
    const later = await teamOrder([worker], { title: '後の受注' });
    const { taskIds: laterTasks } = await createTasks(test, later.orderId, 2, { deadline: '2026-12-20' });
    const sooner = await teamOrder([worker], { title: '先の受注' });
    const { taskIds: soonerTasks } = await createTasks(test, sooner.orderId, 1, { deadline: '2026-12-05', payKind: 'hour', payRateYen: 1000 });
    const { taskIds: skilled } = await createTasks(test, (await teamOrder([worker])).orderId, 1, { requiredSkills: ['bookkeeping'] });
    const { taskIds: otherTeam } = await createTasks(test, (await createOrder(test, { title: 'ほかのチーム' })).orderId, 1);
    const centre = await teamOrder([worker], { title: 'センターの受注', confidentiality: 'centre_only' });
    const { taskIds: centreTasks } = await createTasks(test, centre.orderId, 1, { deadline: '2026-12-01' });
    const secret = await teamOrder([worker], { title: '秘密の受注', confidentiality: 'nda' });
    const { taskIds: secretTasks } = await createTasks(test, secret.orderId, 1);

    const { html } = await page(worker.browser, '/tasks');
    const text = visibleText(html);
    const positions = [...soonerTasks, ...laterTasks].map((id) => html.indexOf(`/tasks/${id}"`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(text).toContain('引き受けられる作業（3件、締め切りの早い順）');
    expect(text).toContain('1件 ￥500（この作業で ￥25,000）');
    expect(text).toContain('1時間 ￥1,000');
    expect(text).toContain('まだ登録していない技能が必要な作業が1件あります');
    for (const hidden of [skilled, otherTeam, centreTasks, secretTasks]) expect(html).not.toContain(`/tasks/${hidden[0]}"`);
    expect(text).not.toContain('ほかのチーム');
    expect(text).not.toContain('センターの受注');
    expect(text).not.toContain('秘密の受注');
    expect(html).toContain('href="/me/absence"');

    for (const hidden of [otherTeam, centreTasks, secretTasks]) {
      expect((await page(worker.browser, `/tasks/${hidden[0]}`)).status).toBe(404);
      expect((await worker.browser.post(`/tasks/${hidden[0]}/take`)).status).toBe(404);
    }
    expect((await page(worker.browser, '/tasks/not-a-task')).status).toBe(404);

    const fromCentre = await page(worker.browser, '/tasks', atCentre);
    expect(fromCentre.html.indexOf(`/tasks/${centreTasks[0]}"`)).toBeGreaterThan(0);
    expect(fromCentre.html.indexOf(`/tasks/${centreTasks[0]}"`)).toBeLessThan(fromCentre.html.indexOf(`/tasks/${soonerTasks[0]}"`));
    expect((await page(worker.browser, `/tasks/${centreTasks[0]}`, atCentre)).status).toBe(200);

    await signNda(test, worker.id, secret.clientId);
    expect((await page(worker.browser, `/tasks/${secretTasks[0]}`)).status).toBe(200);
  });

  it('takes, gives back with or without a reason, and lets someone else take it; only the holder may hand in or give back', async () => {
    const [first, second] = [await signedInWorker(), await signedInWorker()];
    const { orderId } = await teamOrder([first!, second!], { reservationHours: 4 });
    const { taskIds } = await createTasks(test, orderId, 1);
    const taskId = taskIds[0]!;

    const taken = await first!.browser.post(`/tasks/${taskId}/take`);
    expect(taken.status).toBe(303);
    expect(taken.headers.get('location')).toBe(`/tasks/${taskId}?done=taken`);
    const mine = visibleText((await page(first!.browser, `/tasks/${taskId}?done=taken`)).html);
    expect(mine).toContain('作業を引き受けました。');
    expect(mine).toContain('あなたが引き受けています');
    expect(visibleText((await page(first!.browser, '/tasks')).html)).toContain('引き受けている作業（1件）');

    const late = await second!.browser.post(`/tasks/${taskId}/take`);
    expect(late.status).toBe(409);
    expect(visibleText(await late.text())).toContain('ほかの人が先に引き受けました');
    expect((await second!.browser.post(`/tasks/${taskId}/give-back`)).status).toBe(404);
    expect((await postMultipart(second!.browser, `/tasks/${taskId}/hand-in`, { 'handIn-units': '50' })).status).toBe(404);
    expect((await second!.browser.post(`/tasks/${taskId}/timer/start`)).status).toBe(404);

    const givenBack = await first!.browser.post(`/tasks/${taskId}/give-back`, { 'giveBack-note': '子どもが熱を出しました' });
    expect(givenBack.status).toBe(303);
    expect(givenBack.headers.get('location')).toBe('/tasks?done=givenBack');
    expect(visibleText((await page(first!.browser, '/tasks?done=givenBack')).html)).toContain('作業を戻しました。ありがとうございました。');
    expect(await taskStatus(taskId)).toBe('open');

    expect((await second!.browser.post(`/tasks/${taskId}/take`)).status).toBe(303);
    expect((await second!.browser.post(`/tasks/${taskId}/give-back`)).status).toBe(303);
    expect((await first!.browser.post(`/tasks/${taskId}/take`)).status).toBe(303);

    const holds = await test.db.select().from(taskHolds).where(eq(taskHolds.taskId, taskId)).orderBy(taskHolds.startedAt);
    expect(holds.map((hold) => [hold.workerId, hold.endReason, hold.note])).toEqual([
      [first!.id, 'given_back', '子どもが熱を出しました'],
      [second!.id, 'given_back', null],
      [first!.id, null, null],
    ]);
  });

  it('lets exactly one of 50 team members taking the same task at once have it', async () => {
    const team: Worker[] = [];
    for (let index = 0; index < 50; index++) team.push(await signedInWorker());
    const { orderId } = await teamOrder(team);
    const { taskIds } = await createTasks(test, orderId, 1);
    const taskId = taskIds[0]!;
    const responses = await Promise.all(team.map((member) => member.browser.post(`/tasks/${taskId}/take`)));
    expect(responses.filter((response) => response.status === 303)).toHaveLength(1);
    const refused = responses.filter((response) => response.status === 409);
    expect(refused).toHaveLength(49);
    for (const response of refused) expect(visibleText(await response.text())).toContain('ほかの人が先に引き受けました');
    expect(await activeHolds(taskId)).toHaveLength(1);
    expect(await taskStatus(taskId)).toBe('held');
  });
});

describe('handing in', () => {
  it('hands in with files; with review of all work it waits for review', async () => {
    const worker = await signedInWorker();
    const { orderId } = await teamOrder([worker]);
    const { taskIds } = await createTasks(test, orderId, 1);
    const taskId = taskIds[0]!;
    await worker.browser.post(`/tasks/${taskId}/take`);

    const empty = await postMultipart(worker.browser, `/tasks/${taskId}/hand-in`, { 'handIn-units': '' });
    expect(empty.status).toBe(400);
    const emptyHtml = await empty.text();
    expect(emptyHtml).toContain('id="field-handIn-units-error"');
    expect(visibleText(emptyHtml)).toContain('入力してください。');
    const wrongType = await postMultipart(worker.browser, `/tasks/${taskId}/hand-in`, { 'handIn-units': '50' }, [new File(['MZ'], 'tool.exe')]);
    expect(wrongType.status).toBe(400);
    expect(visibleText(await wrongType.text())).toContain('この種類のファイルは送れません');
    const tooMany = Array.from({ length: 6 }, (_, index) => new File(['x'], `memo${index}.txt`));
    expect(visibleText(await (await postMultipart(worker.browser, `/tasks/${taskId}/hand-in`, { 'handIn-units': '50' }, tooMany)).text())).toContain('ファイルは一度に5つまでです。');
    expect(visibleText(await (await postMultipart(worker.browser, `/tasks/${taskId}/hand-in`, { 'handIn-units': '１，０００，００１' })).text())).toContain('0から1,000,000までの数');
    expect(await taskStatus(taskId)).toBe('held');

    const handedIn = await postMultipart(worker.browser, `/tasks/${taskId}/hand-in`, { 'handIn-units': '５０', 'handIn-note': '2件読めませんでした' }, [
      new File(['会社名,氏名\n'], 'cards.csv'),
      new File(['memo'], 'memo.txt'),
    ]);
    expect(handedIn.status).toBe(303);
    expect(handedIn.headers.get('location')).toBe('/tasks?done=handedIn');
    expect(await taskStatus(taskId)).toBe('handed_in');
    const [submission] = await test.db.select().from(submissions).where(eq(submissions.taskId, taskId));
    expect(submission).toMatchObject({ units: 50, note: '2件読めませんでした', needsReview: true, decision: null });
    const files = await test.db.select().from(storedFiles).where(eq(storedFiles.submissionId, submission!.id));
    expect(files.map((file) => [file.originalName, file.purpose])).toEqual([
      ['cards.csv', 'deliverable'],
      ['memo.txt', 'deliverable'],
    ]);
    expect(files.every((file) => existsSync(uploadPath(dataDir, file.id)))).toBe(true);
    expect(await activeHolds(taskId)).toHaveLength(0);

    const list = visibleText((await page(worker.browser, '/tasks?done=handedIn')).html);
    expect(list).toContain('提出しました。検品を待っています。');
    expect(list).toContain('検品を待っている作業（1件）');
    expect((await postMultipart(worker.browser, `/tasks/${taskId}/hand-in`, { 'handIn-units': '50' })).status).toBe(404);
  });

  it('accepts work not drawn for a sample review at once; a trainee’s work is always reviewed', async () => {
    const worker = await signedInWorker();
    const trainee = await signedInWorker('trainee');
    const { orderId } = await teamOrder([worker, trainee], { reviewPolicy: 'sample', reviewSamplePercent: 25 });
    const { taskIds } = await createTasks(test, orderId, 3);
    const now = new Date('2026-11-24T03:00:00Z');
    const handIn = { units: 50, note: null, files: [] };
    for (const [index, taskId] of taskIds.entries()) {
      await (index === 2 ? trainee : worker).browser.post(`/tasks/${taskId}/take`);
    }
    expect(await handInTask(test.db, dataDir, worker.id, taskIds[0]!, handIn, { now, draw: () => 0.5 })).toEqual({ ok: true, needsReview: false });
    expect(await handInTask(test.db, dataDir, worker.id, taskIds[1]!, handIn, { now, draw: () => 0.2 })).toEqual({ ok: true, needsReview: true });
    expect(await handInTask(test.db, dataDir, trainee.id, taskIds[2]!, handIn, { now, draw: () => 0.99 })).toEqual({ ok: true, needsReview: true });
    const [accepted] = await test.db.select().from(tasks).where(eq(tasks.id, taskIds[0]!));
    expect(accepted).toMatchObject({ status: 'accepted', acceptedOn: '2026-11-24' });
    const [decided] = await test.db.select().from(submissions).where(eq(submissions.taskId, taskIds[0]!));
    expect(decided).toMatchObject({ needsReview: false, decision: 'accepted', inspectedOn: '2026-11-24' });
    expect(await taskStatus(taskIds[1]!)).toBe('handed_in');
    expect(await taskStatus(taskIds[2]!)).toBe('handed_in');
    expect(await handInTask(test.db, dataDir, worker.id, taskIds[2]!, handIn, { now })).toEqual({ ok: false });
  });
  it('marks work returned for a redo with the reviewer’s comment', async () => {
    const worker = await signedInWorker();
    const { orderId } = await teamOrder([worker]);
    const { taskIds } = await createTasks(test, orderId, 1);
    const taskId = taskIds[0]!;
    await test.db.insert(submissions).values({ taskId, workerId: worker.id, units: 50, needsReview: true, decision: 'returned', comment: '電話番号の桁が違います', reviewedAt: new Date() });
    await test.db.update(tasks).set({ status: 'held' }).where(eq(tasks.id, taskId));
    await test.db.insert(taskHolds).values({ taskId, workerId: worker.id, source: 'returned', expiresAt: new Date(Date.now() + 3600_000) });
    for (const path of ['/tasks', `/tasks/${taskId}`]) {
      const text = visibleText((await page(worker.browser, path)).html);
      expect(text).toContain('直しの依頼があります');
      expect(text).toContain('検品のコメント: 電話番号の桁が違います');
    }
    expect((await worker.browser.post(`/tasks/${taskId}/give-back`)).status).toBe(303);
    expect(await taskStatus(taskId)).toBe('open');
  });
});

describe('offers', () => {
  async function offer(orderId: string, workerId: string) {
    const { taskIds } = await createTasks(test, orderId, 1);
    await test.db.update(tasks).set({ status: 'offered' }).where(eq(tasks.id, taskIds[0]!));
    await test.db.insert(taskOffers).values({ taskId: taskIds[0]!, workerId, note: '得意な分野だと思います' });
    return taskIds[0]!;
  }

  it('shows offers, and the worker accepts or declines without a reason; a withdrawn offer cannot be accepted', async () => {
    const worker = await signedInWorker();
    const { orderId } = await teamOrder([worker], { reservationHours: 8 });
    const accepted = await offer(orderId, worker.id);
    const list = visibleText((await page(worker.browser, '/tasks')).html);
    expect(list).toContain('あなたへの依頼');
    expect(list).toContain('依頼のことば: 得意な分野だと思います');

    const yes = await worker.browser.post(`/tasks/${accepted}/offer/accept`);
    expect(yes.status).toBe(303);
    expect(await taskStatus(accepted)).toBe('held');
    const [hold] = await activeHolds(accepted);
    expect(hold).toMatchObject({ workerId: worker.id, source: 'offer' });
    expect(hold!.expiresAt.getTime() - hold!.startedAt.getTime()).toBe(8 * 3600_000);

    const declined = await offer(orderId, worker.id);
    const no = await worker.browser.post(`/tasks/${declined}/offer/decline`);
    expect(no.status).toBe(303);
    expect(await taskStatus(declined)).toBe('open');
    expect((await test.db.select().from(taskOffers).where(eq(taskOffers.taskId, declined)))[0]?.response).toBe('declined');

    const withdrawn = await offer(orderId, worker.id);
    await test.db.update(taskOffers).set({ response: 'withdrawn', respondedAt: new Date() }).where(eq(taskOffers.taskId, withdrawn));
    await test.db.update(tasks).set({ status: 'open' }).where(eq(tasks.id, withdrawn));
    const late = await worker.browser.post(`/tasks/${withdrawn}/offer/accept`);
    expect(late.status).toBe(409);
    expect(visibleText(await late.text())).toContain('この依頼はもう受け付けていません。');
    expect(await activeHolds(withdrawn)).toHaveLength(0);
  });
});

describe('work log', () => {
  it('runs one timer at a time, logs time by hand and keeps the history of corrections', async () => {
    const worker = await signedInWorker();
    const other = await signedInWorker();
    const { orderId } = await teamOrder([worker, other]);
    const { taskIds } = await createTasks(test, orderId, 2);
    const [one, two] = taskIds as [string, string];
    await worker.browser.post(`/tasks/${one}/take`);
    await worker.browser.post(`/tasks/${two}/take`);

    expect((await worker.browser.post(`/tasks/${one}/timer/start`)).status).toBe(303);
    expect(visibleText((await page(worker.browser, `/tasks/${one}`)).html)).toContain('タイマーが動いています');
    expect((await worker.browser.post(`/tasks/${two}/timer/start`)).status).toBe(303);
    const entries = await test.db.select().from(workLogEntries).where(eq(workLogEntries.workerId, worker.id));
    expect(entries.find((entry) => entry.taskId === one)?.minutes).toBe(0);
    expect(entries.find((entry) => entry.taskId === two)?.minutes).toBeNull();
    expect((await worker.browser.post(`/tasks/${two}/timer/stop`)).status).toBe(303);
    expect((await test.db.select().from(workLogEntries).where(and(eq(workLogEntries.workerId, worker.id), isNull(workLogEntries.minutes))))).toHaveLength(0);

    const wrong = await worker.browser.post(`/tasks/${one}/log`, { 'log-workedOn': '2999-01-01', 'log-minutes': 'すこし', 'log-units': '' });
    expect(wrong.status).toBe(400);
    const wrongText = visibleText(await wrong.text());
    expect(wrongText).toContain('これからの日付は記録できません。');
    expect(wrongText).toContain('時間は 90 や 1:30 のように書いてください');

    const today = todayInJapan();
    expect((await worker.browser.post(`/tasks/${one}/log`, { 'log-workedOn': today, 'log-minutes': '１：３０', 'log-units': '20', 'log-note': '前半' })).status).toBe(303);
    const [logged] = await test.db.select().from(workLogEntries).where(and(eq(workLogEntries.taskId, one), eq(workLogEntries.units, 20)));
    expect(logged).toMatchObject({ minutes: 90, note: '前半', workedOn: today });

    const prefix = `entry-${logged!.id}-`;
    expect((await other.browser.post(`/work-log/${logged!.id}`, { [`${prefix}workedOn`]: today, [`${prefix}minutes`]: '45' })).status).toBe(404);
    const bad = await worker.browser.post(`/work-log/${logged!.id}`, { [`${prefix}workedOn`]: today, [`${prefix}minutes`]: '' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain(`id="field-${prefix}minutes-error"`);
    const edited = await worker.browser.post(`/work-log/${logged!.id}`, { [`${prefix}workedOn`]: today, [`${prefix}minutes`]: '45', [`${prefix}units`]: '25', [`${prefix}note`]: '前半（直し）' });
    expect(edited.status).toBe(303);
    expect(edited.headers.get('location')).toBe(`/tasks/${one}?done=edited#log-title`);
    const [revision] = await test.db.select().from(workLogRevisions).where(eq(workLogRevisions.entryId, logged!.id));
    expect(revision?.before).toEqual({ workedOn: today, minutes: 90, units: 20, note: '前半' });
    const shown = visibleText((await page(worker.browser, `/tasks/${one}?done=edited`)).html);
    expect(shown).toContain('記録を直しました。');
    expect(shown).toContain('直しました');
    expect(shown).toContain('1時間30分、20件、前半');
    expect(shown).toContain('45分');

    const { taskIds: never } = await createTasks(test, (await teamOrder([worker])).orderId, 1);
    expect((await worker.browser.post(`/tasks/${never[0]}/log`, { 'log-workedOn': today, 'log-minutes': '30' })).status).toBe(404);
  });
});

describe('my month', () => {
  it('totals hours per day and task, pay for work accepted in the month (piece and hourly), and work waiting for review', async () => {
    const worker = await signedInWorker();
    const { orderId } = await teamOrder([worker]);
    const { taskIds: pieceTasks } = await createTasks(test, orderId, 3, { payRateYen: 12, units: 50 });
    const { orderId: hourly } = await createOrder(test, { title: '書き起こし' });
    const { taskIds: hourTasks } = await createTasks(test, hourly, 1, { payKind: 'hour', payRateYen: 1000, units: 30 });
    const log = (taskId: string, workedOn: string, minutes: number, units: number) => test.db.insert(workLogEntries).values({ taskId, workerId: worker.id, workedOn, minutes, units });
    await log(pieceTasks[0]!, '2026-11-02', 60, 50);
    await log(pieceTasks[1]!, '2026-11-02', 30, 20);
    await log(hourTasks[0]!, '2026-11-03', 45, 15);
    await log(hourTasks[0]!, '2026-11-04', 46, 15);
    await log(pieceTasks[2]!, '2026-10-30', 50, 50);
    const submit = (taskId: string, units: number, inspectedOn: string | null) =>
      test.db.insert(submissions).values({
        taskId,
        workerId: worker.id,
        units,
        needsReview: true,
        ...(inspectedOn ? { decision: 'accepted' as const, reviewedAt: new Date(), inspectedOn } : {}),
      });
    await submit(pieceTasks[0]!, 50, '2026-11-05');
    await submit(hourTasks[0]!, 30, '2026-11-06');
    await submit(pieceTasks[2]!, 50, '2026-10-31');
    await submit(pieceTasks[1]!, 20, null);

    const { status, html } = await page(worker.browser, '/me/work?month=2026-11');
    expect(status).toBe(200);
    const text = visibleText(html);
    expect(text).toContain('作業時間と報酬（2026年11月）');
    // 600 (50 × ¥12) + 1,516 (91 minutes at ¥1,000 an hour, rounded down)
    expect(text).toContain('報酬（検収済み） ￥2,116');
    expect(text).toContain('検品待ちの作業の報酬（見込み） ￥240');
    expect(text).toContain('作業時間 3時間1分');
    expect(text).toContain('1時間31分 × 1時間 ￥1,000');
    expect(text).toContain('50件 × ￥12');
    expect(text).not.toContain('2026-10');
    const october = visibleText((await page(worker.browser, '/me/work?month=2026-10')).html);
    expect(october).toContain('報酬（検収済み） ￥600');
    expect((await page(worker.browser, '/me/work?month=nonsense')).status).toBe(200);
  });
});

describe('I can’t work today', () => {
  it('returns every reservation, declines offers, stops the timer, keeps logged and handed-in work, and tells the leaders', async () => {
    const worker = await signedInWorker();
    const leader = await signedInWorker('leader');
    const { orderId } = await teamOrder([worker]);
    await addToTeam(test, orderId, leader.id, 'leader');
    const { taskIds } = await createTasks(test, orderId, 4);
    const [taken, redo, handedIn, offered] = taskIds as [string, string, string, string];
    await worker.browser.post(`/tasks/${taken}/take`);
    await worker.browser.post(`/tasks/${taken}/timer/start`);
    await test.db.update(tasks).set({ status: 'held' }).where(eq(tasks.id, redo));
    await test.db.insert(taskHolds).values({ taskId: redo, workerId: worker.id, source: 'returned', expiresAt: new Date(Date.now() + 3600_000) });
    await worker.browser.post(`/tasks/${handedIn}/take`);
    const handIn = await postMultipart(worker.browser, `/tasks/${handedIn}/hand-in`, { 'handIn-units': '50' });
    expect(handIn.status, visibleText(await handIn.text()).slice(-600)).toBe(303);
    await test.db.update(tasks).set({ status: 'offered' }).where(eq(tasks.id, offered));
    await test.db.insert(taskOffers).values({ taskId: offered, workerId: worker.id });

    const confirm = visibleText((await page(worker.browser, '/me/absence')).html);
    expect(confirm).toContain('理由を書く必要はありません');
    expect(confirm).toContain('いま持っている作業（2件）をチームに戻します');
    expect(confirm).toContain('あなたへの依頼（1件）は、お断りしたことになります');
    expect(confirm).toContain('これまでに記録した時間と、提出した作業は、そのまま残ります');

    const done = await worker.browser.post('/me/absence');
    expect(done.status).toBe(200);
    const doneText = visibleText(await done.text());
    expect(doneText).toContain('作業をチームに戻しました');
    expect(doneText).toContain('戻した作業（2件）');
    expect(doneText).toContain('お断りした依頼: 1件');

    for (const taskId of [taken, redo, offered]) expect(await taskStatus(taskId)).toBe('open');
    expect(await taskStatus(handedIn)).toBe('handed_in');
    const holds = await test.db.select().from(taskHolds).where(eq(taskHolds.workerId, worker.id));
    expect(holds.filter((hold) => hold.endedAt === null)).toHaveLength(0);
    expect(holds.filter((hold) => hold.endReason === 'absence').map((hold) => hold.taskId).sort()).toEqual([taken, redo].sort());
    const [timer] = await test.db.select().from(workLogEntries).where(eq(workLogEntries.taskId, taken));
    expect(timer?.minutes).not.toBeNull();
    expect((await test.db.select().from(taskOffers).where(eq(taskOffers.taskId, offered)))[0]?.response).toBe('declined');
    expect((await test.db.select().from(submissions).where(eq(submissions.taskId, handedIn)))[0]?.decision).toBeNull();

    const told = await test.db.select().from(notifications).where(eq(notifications.userId, leader.id));
    expect(told).toMatchObject([{ messageKey: 'notification.absence', params: { count: 2 }, link: `/orders/${orderId}/progress` }]);
    // The worker hears only of the terms of the work they took, nothing about their absence.
    const workerTold = await test.db.select().from(notifications).where(eq(notifications.userId, worker.id));
    expect(workerTold.filter((row) => row.messageKey !== 'notification.termsIssued')).toHaveLength(0);
  });

  it('tells the leaders of the running orders the worker is on when nothing was held', async () => {
    const worker = await signedInWorker();
    const leader = await signedInWorker('leader');
    const { orderId } = await teamOrder([worker]);
    await addToTeam(test, orderId, leader.id, 'leader');
    const { orderId: finished } = await teamOrder([worker], { status: 'closed' });
    await addToTeam(test, finished, leader.id, 'leader');
    const done = visibleText(await (await worker.browser.post('/me/absence')).text());
    expect(done).toContain('持っている作業はありませんでした。');
    const told = await test.db.select().from(notifications).where(eq(notifications.userId, leader.id));
    expect(told).toMatchObject([{ messageKey: 'notification.absence', params: { count: 0 }, link: `/orders/${orderId}/progress` }]);
  });
});
