import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, asc, desc, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { storedFiles } from '../../files/schema';
import { storeFiles } from '../../files/store-files';
import { visibleText } from '../../testing/html';
import { useTestApp, type TestBrowser } from '../../testing/test-app';
import { clientContacts } from '../clients/schema';
import { notifications } from '../notifications/schema';
import { addToTeam, createOrder, createTasks, signNda } from '../orders/testing';
import { acceptOffer } from '../tasks/accept-offer';
import { claimTask } from '../tasks/claim-task';
import { submissions, taskOffers } from '../tasks/schema';
import { createWorker } from '../workers/testing';
import { workerSkills } from '../workers/schema';
import { tasks, workPackages } from './schema';
import { splitPackageByCount } from './split-package-by-count';
import { withdrawOffer } from './withdraw-offer';

const dataDir = mkdtempSync(path.join(tmpdir(), 'machiwork-breakdown-test-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const test = useTestApp({ DATA_DIR: dataDir, TRUST_PROXY: 'true', CENTRE_NETWORKS: '192.0.2.0/24' });
const atCentre = { 'x-forwarded-for': '192.0.2.5' };

const page = async (browser: TestBrowser, url: string) => {
  const response = await browser.get(url);
  return { status: response.status, text: visibleText(await response.text()) };
};

/** Sends a multipart form as a browser does, with the CSRF token. */
async function sendForm(browser: TestBrowser, url: string, fields: Record<string, string | File | File[]>): Promise<Response> {
  if (!browser.cookies.has('mw_csrf')) await browser.get('/healthz');
  const form = new FormData();
  form.set('_csrf', browser.cookies.get('mw_csrf')!);
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
  }
  return browser.request(url, { method: 'POST', body: form });
}

const packageFields = {
  title: '入力',
  unitName: '件',
  instructions: '名刺1枚を1件として入力します。',
  payKind: 'piece',
  payRateYen: '１２',
  deadline: '2026/12/10',
};

/** The director adds a package to the order and gets its id and position. */
async function addPackage(director: TestBrowser, orderId: string, fields: Record<string, string> = {}) {
  const response = await director.post(`/orders/${orderId}/packages`, { ...packageFields, ...fields });
  expect(response.status).toBe(303);
  const [created] = await test.db.select().from(workPackages).where(eq(workPackages.orderId, orderId)).orderBy(desc(workPackages.position)).limit(1);
  return created!;
}

const tasksOf = (packageId: string) => test.db.select().from(tasks).where(eq(tasks.packageId, packageId)).orderBy(asc(tasks.position));

const uploadedFiles = () => {
  try {
    return readdirSync(path.join(dataDir, 'uploads'), { recursive: true }).filter((name) => String(name).length > 2);
  } catch {
    return [];
  }
};

describe('breakdown (細分化)', () => {
  it('splits 1,000 件 into 20 tasks of 50, and 1,010 into 20 of 50 and one of 10, numbering on', async () => {
    const director = await test.signedIn('director');
    const { orderId } = await createOrder(test, { requiredSkills: ['data_entry'] });
    // The form starts with the order's required skills ticked.
    expect(await (await director.get(`/orders/${orderId}/breakdown`)).text()).toMatch(/id="field-requiredSkills-data_entry"[^>]*checked/);
    const workPackage = await addPackage(director, orderId, { requiredSkills: 'data_entry' });
    expect(workPackage).toMatchObject({ title: '入力', payKind: 'piece', payRateYen: 12, deadline: '2026-12-10', requiredSkills: ['data_entry'], workCategory: 'data_entry', position: 1 });

    const split = await director.post(`/orders/${orderId}/packages/${workPackage.id}/split`, { 'split1-totalUnits': '1,000', 'split1-unitsPerTask': '50', 'split1-estimateMinutes': '６０' });
    expect(split.status).toBe(303);
    expect(split.headers.get('location')).toBe(`/orders/${orderId}/breakdown?done=tasks&count=20#package-1-title`);
    let made = await tasksOf(workPackage.id);
    expect(made).toHaveLength(20);
    expect(made.every((task) => task.units === 50 && task.estimateMinutes === 60 && task.payRateYen === 12 && task.deadline === '2026-12-10')).toBe(true);
    expect(made[0]).toMatchObject({ title: '入力 1', requiredSkills: ['data_entry'], status: 'open' });

    await director.post(`/orders/${orderId}/packages/${workPackage.id}/split`, { 'split1-totalUnits': '1010', 'split1-unitsPerTask': '50', 'split1-estimateMinutes': '60' });
    made = await tasksOf(workPackage.id);
    expect(made).toHaveLength(41);
    expect(made.slice(20).map((task) => task.units)).toEqual([...Array(20).fill(50), 10]);
    expect(made.at(-1)).toMatchObject({ position: 41, title: '入力 41' });

    const shown = await page(director, `/orders/${orderId}/breakdown?done=tasks&count=21`);
    expect(shown.text).toContain('21件の作業を作りました。');
    expect(shown.text).toContain('1件あたり ￥12');
    expect(shown.text).toContain('全部で41件');
  });

  it('numbers the tasks of two splits of one package made at the same moment one after the other', async () => {
    const { orderId } = await createOrder(test);
    const { packageId } = await createTasks(test, orderId, 1);
    const split = { totalUnits: 100, unitsPerTask: 5, estimateMinutes: 10 };
    const results = await Promise.all([splitPackageByCount(test.db, orderId, packageId, split), splitPackageByCount(test.db, orderId, packageId, split)]);
    expect(results).toEqual([{ ok: true, count: 20 }, { ok: true, count: 20 }]);
    expect((await tasksOf(packageId)).map((task) => task.position)).toEqual(Array.from({ length: 41 }, (_, index) => index + 1));
  });

  it('explains wrong numbers next to the field, and refuses more than 2,000 tasks at once', async () => {
    const director = await test.signedIn('director');
    const { orderId } = await createOrder(test);
    const workPackage = await addPackage(director, orderId);
    const bad = await director.post(`/orders/${orderId}/packages/${workPackage.id}/split`, { 'split1-totalUnits': '', 'split1-unitsPerTask': '0', 'split1-estimateMinutes': '2000' });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('id="field-split1-unitsPerTask-error"');
    const text = visibleText(html);
    expect(text).toContain('1つの作業の量は1以上の整数で書いてください。');
    expect(text).toContain('見込み時間は1〜1440（分）の整数で書いてください。');
    const tooMany = await director.post(`/orders/${orderId}/packages/${workPackage.id}/split`, { 'split1-totalUnits': '2001', 'split1-unitsPerTask': '1', 'split1-estimateMinutes': '5' });
    expect(tooMany.status).toBe(400);
    expect(visibleText(await tooMany.text())).toContain('一度に作れる作業は2,000件までです。');
    expect(await tasksOf(workPackage.id)).toEqual([]);

    const badPackage = await director.post(`/orders/${orderId}/packages`, { ...packageFields, title: '', payRateYen: '12.5', deadline: '12月', payKind: 'monthly' });
    expect(badPackage.status).toBe(400);
    const badText = visibleText(await badPackage.text());
    expect(badText).toContain('単価は0以上の整数（円）で書いてください。');
    expect(badText).toContain('日付は 2026-12-01 や 2026/12/1 のように書いてください。');
    expect(badText).toContain('報酬の決め方を選んでください。');

    const badCategory = await director.post(`/orders/${orderId}/packages`, { ...packageFields, workCategory: 'juggling' });
    expect(badCategory.status).toBe(400);
    expect(visibleText(await badCategory.text())).toContain('仕事の種類を選んでください。');
  });

  it('records the kind of work a package is (which decides withholding) and shows it on the breakdown', async () => {
    const director = await test.signedIn('director');
    const { orderId } = await createOrder(test);
    const writing = await addPackage(director, orderId, { title: '記事', workCategory: 'writing' });
    expect(writing.workCategory).toBe('writing');
    const shown = await page(director, `/orders/${orderId}/breakdown`);
    expect(shown.text).toMatch(/仕事の種類\s*文章作成/);
  });

  it('makes a check step whose tasks each wait for their entry task to be accepted', async () => {
    const director = await test.signedIn('director');
    const { orderId } = await createOrder(test);
    const entry = await addPackage(director, orderId);
    await director.post(`/orders/${orderId}/packages/${entry.id}/split`, { 'split1-totalUnits': '120', 'split1-unitsPerTask': '50', 'split1-estimateMinutes': '60' });
    const check = await addPackage(director, orderId, { title: '確認', payRateYen: '4', followsPackageId: entry.id });
    expect(check.followsPackageId).toBe(entry.id);

    const split = await director.post(`/orders/${orderId}/packages/${check.id}/split`, { 'split2-estimateMinutes': '20' });
    expect(split.status).toBe(303);
    const entryTasks = await tasksOf(entry.id);
    const checkTasks = await tasksOf(check.id);
    expect(checkTasks.map((task) => [task.title, task.units, task.dependsOnTaskId, task.payRateYen])).toEqual(entryTasks.map((task, index) => [`確認 ${index + 1}`, task.units, task.id, 4]));

    // Splitting again finds nothing left to check.
    const again = await director.post(`/orders/${orderId}/packages/${check.id}/split`, { 'split2-estimateMinutes': '20' });
    expect(again.status).toBe(409);

    const worker = await createWorker(test);
    await addToTeam(test, orderId, worker.id);
    expect(await claimTask(test.db, { workerId: worker.id, atCentre: false }, checkTasks[0]!.id)).toEqual({ ok: false, reason: 'waiting' });
    await test.db.update(tasks).set({ status: 'accepted', acceptedOn: '2026-11-20' }).where(eq(tasks.id, entryTasks[0]!.id));
    expect(await claimTask(test.db, { workerId: worker.id, atCentre: false }, checkTasks[0]!.id)).toMatchObject({ ok: true });
  });

  it('adds tasks from a CSV list (file or pasted), and none at all when a row is wrong', async () => {
    const director = await test.signedIn('director');
    const { orderId } = await createOrder(test);
    const workPackage = await addPackage(director, orderId);
    const csv = new File([new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('作業名,件数,見込み時間,単価,締切\r\n"佐久支店, 名刺",３０,45,,\r\n上田支店,20,30,15,2026-12-05\r\n')])], 'list.csv', { type: 'text/csv' });
    const sent = await sendForm(director, `/orders/${orderId}/packages/${workPackage.id}/csv`, { 'csv1-file': csv, 'csv1-text': '' });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toContain('done=tasks&count=2');
    expect((await tasksOf(workPackage.id)).map((task) => [task.title, task.units, task.estimateMinutes, task.payRateYen, task.deadline])).toEqual([
      ['佐久支店, 名刺', 30, 45, 12, '2026-12-10'],
      ['上田支店', 20, 30, 15, '2026-12-05'],
    ]);

    const pasted = await sendForm(director, `/orders/${orderId}/packages/${workPackage.id}/csv`, { 'csv1-text': 'Title,Units,Minutes\n小諸支店,10,20' });
    expect(pasted.status).toBe(303);
    expect((await tasksOf(workPackage.id)).at(-1)).toMatchObject({ title: '小諸支店', position: 3 });

    const bad = await sendForm(director, `/orders/${orderId}/packages/${workPackage.id}/csv`, { 'csv1-text': '作業名,件数,見込み時間\n軽井沢支店,10,20\n御代田支店,ゼロ,20\n,5,5' });
    expect(bad.status).toBe(400);
    const text = visibleText(await bad.text());
    expect(text).toContain('3行目: 件数は1以上の整数で書いてください。');
    expect(text).toContain('4行目: 作業名を書いてください。');
    expect(text).toContain('作業は1つも作っていません。');
    expect(await tasksOf(workPackage.id)).toHaveLength(3);

    const empty = await sendForm(director, `/orders/${orderId}/packages/${workPackage.id}/csv`, { 'csv1-text': '' });
    expect(empty.status).toBe(400);
    expect(visibleText(await empty.text())).toContain('作業が1行もありません。');
  });

  it('stores instruction files within the limits, and nothing when a file is too large, of the wrong kind or disguised', async () => {
    const director = await test.signedIn('director');
    const { orderId } = await createOrder(test);
    const workPackage = await addPackage(director, orderId);
    const url = `/orders/${orderId}/packages/${workPackage.id}/files`;
    const pdf = new File(['%PDF-1.4 手順書'], '入力の手順.pdf');
    const cases: [File[], string][] = [
      [[pdf, new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'big.txt')], 'ファイルが大きすぎます。1つ10MBまでです。'],
      [[new File(['MZ'], 'tool.exe')], 'この種類のファイルは送れません。'],
      [[new File(['<html>not a pdf</html>'], 'looks.pdf')], 'この種類のファイルは送れません。'],
      [Array.from({ length: 6 }, (_, index) => new File(['メモ'], `memo${index}.txt`)), 'ファイルは一度に5つまでです。'],
      [[], 'ファイルを選んでください。'],
    ];
    for (const [files, message] of cases) {
      const response = await sendForm(director, url, { 'files1-files': files.length > 0 ? files : new File([], '') });
      expect(response.status, message).toBe(400);
      expect(visibleText(await response.text())).toContain(message);
    }
    expect(await test.db.select().from(storedFiles)).toEqual([]);
    expect(uploadedFiles()).toEqual([]);

    const sent = await sendForm(director, url, { 'files1-files': [pdf, new File(['見本'], 'sample.txt')] });
    expect(sent.status).toBe(303);
    const order = await sendForm(director, `/orders/${orderId}/files`, { orderFiles: new File(['共通の注意'], '共通.txt') });
    expect(order.status).toBe(303);
    const stored = await test.db.select().from(storedFiles);
    expect(stored.map((file) => [file.originalName, file.packageId, file.purpose]).sort()).toEqual([
      ['sample.txt', workPackage.id, 'instructions'],
      ['入力の手順.pdf', workPackage.id, 'instructions'],
      ['共通.txt', null, 'instructions'],
    ]);
    const shown = await page(director, `/orders/${orderId}/breakdown?done=files`);
    expect(shown.text).toContain('ファイルをアップロードしました。');
    expect(shown.text).toContain('入力の手順.pdf');
    expect(shown.text).toContain('共通.txt');
  });

  describe('file downloads', () => {
    async function instructionsOn(settings: Parameters<typeof createOrder>[1] = {}) {
      const director = await test.signedIn('director');
      const { orderId, clientId } = await createOrder(test, settings);
      await createTasks(test, orderId, 1);
      const response = await sendForm(director, `/orders/${orderId}/files`, { orderFiles: new File(['手順です'], '手順 (1).txt') });
      expect(response.status).toBe(303);
      const [file] = await test.db.select().from(storedFiles).where(eq(storedFiles.orderId, orderId));
      return { director, orderId, clientId, url: `/files/${file!.id}` };
    }

    const signIn = async (loginId: string) => {
      const browser = test.browser();
      expect((await browser.signIn(loginId)).status).toBe(303);
      return browser;
    };

    it('gives instructions to staff, leaders and team members, with safe headers; others get 404', async () => {
      const { director, orderId, url } = await instructionsOn();
      const response = await director.get(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('手順です');
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('手順 ')}%281%29.txt`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cache-control')).toBe('private, no-store');

      const member = await createWorker(test);
      const leader = await createWorker(test, { role: 'leader' });
      const outsider = await createWorker(test);
      await addToTeam(test, orderId, member.id);
      await addToTeam(test, orderId, leader.id, 'leader');
      expect((await (await signIn(member.loginId)).get(url)).status).toBe(200);
      expect((await (await signIn(leader.loginId)).get(url)).status).toBe(200);
      expect((await (await signIn(outsider.loginId)).get(url)).status).toBe(404);
      expect((await (await test.signedIn('client')).get(url)).status).toBe(404);
      expect((await (await test.signedIn('coordinator')).get(url)).status).toBe(404);
      expect((await director.get('/files/00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await director.get('/files/not-an-id')).status).toBe(404);
    });

    it('gives centre-only instructions to a member only at the centre, and NDA instructions only with an NDA', async () => {
      const centre = await instructionsOn({ confidentiality: 'centre_only' });
      const member = await createWorker(test);
      await addToTeam(test, centre.orderId, member.id);
      const browser = await signIn(member.loginId);
      expect((await browser.get(centre.url)).status).toBe(404);
      expect((await browser.request(centre.url, { headers: atCentre })).status).toBe(200);

      const secret = await instructionsOn({ confidentiality: 'nda' });
      await addToTeam(test, secret.orderId, member.id);
      expect((await browser.request(secret.url, { headers: atCentre })).status).toBe(404);
      await signNda(test, member.id, secret.clientId);
      expect((await browser.get(secret.url)).status).toBe(200);
    });

    it('gives a deliverable to staff, the team leader and its worker; to the client only once accepted', async () => {
      const { orderId, clientId } = await createOrder(test);
      const { taskIds } = await createTasks(test, orderId, 1);
      const worker = await createWorker(test);
      const colleague = await createWorker(test);
      const leader = await createWorker(test, { role: 'leader' });
      await addToTeam(test, orderId, worker.id);
      await addToTeam(test, orderId, colleague.id);
      await addToTeam(test, orderId, leader.id, 'leader');
      const [submission] = await test.db.insert(submissions).values({ taskId: taskIds[0]!, workerId: worker.id, units: 50, needsReview: true }).returning();
      const [fileId] = await storeFiles(test.db, dataDir, worker.id, { orderId, taskId: taskIds[0]!, submissionId: submission!.id, purpose: 'deliverable' }, [
        { name: 'result.csv', extension: 'csv', contentType: 'text/csv; charset=utf-8', bytes: new TextEncoder().encode('a,b\n') },
      ]);
      const url = `/files/${fileId}`;
      const clientUser = await test.createUser('client');
      await test.db.insert(clientContacts).values({ clientId, name: '佐藤 一郎', userId: clientUser.id });
      const otherClient = await test.signedIn('client');
      const client = await signIn(clientUser.loginId);

      expect((await (await test.signedIn('director')).get(url)).status).toBe(200);
      expect((await (await signIn(worker.loginId)).get(url)).status).toBe(200);
      expect((await (await signIn(leader.loginId)).get(url)).status).toBe(200);
      expect((await (await signIn(colleague.loginId)).get(url)).status).toBe(404);
      expect((await client.get(url)).status).toBe(404);

      await test.db.update(submissions).set({ decision: 'accepted', reviewedAt: new Date(), inspectedOn: '2026-11-25' }).where(eq(submissions.id, submission!.id));
      const accepted = await client.get(url);
      expect(accepted.status).toBe(200);
      expect(await accepted.text()).toBe('a,b\n');
      expect((await otherClient.get(url)).status).toBe(404);
    });

    it('gives the worker a deliverable of centre-only work only at the centre', async () => {
      const { orderId } = await createOrder(test, { confidentiality: 'centre_only' });
      const { taskIds } = await createTasks(test, orderId, 1);
      const worker = await createWorker(test);
      await addToTeam(test, orderId, worker.id);
      const [submission] = await test.db.insert(submissions).values({ taskId: taskIds[0]!, workerId: worker.id, units: 30, needsReview: true }).returning();
      const [fileId] = await storeFiles(test.db, dataDir, worker.id, { orderId, taskId: taskIds[0]!, submissionId: submission!.id, purpose: 'deliverable' }, [
        { name: '議事録.txt', extension: 'txt', contentType: 'text/plain; charset=utf-8', bytes: new TextEncoder().encode('議事録') },
      ]);
      const browser = await signIn(worker.loginId);
      expect((await browser.get(`/files/${fileId}`)).status).toBe(404);
      expect((await browser.request(`/files/${fileId}`, { headers: atCentre })).status).toBe(200);
    });
  });

  describe('offers and who holds what', () => {
    async function orderWithTeam() {
      const director = await test.signedIn('director');
      const { orderId } = await createOrder(test);
      const { taskIds } = await createTasks(test, orderId, 3, { requiredSkills: ['data_entry'] });
      const skilled = await createWorker(test);
      const unskilled = await createWorker(test);
      await test.db.insert(workerSkills).values({ userId: skilled.id, skill: 'data_entry', level: 1, source: 'self' });
      await addToTeam(test, orderId, skilled.id);
      await addToTeam(test, orderId, unskilled.id);
      return { director, orderId, taskIds, skilled, unskilled };
    }

    it('offers an open task to one eligible member; nobody else can take it; withdrawing reopens it', async () => {
      const { director, orderId, taskIds, skilled, unskilled } = await orderWithTeam();
      const list = await director.get(`/orders/${orderId}/tasks`);
      const html = await list.text();
      // Only the member with the skill is offered as a choice.
      expect(html).toContain(`<option value="${skilled.id}">`);
      expect(html).not.toContain(`<option value="${unskilled.id}">`);

      expect((await director.post(`/tasks/${taskIds[0]}/offer`, { workerId: unskilled.id })).status).toBe(409);
      const outsider = await createWorker(test);
      const refused = await director.post(`/tasks/${taskIds[0]}/offer`, { workerId: outsider.id });
      expect(refused.status).toBe(409);
      expect(visibleText(await refused.text())).toContain('この人はこの作業を受けられません。');
      expect((await director.post(`/tasks/${taskIds[0]}/offer`, {})).status).toBe(400);

      const offered = await director.post(`/tasks/${taskIds[0]}/offer`, { workerId: skilled.id });
      expect(offered.status).toBe(303);
      expect(offered.headers.get('location')).toBe(`/orders/${orderId}/tasks?done=offered#task-${taskIds[0]}`);
      const [task] = await test.db.select().from(tasks).where(eq(tasks.id, taskIds[0]!));
      expect(task!.status).toBe('offered');
      expect(await test.db.select().from(notifications).where(eq(notifications.userId, skilled.id))).toMatchObject([{ messageKey: 'notification.offer', link: `/tasks/${taskIds[0]}` }]);

      const other = await createWorker(test);
      await addToTeam(test, orderId, other.id);
      await test.db.insert(workerSkills).values({ userId: other.id, skill: 'data_entry', level: 1, source: 'self' });
      expect(await claimTask(test.db, { workerId: other.id, atCentre: false }, taskIds[0]!)).toEqual({ ok: false, reason: 'taken' });
      expect((await director.post(`/tasks/${taskIds[0]}/offer`, { workerId: other.id })).status).toBe(409);
      // The database keeps one open offer per task.
      await expect(test.db.insert(taskOffers).values({ taskId: taskIds[0]!, workerId: other.id })).rejects.toThrow();

      const shown = await page(director, `/orders/${orderId}/tasks?done=offered`);
      expect(shown.text).toContain('お願いを送りました。');
      expect(shown.text).toMatch(/worker \d+さんへ/);

      const withdrawn = await director.post(`/tasks/${taskIds[0]}/offer/withdraw`);
      expect(withdrawn.status).toBe(303);
      const [reopened] = await test.db.select().from(tasks).where(eq(tasks.id, taskIds[0]!));
      expect(reopened!.status).toBe('open');
      const [offer] = await test.db.select().from(taskOffers).where(eq(taskOffers.taskId, taskIds[0]!));
      expect(offer).toMatchObject({ response: 'withdrawn' });
      expect((await test.db.select().from(notifications).where(eq(notifications.userId, skilled.id))).map((row) => row.messageKey)).toContain('breakdown.notification.offerWithdrawn');
      expect((await director.post(`/tasks/${taskIds[0]}/offer/withdraw`)).status).toBe(409);
      expect(await claimTask(test.db, { workerId: other.id, atCentre: false }, taskIds[0]!)).toMatchObject({ ok: true });
    });

    it('lets either the withdrawal or the acceptance of an offer win when both come at once, never both', async () => {
      const { director, taskIds, skilled } = await orderWithTeam();
      for (const taskId of taskIds) expect((await director.post(`/tasks/${taskId}/offer`, { workerId: skilled.id })).status).toBe(303);
      const results = await Promise.all(
        taskIds.map((taskId) => Promise.all([withdrawOffer(test.db, taskId), acceptOffer(test.db, { workerId: skilled.id, atCentre: false }, taskId)])),
      );
      for (const [withdrawn, accepted] of results) expect(withdrawn.ok).not.toBe(accepted);
      const statuses = await test.db.select({ id: tasks.id, status: tasks.status }).from(tasks);
      for (const [index, [withdrawn]] of results.entries()) {
        expect(statuses.find((row) => row.id === taskIds[index])!.status).toBe(withdrawn.ok ? 'open' : 'held');
      }
    });

    it('cancels open tasks only, and shows who holds what, filtered and in pages of 100', async () => {
      const { director, orderId, taskIds, skilled } = await orderWithTeam();
      expect(await claimTask(test.db, { workerId: skilled.id, atCentre: false }, taskIds[1]!)).toMatchObject({ ok: true });
      const refused = await director.post(`/tasks/${taskIds[1]}/cancel`);
      expect(refused.status).toBe(409);
      expect(visibleText(await refused.text())).toContain('取りやめられるのは受付中の作業だけです。');
      expect((await director.post(`/tasks/${taskIds[2]}/cancel`)).status).toBe(303);
      const statuses = await test.db.select({ id: tasks.id, status: tasks.status }).from(tasks).where(eq(tasks.orderId, orderId));
      expect(Object.fromEntries(statuses.map((row) => [row.id, row.status]))).toEqual({ [taskIds[0]!]: 'open', [taskIds[1]!]: 'held', [taskIds[2]!]: 'cancelled' });

      const held = await page(director, `/orders/${orderId}/tasks?status=held`);
      expect(held.text).toContain('作業 1件（1〜1件目）');
      expect(held.text).toContain('入力 2');
      expect(held.text).toContain(`worker `);
      expect(held.text).not.toContain('入力 3');

      const [workPackage] = await test.db.select().from(workPackages).where(eq(workPackages.orderId, orderId));
      await test.db.insert(tasks).values(
        Array.from({ length: 150 }, (_, index) => ({
          packageId: workPackage!.id,
          orderId,
          position: 10 + index,
          title: `追加 ${index + 1}`,
          units: 1,
          estimateMinutes: 5,
          payKind: 'piece' as const,
          payRateYen: 10,
          deadline: '2026-12-10',
        })),
      );
      const first = await page(director, `/orders/${orderId}/tasks`);
      expect(first.text).toContain('作業 153件（1〜100件目）');
      expect(first.text).toContain('1 / 2 ページ');
      const second = await page(director, `/orders/${orderId}/tasks?page=2&package=${workPackage!.id}`);
      expect(second.text).toContain('作業 153件（101〜153件目）');
      expect(second.text).toContain('追加 150');
      expect(second.text).not.toContain('追加 1 ');
    });

    it('keeps workers out and answers 404 for unknown orders, packages and tasks', async () => {
      const { orderId, taskIds } = await orderWithTeam();
      const worker = await test.signedIn('worker');
      expect((await worker.get(`/orders/${orderId}/breakdown`)).status).toBe(403);
      expect((await worker.post(`/tasks/${taskIds[0]}/offer`, {})).status).toBe(403);
      const director = await test.signedIn('director');
      expect((await director.get('/orders/not-an-id/breakdown')).status).toBe(404);
      expect((await director.post(`/orders/${orderId}/packages/00000000-0000-4000-8000-000000000000/split`, {})).status).toBe(404);
      expect((await director.post('/tasks/not-an-id/cancel')).status).toBe(404);
      const { orderId: otherOrder } = await createOrder(test);
      const [workPackage] = await test.db.select().from(workPackages).where(and(eq(workPackages.orderId, orderId)));
      // A package of another order is not found under this one.
      expect((await director.post(`/orders/${otherOrder}/packages/${workPackage!.id}/split`, {})).status).toBe(404);
    });
  });
});
