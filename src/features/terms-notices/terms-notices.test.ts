import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../auth/schema';
import { pdfText } from '../../pdf/pdf-text';
import { visibleText } from '../../testing/html';
import { useTestApp, type TestBrowser } from '../../testing/test-app';
import { offerTask } from '../breakdown/offer-task';
import { tasks } from '../breakdown/schema';
import { outboxMessages } from '../mail/schema';
import { notifications } from '../notifications/schema';
import { addToTeam, createOrder, createTasks } from '../orders/testing';
import { claimTask } from '../tasks/claim-task';
import { handInTask } from '../tasks/hand-in-task';
import { createWorker } from '../workers/testing';
import { contentSha256, termsNoticeContentSchema } from './content';
import { termsNotices } from './schema';
import { addOperator, offerPlannedWork, orderTerms, termsFormFields } from './testing';

const test = useTestApp();

const page = async (browser: TestBrowser, path: string) => {
  const response = await browser.get(path);
  return { status: response.status, text: visibleText(await response.text()) };
};

const noticesOf = (workerId: string) => test.db.select().from(termsNotices).where(eq(termsNotices.workerId, workerId)).orderBy(termsNotices.number);

/** An order with every term filled in, a task of 50 units at ¥12, and a signed-in worker on its team (with an e-mail address). */
async function setUp() {
  await addOperator(test);
  const { orderId } = await createOrder(test, orderTerms);
  const { packageId, taskIds } = await createTasks(test, orderId, 3, { payRateYen: 12 });
  const worker = await createWorker(test);
  await test.db.update(users).set({ email: 'hanako@example.jp' }).where(eq(users.id, worker.id));
  await addToTeam(test, orderId, worker.id);
  const browser = test.browser();
  await browser.signIn(worker.loginId);
  return { orderId, packageId, taskIds, worker, browser };
}

describe('terms notices (取引条件明示書)', () => {
  it('issues a notice when a worker takes a task: every item on the page, a notification, the full terms by e-mail, and the outbox for the admin', async () => {
    const { orderId, taskIds, worker, browser } = await setUp();
    expect((await browser.post(`/tasks/${taskIds[0]}/take`)).status).toBe(303);

    const [notice] = await noticesOf(worker.id);
    expect(notice).toMatchObject({ orderId, taskId: taskIds[0], source: 'task_taken', requiresAgreement: false, response: null, supersedesId: null });
    expect(notice!.contentSha256).toBe(contentSha256(termsNoticeContentSchema.parse(notice!.content)));

    const task = await page(browser, `/tasks/${taskIds[0]}`);
    expect(task.text).toContain('この作業の取引条件明示書を見る');
    const list = await page(browser, '/me/terms');
    expect(list.text).toContain(`No.${notice!.number}`);
    expect(list.text).toContain('確認を待っています');
    const shown = await page(browser, `/me/terms/${notice!.id}`);
    for (const item of [
      '一般社団法人立科町振興公社',
      '登録番号 T1234567890123',
      '立科 花子',
      '委託した日',
      '入力「入力 1」',
      '50件',
      '￥600（50件 × 1件あたり ￥12）',
      '2026年12月10日',
      '2026年12月27日',
      '翌月25日に支払います',
      '検収した日から60日以内',
      ...Object.values(orderTerms).filter((value) => !/^\d{4}-/.test(value) && value !== orderTerms.termsPaymentDate),
      '再委託',
      '秘密を守ること',
    ]) {
      expect(shown.text, item).toContain(item);
    }
    expect(shown.text).toContain(notice!.contentSha256);

    const [notification] = await test.db.select().from(notifications).where(eq(notifications.userId, worker.id));
    expect(notification).toMatchObject({ messageKey: 'notification.termsIssued', link: `/me/terms/${notice!.id}` });
    const [mail] = await test.db.select().from(outboxMessages);
    expect(mail).toMatchObject({ userId: worker.id, toAddress: 'hanako@example.jp', sentAt: null });
    expect(mail!.subject).toBe(`【町ワーク】取引条件明示書 No.${notice!.number}（名刺データ入力）`);
    for (const item of ['立科 花子 様', '■ 報酬と支払い', '￥600（50件 × 1件あたり ￥12）', orderTerms.termsDefects, notice!.contentSha256]) expect(mail!.body).toContain(item);

    const admin = await test.signedIn('admin');
    const outbox = await page(admin, '/admin/outbox');
    expect(outbox.text).toContain('hanako@example.jp');
    expect(outbox.text).toContain(mail!.subject);
    expect(outbox.text).toContain('未送信');
    expect(outbox.text).toContain('メールを送る設定（SMTP）はまだありません');
  });

  it('issues a notice on accepting a director’s offer and a planner offer, and none to a worker without an e-mail address by mail', async () => {
    const { orderId, packageId, taskIds, worker, browser } = await setUp();
    await test.db.update(users).set({ email: null }).where(eq(users.id, worker.id));
    const director = await test.createUser('director');
    expect(await offerTask(test.db, { taskId: taskIds[1]!, workerId: worker.id, offeredBy: director.id })).toMatchObject({ ok: true });
    expect((await browser.post(`/tasks/${taskIds[1]}/offer/accept`)).status).toBe(303);
    const offerId = await offerPlannedWork(test, worker.id, packageId);
    expect((await browser.post(`/me/offers/${offerId}/accept`)).status).toBe(303);

    const [fromOffer, fromPlan] = await noticesOf(worker.id);
    expect(fromOffer).toMatchObject({ orderId, taskId: taskIds[1], source: 'task_offer', issuedBy: director.id });
    expect(fromPlan).toMatchObject({ orderId, taskId: null, source: 'plan_offer' });
    const planned = await page(browser, `/me/terms/${fromPlan!.id}`);
    expect(planned.text).toContain('計画の提案を受けたときの明示書です。');
    expect(planned.text).toContain('作業する時間 1時間');
    expect(planned.text).toContain('検収された数量 × 1件あたり ￥12（見込み: 50件で ￥600）');
    expect(await test.db.select().from(outboxMessages)).toEqual([]);
  });

  it('issues exactly one notice when 50 workers try to take one task at the same moment', async () => {
    await addOperator(test);
    const { orderId } = await createOrder(test, orderTerms);
    const { taskIds } = await createTasks(test, orderId, 1);
    const workers = [];
    for (let index = 0; index < 50; index++) {
      const worker = await createWorker(test);
      await addToTeam(test, orderId, worker.id);
      workers.push(worker);
    }
    const results = await Promise.all(workers.map((worker) => claimTask(test.db, { workerId: worker.id, atCentre: false }, taskIds[0]!)));
    const winners = workers.filter((_, index) => results[index]!.ok);
    expect(winners).toHaveLength(1);
    const notices = await test.db.select().from(termsNotices);
    expect(notices.map((notice) => notice.workerId)).toEqual([winners[0]!.id]);
  });

  it('keeps an issued notice as issued: the database refuses to change or delete it, and takes one answer', async () => {
    const { taskIds, worker, browser } = await setUp();
    await browser.post(`/tasks/${taskIds[0]}/take`);
    const [notice] = await noticesOf(worker.id);
    await expect(test.db.update(termsNotices).set({ content: { forged: true } }).where(eq(termsNotices.id, notice!.id))).rejects.toThrow();
    await expect(test.db.update(termsNotices).set({ contentSha256: '0'.repeat(64) }).where(eq(termsNotices.id, notice!.id))).rejects.toThrow();
    await expect(test.db.delete(termsNotices).where(eq(termsNotices.id, notice!.id))).rejects.toThrow();
    // The kind of answer must fit the notice: a plain notice is acknowledged, not agreed to.
    await expect(test.db.update(termsNotices).set({ response: 'agreed', respondedAt: new Date() }).where(eq(termsNotices.id, notice!.id))).rejects.toThrow();

    const wrong = await browser.post(`/me/terms/${notice!.id}/agree`);
    expect(wrong.status).toBe(409);
    expect(visibleText(await wrong.text())).toContain('この明示書には、その返事はできません。');
    const acknowledged = await browser.post(`/me/terms/${notice!.id}/acknowledge`);
    expect(acknowledged.headers.get('location')).toBe(`/me/terms/${notice!.id}?done=acknowledged`);
    const shown = await page(browser, `/me/terms/${notice!.id}?done=acknowledged`);
    expect(shown.text).toContain('確認したことを記録しました。');
    expect(shown.text).toMatch(/\d+年\d+月\d+日 \d+:\d+に確認しました/);
    expect(shown.text).not.toContain('内容を確認しました');
    const [answered] = await noticesOf(worker.id);

    const again = await browser.post(`/me/terms/${notice!.id}/acknowledge`);
    expect(again.status).toBe(409);
    expect(visibleText(await again.text())).toContain('この明示書には、もう返事をしています。');
    const [after] = await noticesOf(worker.id);
    expect(after!.respondedAt).toEqual(answered!.respondedAt);
    await expect(test.db.update(termsNotices).set({ respondedAt: new Date() }).where(eq(termsNotices.id, notice!.id))).rejects.toThrow();
    // Still the same content, and the same hash of it.
    expect(after!.content).toEqual(notice!.content);
    expect(contentSha256(termsNoticeContentSchema.parse(after!.content))).toBe(notice!.contentSha256);
  });

  it('shows a notice, its PDF and its answers only to its worker: anyone else gets 404', async () => {
    const { orderId, taskIds, worker, browser } = await setUp();
    await browser.post(`/tasks/${taskIds[0]}/take`);
    const [notice] = await noticesOf(worker.id);
    const other = await createWorker(test, { familyName: '芦田', givenName: '次郎' });
    await addToTeam(test, orderId, other.id);
    const stranger = test.browser();
    await stranger.signIn(other.loginId);
    for (const path of [`/me/terms/${notice!.id}`, `/me/terms/${notice!.id}/pdf`, '/me/terms/not-a-uuid']) {
      expect((await stranger.get(path)).status, path).toBe(404);
    }
    for (const answer of ['acknowledge', 'agree', 'refuse']) {
      expect((await stranger.post(`/me/terms/${notice!.id}/${answer}`)).status, answer).toBe(404);
    }
    expect((await page(stranger, '/me/terms')).text).toContain('まだ明示書はありません。');
    const [unchanged] = await noticesOf(worker.id);
    expect(unchanged!.response).toBeNull();
    // Staff reach it only through its own order.
    const director = await test.signedIn('director');
    const { orderId: otherOrder } = await createOrder(test);
    expect((await director.get(`/orders/${otherOrder}/terms-notices/${notice!.id}/pdf`)).status).toBe(404);
  });

  it('gives the notice as a PDF with every item and the worker’s name, to the worker and to staff of the order', async () => {
    const { orderId, taskIds, worker, browser } = await setUp();
    await browser.post(`/tasks/${taskIds[0]}/take`);
    const [notice] = await noticesOf(worker.id);
    const response = await browser.get(`/me/terms/${notice!.id}/pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain(`terms-notice-${notice!.number}.pdf`);
    const text = await pdfText(new Uint8Array(await response.arrayBuffer()));
    for (const item of [
      '取引条件明示書',
      `No.${notice!.number}`,
      '立科 花子 様',
      '一般社団法人立科町振興公社',
      'T1234567890123',
      '委託した日',
      '入力「入力 1」',
      '￥600（50件 × 1件あたり ￥12）',
      '検査を終える日',
      '支払期日',
      orderTerms.termsPaymentMethod,
      orderTerms.termsIntellectualProperty,
      orderTerms.termsPersonalData,
      orderTerms.termsDefects,
      '確認を待っています',
      notice!.contentSha256,
    ]) {
      expect(text.replace(/\s+/g, ''), item).toContain(item.replace(/\s+/g, ''));
    }

    const director = await test.signedIn('director');
    const list = await page(director, `/orders/${orderId}/terms-notices`);
    expect(list.text).toContain(`No.${notice!.number}`);
    expect(list.text).toContain('worker');
    expect(list.text).toContain('確認を待っています');
    const staffPdf = await director.get(`/orders/${orderId}/terms-notices/${notice!.id}/pdf`);
    expect(staffPdf.status).toBe(200);
    expect(Buffer.from(await staffPdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await page(director, `/orders/${orderId}`)).text).toContain('ワーカーに出した取引条件明示書');
  });

  it('asks workers holding or having handed in the order’s work to agree to changed terms; the earlier terms stand until they do', async () => {
    const { orderId, taskIds, worker, browser } = await setUp();
    await browser.post(`/tasks/${taskIds[0]}/take`);
    const second = await createWorker(test, { familyName: '芦田', givenName: '次郎' });
    await addToTeam(test, orderId, second.id);
    await claimTask(test.db, { workerId: second.id, atCentre: false }, taskIds[1]!);
    expect(await handInTask(test.db, test.config.dataDir, second.id, taskIds[1]!, { units: 50, note: null, files: [] })).toMatchObject({ ok: true });
    const bystander = await createWorker(test);
    await addToTeam(test, orderId, bystander.id);
    const [first] = await noticesOf(worker.id);
    const director = await test.signedIn('director');

    expect((await page(director, `/orders/${orderId}/terms`)).text).toContain('その人たちに変更の明示書を出して同意を求めます');
    // Saving the same terms again (the form folds full-width brackets) changes nothing for anyone.
    expect((await director.post(`/orders/${orderId}/terms`, termsFormFields)).headers.get('location')).toBe(`/orders/${orderId}?done=terms#terms-title`);
    expect(await test.db.select().from(termsNotices).where(eq(termsNotices.source, 'terms_change'))).toEqual([]);

    const changed = await director.post(`/orders/${orderId}/terms`, { ...termsFormFields, termsDefects: '不備は48時間以内に差し戻す' });
    expect(changed.headers.get('location')).toBe(`/orders/${orderId}?done=termsChanged&count=2#terms-title`);
    expect((await page(director, `/orders/${orderId}?done=termsChanged&count=2`)).text).toContain('作業を持っている2人のワーカーに、変更の明示書を出して同意を求めました。');
    const [, change] = await noticesOf(worker.id);
    expect(change).toMatchObject({ source: 'terms_change', requiresAgreement: true, supersedesId: first!.id, taskId: taskIds[0], response: null });
    expect(await noticesOf(second.id)).toMatchObject([{ source: 'task_taken' }, { source: 'terms_change', taskId: taskIds[1] }]);
    expect(await noticesOf(bystander.id)).toEqual([]);
    expect(termsNoticeContentSchema.parse(change!.content).terms.defects).toBe('不備は48時間以内に差し戻す');
    expect(termsNoticeContentSchema.parse(first!.content).terms.defects).toBe(orderTerms.termsDefects);

    const shown = await page(browser, `/me/terms/${change!.id}`);
    expect(shown.text).toContain('取引条件の変更の明示書です（同意が必要です）。');
    expect(shown.text).toContain('不備や遅れがあったときの扱い （変更） 不備は48時間以内に差し戻す');
    expect(shown.text).toContain('変わった項目: 1件');
    expect(shown.text).toContain('持っている作業は、理由を言わずに、不利益なく戻せます');
    expect(shown.text).toContain(`前の明示書 No.${first!.number} を見る`);
    expect((await page(browser, `/me/terms/${first!.id}`)).text).toContain(`あとの明示書で変更が示されています: No.${change!.number}`);
    const [notification] = await test.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, worker.id), eq(notifications.messageKey, 'notification.termsChanged')));
    expect(notification?.link).toBe(`/me/terms/${change!.id}`);

    expect((await browser.post(`/me/terms/${change!.id}/acknowledge`)).status).toBe(409);
    expect((await browser.post(`/me/terms/${change!.id}/agree`)).headers.get('location')).toBe(`/me/terms/${change!.id}?done=agreed`);
    expect((await browser.post(`/me/terms/${change!.id}/refuse`)).status).toBe(409);
    const [, agreed] = await noticesOf(worker.id);
    expect(agreed!.response).toBe('agreed');
    expect((await page(director, `/orders/${orderId}/terms-notices`)).text).toMatch(/に変更に同意しました/);

    // Changed again before the second worker answered: only the newest change can be answered.
    await director.post(`/orders/${orderId}/terms`, { ...termsFormFields, termsDefects: '不備は72時間以内に差し戻す' });
    const [, older, newer] = await noticesOf(second.id);
    expect(newer).toMatchObject({ source: 'terms_change', supersedesId: older!.id });
    const secondBrowser = test.browser();
    await secondBrowser.signIn(second.loginId);
    const stale = await secondBrowser.post(`/me/terms/${older!.id}/agree`);
    expect(stale.status).toBe(409);
    expect(visibleText(await stale.text())).toContain('この変更は、新しい変更に置きかわりました。');
    // Their list counts the notice they took the task with and the newest change, not the replaced one.
    const secondList = await page(secondBrowser, '/me/terms');
    expect(secondList.text).toContain('確認や返事を待っている明示書が2件あります。');
    expect(secondList.text).toContain('この変更は、新しい変更に置きかわりました。');
  });

  it('tells the order’s leaders and the staff who changed the terms when a worker refuses; the worker keeps their task', async () => {
    const { orderId, taskIds, worker, browser } = await setUp();
    await browser.post(`/tasks/${taskIds[0]}/take`);
    const leader = await createWorker(test, { role: 'leader' });
    await addToTeam(test, orderId, leader.id, 'leader');
    const director = await test.createUser('director');
    const directorBrowser = test.browser();
    await directorBrowser.signIn(director.loginId);
    await directorBrowser.post(`/orders/${orderId}/terms`, { ...termsFormFields, termsExpenses: '交通費は自己負担' });
    const [, change] = await noticesOf(worker.id);

    const refused = await browser.post(`/me/terms/${change!.id}/refuse`);
    expect(refused.headers.get('location')).toBe(`/me/terms/${change!.id}?done=refused`);
    const shown = await page(browser, `/me/terms/${change!.id}?done=refused`);
    expect(shown.text).toContain('同意しないことを記録しました。これまでの条件のままです。');
    const told = await test.db.select().from(notifications).where(eq(notifications.messageKey, 'notification.termsRefused'));
    expect(told.map((row) => [row.userId, row.link]).sort()).toEqual(
      [
        [leader.id, `/orders/${orderId}/progress`],
        [director.id, `/orders/${orderId}/terms-notices`],
      ].sort(),
    );
    const directorNotice = await page(directorBrowser, '/notifications');
    expect(directorNotice.text).toContain('「名刺データ入力」の取引条件の変更');
    const [task] = await test.db.select({ status: tasks.status }).from(tasks).where(eq(tasks.id, taskIds[0]!));
    expect(task?.status).toBe('held');
  });
});
