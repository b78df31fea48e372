import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../pdf/pdf-text';
import { visibleText } from '../../testing/html';
import { useTestApp, type TestBrowser } from '../../testing/test-app';
import { addDays, todayInJapan } from '../availability/calendar';
import { users } from '../../auth/schema';
import { operators } from '../centre/schema';
import { invoiceItems, invoices } from '../invoices/schema';
import { createOrder, createTasks } from '../orders/testing';
import { shiftMonth } from '../tasks/month';
import { createWorker } from '../workers/testing';
import { seedDemo } from '../demo/seed';
import { closePayMonth } from './close-pay-month';
import { payAdjustments, payStatementLines, payStatements } from './schema';
import { acceptWork, setWorkCategory } from './testing';

const test = useTestApp();

const page = async (browser: TestBrowser, path: string) => {
  const response = await browser.get(path);
  return { status: response.status, text: visibleText(await response.text()) };
};

const signIn = async (user: { loginId: string }) => {
  const browser = test.browser();
  await browser.signIn(user.loginId);
  return browser;
};

const statementOf = async (workerId: string, month = '2026-10') => {
  const [statement] = await test.db
    .select()
    .from(payStatements)
    .where(and(eq(payStatements.workerId, workerId), eq(payStatements.month, month)));
  return statement;
};

/**
 * October 2026: Hanako (not registered) did piece data entry (50 件 × ¥12 = ¥600) and hourly
 * writing (95 min at ¥1,200/h = ¥1,900, which withholds); Jiro (registered) wrote 10 pieces at
 * ¥1,000. Hanako's work accepted on 2 November belongs to November.
 */
async function octoberWork() {
  await test.db.insert(operators).values({ name: '一般社団法人たてしなワーク', invoiceRegistrationNumber: 'T7000012050002' });
  const hanako = await createWorker(test, { familyName: '立科', givenName: '花子' });
  const jiro = await createWorker(test, { familyName: '蓼科', givenName: '次郎', invoiceRegistrationNumber: 'T7123456789012' });
  const entry = await createOrder(test, { title: '名刺データ入力' });
  const entryTasks = await createTasks(test, entry.orderId, 2, { payKind: 'piece', payRateYen: 12 });
  const writing = await createOrder(test, { title: '町の広報記事' });
  const writingTasks = await createTasks(test, writing.orderId, 1, { payKind: 'hour', payRateYen: 1200 });
  await setWorkCategory(test, writingTasks.packageId, 'writing');
  const pieces = await createOrder(test, { title: '観光案内の原稿' });
  const pieceTasks = await createTasks(test, pieces.orderId, 1, { payKind: 'piece', payRateYen: 1000, units: 10 });
  await setWorkCategory(test, pieceTasks.packageId, 'writing');

  await acceptWork(test, entryTasks.taskIds[0]!, hanako.id, { inspectedOn: '2026-10-05', units: 50, minutes: 40 });
  await acceptWork(test, writingTasks.taskIds[0]!, hanako.id, { inspectedOn: '2026-10-20', units: 1, minutes: 95 });
  await acceptWork(test, pieceTasks.taskIds[0]!, jiro.id, { inspectedOn: '2026-10-31', units: 10 });
  await acceptWork(test, entryTasks.taskIds[1]!, hanako.id, { inspectedOn: '2026-11-02', units: 50 });
  const coordinator = await test.createUser('coordinator');
  return { hanako, jiro, coordinator, staff: await signIn(coordinator), entry };
}

describe('closing a month (締め)', () => {
  it('pays piece and hourly work, withholds on writing, adds tax for a registered worker, and fixes the dates', async () => {
    const { hanako, jiro, staff } = await octoberWork();
    const preview = await page(staff, '/pay?month=2026-10');
    expect(preview.text).toContain('2026年10月を締めると作る支払通知書（2人）');
    expect(preview.text).toContain('立科 花子 登録なし 2件 ￥2,500 ￥0 ￥0 ￥193 ￥2,307');
    expect(preview.text).toContain('蓼科 次郎 登録あり 1件 ￥10,000 ￥0 ￥1,000 ￥1,021 ￥9,979');

    const response = await staff.post('/pay/close', { month: '2026-10' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/pay?month=2026-10&done=closed&count=2');
    const after = await page(staff, response.headers.get('location')!);
    expect(after.text).toContain('2026年10月を締めました。支払通知書を2件作りました。');
    expect(after.text).toContain('2026年10月の締めで支払うものはありません。');

    // Hanako: ¥600 + ¥1,900; withholding on the writing only: floor(1,900 × 10.21%) = ¥193.
    expect(await statementOf(hanako.id)).toMatchObject({
      workYen: 2500,
      adjustmentYen: 0,
      consumptionTaxYen: 0,
      withholdingBaseYen: 1900,
      withholdingYen: 193,
      paymentYen: 2307,
      invoiceRegistrationNumber: null,
      status: 'closed',
      // 60 days from 5 October, the earliest line; paid on the 25th of the next month.
      legalDueOn: '2026-12-03',
      scheduledOn: '2026-11-25',
    });
    // Jiro: ¥10,000 + 10% tax; withholding on the pay without the tax.
    expect(await statementOf(jiro.id)).toMatchObject({
      workYen: 10000,
      consumptionTaxYen: 1000,
      withholdingBaseYen: 10000,
      withholdingYen: 1021,
      paymentYen: 9979,
      invoiceRegistrationNumber: 'T7123456789012',
      legalDueOn: '2026-12-29',
      scheduledOn: '2026-11-25',
    });
    const lines = await test.db.select().from(payStatementLines);
    expect(lines.map((line) => [line.description, line.payKind, line.units, line.minutes, line.yen, line.withholds]).sort()).toEqual([
      ['名刺データ入力 / 入力 1', 'piece', 50, 40, 600, false],
      ['町の広報記事 / 入力 1', 'hour', 1, 95, 1900, true],
      ['観光案内の原稿 / 入力 1', 'piece', 10, 0, 10000, true],
    ]);

    const statement = await statementOf(hanako.id);
    const shown = await page(staff, `/pay/statements/${statement!.id}`);
    expect(shown.text).toContain('支払通知書（2026年10月分）');
    expect(shown.text).toContain('町の広報記事 / 入力 1 1時間35分 × 時給￥1,200 対象 ￥1,900');
    expect(shown.text).toContain('名刺データ入力 / 入力 1 50件 × ￥12 対象外 ￥600');
    expect(shown.text).toContain('源泉徴収税額 ￥193');
    expect(shown.text).toContain('お支払額 ￥2,307');

    // The November work waits for November's close.
    expect((await page(staff, '/pay?month=2026-11')).text).toContain('立科 花子 登録なし 1件 ￥600');
  });

  it('adds nothing twice: closing again, or two staff closing at once, leaves one statement per worker', async () => {
    const { hanako, staff, coordinator } = await octoberWork();
    const admin = await test.signedIn('admin');
    const [first, second] = await Promise.all([staff.post('/pay/close', { month: '2026-10' }), admin.post('/pay/close', { month: '2026-10' })]);
    expect([first.headers.get('location'), second.headers.get('location')].sort()).toEqual([
      '/pay?month=2026-10&done=closed&count=0',
      '/pay?month=2026-10&done=closed&count=2',
    ]);
    const again = await staff.post('/pay/close', { month: '2026-10' });
    expect(again.headers.get('location')).toBe('/pay?month=2026-10&done=closed&count=0');
    expect((await page(staff, again.headers.get('location')!)).text).toContain('2026年10月の締めで、新しく支払うものはありませんでした。');
    const both = await Promise.all([closePayMonth(test.db, '2026-10', coordinator.id), closePayMonth(test.db, '2026-10', coordinator.id)]);
    expect(both.map((result) => (result.ok ? result.statementIds.length : -1))).toEqual([0, 0]);
    expect(await test.db.select().from(payStatements)).toHaveLength(2);
    expect(await test.db.select().from(payStatementLines)).toHaveLength(3);
    expect((await statementOf(hanako.id))!.paymentYen).toBe(2307);
  });

  it('refuses to close a month that has not ended in Japan', async () => {
    const { staff } = await octoberWork();
    const current = todayInJapan().slice(0, 7);
    const response = await staff.post('/pay/close', { month: current });
    expect(response.status).toBe(409);
    expect(visibleText(await response.text())).toContain('まだ終わっていないので、締められません。');
    expect(visibleText(await (await staff.post('/pay/close', { month: 'October' })).text())).toContain('月を選んでください。');
    expect((await page(staff, `/pay?month=${current}`)).text).toContain(`締められるのは`);
    expect(await test.db.select().from(payStatements)).toHaveLength(0);
    // The domain function decides by Japan's date: 1 November 00:30 in Tokyo is still 31 October in UTC.
    expect(await closePayMonth(test.db, '2026-10', (await test.createUser('admin')).id, new Date('2026-10-31T14:00:00Z'))).toEqual({ ok: false, reason: 'notEnded' });
  });
});

describe('due dates', () => {
  it('never waits for the client: an issued, unpaid invoice moves only the legal limit, not the transfer date', async () => {
    const worker = await createWorker(test);
    const admin = await test.createUser('admin');
    const disclosed = await createOrder(test, { title: '再委託を明示した受注', subcontractingDisclosed: true });
    const monthly = await createOrder(test, { title: '合計請求の受注', subcontractingDisclosed: true });
    const silent = await createOrder(test, { title: '明示していない受注' });
    const tasksOf = async (orderId: string) => (await createTasks(test, orderId, 1)).taskIds[0]!;
    await acceptWork(test, await tasksOf(disclosed.orderId), worker.id, { inspectedOn: '2026-10-05' });
    await acceptWork(test, await tasksOf(monthly.orderId), worker.id, { inspectedOn: '2026-10-06' });
    await acceptWork(test, await tasksOf(silent.orderId), worker.id, { inspectedOn: '2026-10-07' });
    const issued = { kind: 'order' as const, status: 'issued' as const, subject: '請求', issuedOn: '2026-10-10', totalYen: 1000 };
    // The client pays late in the year: unpaid, due 31 December.
    await test.db.insert(invoices).values({ ...issued, number: 1, clientId: disclosed.clientId, orderId: disclosed.orderId, dueOn: '2026-12-31' });
    await test.db.insert(invoices).values({ ...issued, number: 2, clientId: silent.clientId, orderId: silent.orderId, dueOn: '2026-10-15' });
    // A monthly invoice covers its orders through its lines (added while a draft, then issued).
    const [summary] = await test.db
      .insert(invoices)
      .values({ kind: 'monthly', month: '2026-10', clientId: monthly.clientId, subject: '10月分' })
      .returning({ id: invoices.id });
    await test.db.insert(invoiceItems).values({ invoiceId: summary!.id, position: 1, orderId: monthly.orderId, description: '入力', quantity: 1, unitPriceYen: 1000, taxRate: 10 });
    await test.db.update(invoices).set({ status: 'issued', number: 3, issuedOn: '2026-10-20', dueOn: '2026-11-05', totalYen: 1100 }).where(eq(invoices.id, summary!.id));

    expect(await closePayMonth(test.db, '2026-10', admin.id)).toMatchObject({ ok: true });
    const lines = await test.db.select({ description: payStatementLines.description, legalDueOn: payStatementLines.legalDueOn }).from(payStatementLines);
    expect(Object.fromEntries(lines.map((line) => [line.description.split(' / ')[0], line.legalDueOn]))).toEqual({
      // 30 days from the client's due date (31 December counted as day 1).
      再委託を明示した受注: '2027-01-29',
      // 30 days from the monthly invoice's due date, 5 November.
      合計請求の受注: '2026-12-04',
      // Without disclosure the client's invoice does not count: 60 days from acceptance.
      明示していない受注: '2026-12-05',
    });
    // The earliest limit is the statement's; the transfer is the regular pay day all the same.
    expect(await statementOf(worker.id)).toMatchObject({ legalDueOn: '2026-12-04', scheduledOn: '2026-11-25' });
  });

  it('warns before a payment would be late: unpaid statements and work not yet closed', async () => {
    const today = todayInJapan();
    const worker = await createWorker(test, { familyName: '芦田', givenName: '一郎' });
    const other = await createWorker(test, { familyName: '山部', givenName: '三郎' });
    const far = await createWorker(test, { familyName: '茂田井', givenName: '四郎' });
    const { orderId } = await createOrder(test);
    const { taskIds } = await createTasks(test, orderId, 4);
    await acceptWork(test, taskIds[0]!, worker.id, { inspectedOn: addDays(today, -55) });
    await acceptWork(test, taskIds[1]!, far.id, { inspectedOn: addDays(today, -40) });
    const month = addDays(today, -55).slice(0, 7);
    expect(await closePayMonth(test.db, month, (await test.createUser('admin')).id)).toMatchObject({ ok: true });
    // Accepted after that close, both in already-closed months: one limit in 1 day, one 3 days past.
    await acceptWork(test, taskIds[2]!, other.id, { inspectedOn: addDays(today, -58) });
    await acceptWork(test, taskIds[3]!, other.id, { inspectedOn: addDays(today, -62) });

    const staff = await test.signedIn('admin');
    const dashboard = await page(staff, '/pay');
    const warnings = dashboard.text.slice(dashboard.text.indexOf('支払期日が近いもの'), dashboard.text.indexOf('月を選ぶ'));
    expect(warnings).toContain('法律で決まった支払期日（検収から60日以内など）まで7日を切ったもの、過ぎたものです。');
    expect(warnings).toMatch(/未払いの支払通知書（1件） .* 芦田 一郎 .* あと4日/);
    expect(warnings).toMatch(/まだ締めていない検収済みの作業（1人） .* 山部 三郎 2件 ￥50,000 .* 期日を3日過ぎています/);
    expect(warnings).not.toContain('茂田井 四郎');
    // Once paid, a statement is no longer a warning, however near its limit.
    await test.db.update(payStatements).set({ status: 'paid', paidOn: today }).where(eq(payStatements.workerId, worker.id));
    const later = (await page(staff, '/pay')).text;
    expect(later.slice(later.indexOf('支払期日が近いもの'), later.indexOf('月を選ぶ'))).not.toContain('芦田 一郎');
  });
});

describe('adjustments', () => {
  it('applies an addition at once; a cut only after the worker agrees; staff may withdraw before the close', async () => {
    const { hanako, jiro, staff } = await octoberWork();
    const form = await page(staff, '/pay/adjustments');
    expect(form.text).toContain('調整を記録する');

    const add = (fields: Record<string, string>) => staff.post('/pay/adjustments', { workerId: hanako.id, month: '2026-10', ...fields });
    const missing = await add({ amountYen: '1000', reason: '' });
    expect(missing.status).toBe(400);
    expect(visibleText(await missing.text())).toContain('理由: 入力してください');
    const zero = await add({ amountYen: '0', reason: '訂正' });
    expect(zero.status).toBe(400);
    expect(visibleText(await zero.text())).toContain('0以外の金額を、1,000万円までの整数で書いてください（減額はマイナス）。');

    expect((await add({ amountYen: '1,000', reason: '急ぎの対応への上乗せ' })).headers.get('location')).toBe('/pay/adjustments?done=added');
    expect((await add({ amountYen: '－300', reason: '重複して入力した3件分', withholds: 'yes' })).headers.get('location')).toBe('/pay/adjustments?done=cutProposed');
    await add({ amountYen: '-200', reason: '同意されない減額' });
    await add({ amountYen: '500', reason: '取り下げる追加' });
    await staff.post('/pay/adjustments', { workerId: jiro.id, month: '2026-10', amountYen: '-100', reason: '次郎さんへの減額' });
    const rows = await test.db.select().from(payAdjustments);
    const idOf = (reason: string) => rows.find((row) => row.reason === reason)!.id;
    expect(rows.find((row) => row.reason === '重複して入力した3件分')).toMatchObject({ amountYen: -300, status: 'proposed', withholds: true });

    // Waiting cuts are not paid; the addition is.
    const preview = await page(staff, '/pay?month=2026-10');
    expect(preview.text).toContain('ワーカーの同意を待っている減額が3件あります。');
    expect(preview.text).toContain('立科 花子 登録なし 2件 ￥2,500 ￥1,500');

    // The worker answers their own cuts; someone else's is not found.
    const worker = await signIn(hanako);
    const mine = await page(worker, '/me/pay');
    expect(mine.text).toContain('2026年10月分の減額 -￥300');
    expect(mine.text).toContain('重複して入力した3件分');
    expect(mine.text).not.toContain('次郎さんへの減額');
    expect((await worker.post(`/me/pay/adjustments/${idOf('次郎さんへの減額')}/agree`)).status).toBe(404);
    expect((await worker.post(`/me/pay/adjustments/${idOf('重複して入力した3件分')}/agree`)).headers.get('location')).toBe('/me/pay?done=agreed');
    expect((await worker.post(`/me/pay/adjustments/${idOf('同意されない減額')}/refuse`)).headers.get('location')).toBe('/me/pay?done=refused');
    const twice = await worker.post(`/me/pay/adjustments/${idOf('同意されない減額')}/agree`);
    expect(twice.status).toBe(409);
    expect(visibleText(await twice.text())).toContain('この減額にはもう答えられません');

    expect((await staff.post(`/pay/adjustments/${idOf('取り下げる追加')}/withdraw`)).headers.get('location')).toBe('/pay/adjustments?done=withdrawn');
    expect((await staff.post(`/pay/adjustments/${idOf('同意されない減額')}/withdraw`)).status).toBe(409);

    const history = await page(staff, '/pay/adjustments');
    expect(history.text).toMatch(/ワーカーが同意しました/);
    expect(history.text).toMatch(/ワーカーが同意しませんでした/);
    expect(history.text).toMatch(/coordinator \d+が取り下げました/);

    await staff.post('/pay/close', { month: '2026-10' });
    // ¥2,500 + ¥1,000 − ¥300; the agreed cut withholds, so the base is ¥1,900 − ¥300 = ¥1,600 → ¥163.
    expect(await statementOf(hanako.id)).toMatchObject({ workYen: 2500, adjustmentYen: 700, withholdingBaseYen: 1600, withholdingYen: 163, paymentYen: 3037 });
    // Jiro never answered: his cut waits, his statement is paid in full.
    expect(await statementOf(jiro.id)).toMatchObject({ adjustmentYen: 0, paymentYen: 9979 });
    const paid = await page(worker, '/me/pay');
    expect(paid.text).toContain('2026年10月分の支払通知書で支払いました');
    expect((await staff.post(`/pay/adjustments/${idOf('重複して入力した3件分')}/withdraw`)).status).toBe(409);
    const statement = await statementOf(hanako.id);
    expect((await page(worker, `/me/pay/${statement!.id}`)).text).toContain('2026年10月 重複して入力した3件分 対象 -￥300');
  });

  it('holds back a cut that would take the payment below zero until a later close', async () => {
    const worker = await createWorker(test);
    const admin = await test.createUser('admin');
    const { orderId } = await createOrder(test);
    const { taskIds } = await createTasks(test, orderId, 1, { payRateYen: 10, units: 10 });
    await acceptWork(test, taskIds[0]!, worker.id, { inspectedOn: '2026-10-05', units: 10 });
    await test.db.insert(payAdjustments).values({ workerId: worker.id, month: '2026-10', amountYen: -500, reason: '返金', status: 'agreed', createdBy: admin.id });
    expect(await closePayMonth(test.db, '2026-10', admin.id)).toMatchObject({ ok: true, heldBackCuts: 1 });
    expect(await statementOf(worker.id)).toMatchObject({ workYen: 100, adjustmentYen: 0, paymentYen: 100 });
    const [cut] = await test.db.select().from(payAdjustments);
    expect(cut!.statementId).toBeNull();
  });
});

describe('statements: who sees them', () => {
  it('shows a worker only their own statements, as a page and a PDF; anyone else’s is not found', async () => {
    const { hanako, jiro, staff } = await octoberWork();
    await staff.post('/pay/close', { month: '2026-10' });
    const own = (await statementOf(hanako.id))!;
    const others = (await statementOf(jiro.id))!;

    const worker = await signIn(hanako);
    const list = await page(worker, '/me/pay');
    expect(list.text).toContain('2026年10月 ￥2,307');
    expect(list.text).not.toContain('￥9,979');
    expect((await page(worker, `/me/pay/${own.id}`)).text).toContain('お支払額 ￥2,307');
    expect((await worker.get(`/me/pay/${others.id}`)).status).toBe(404);
    expect((await worker.get(`/me/pay/${others.id}/pdf`)).status).toBe(404);
    expect((await worker.get('/me/pay/not-an-id')).status).toBe(404);
    expect((await worker.get(`/pay/statements/${own.id}`)).status).toBe(403);

    const pdf = await worker.get(`/me/pay/${own.id}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toContain(`filename="payment-statement-2026-10-${own.number}.pdf"`);
    const text = await pdfText(new Uint8Array(await pdf.arrayBuffer()));
    for (const expected of [
      '支払通知書',
      '立科 花子 様',
      '登録番号なし',
      '一般社団法人たてしなワーク',
      '登録番号 T7000012050002',
      '2026年10月',
      '2026年11月25日',
      '2026年12月3日',
      'お支払額 ￥2,307',
      '町の広報記事 / 入力 1',
      '￥1,900',
      '源泉徴収税額',
      '￥193',
      '消費税（10%）',
    ]) {
      expect(text, expected).toContain(expected);
    }

    const registered = await pdfText(new Uint8Array(await (await staff.get(`/pay/statements/${others.id}/pdf`)).arrayBuffer()));
    expect(registered).toContain('蓼科 次郎 様');
    expect(registered).toContain('登録番号 T7123456789012');
    expect(registered).toContain('￥1,000');
    expect(registered).toContain('お支払額 ￥9,979');
  });
});

describe('demo data', () => {
  it('has last month closed with statements for the worker and the leader, and a cut waiting for the worker', async () => {
    await seedDemo(test.db);
    const previous = shiftMonth(todayInJapan().slice(0, 7), -1);
    const idOf = async (loginId: string) => (await test.db.select({ id: users.id }).from(users).where(eq(users.loginId, loginId)))[0]!.id;
    const worker = (await statementOf(await idOf('worker'), previous))!;
    const leader = (await statementOf(await idOf('leader'), previous))!;
    const linesOf = (statementId: string) => test.db.select().from(payStatementLines).where(eq(payStatementLines.statementId, statementId));
    expect(worker).toMatchObject({ adjustmentYen: 500, consumptionTaxYen: 0, withholdingYen: 0, invoiceRegistrationNumber: null });
    expect((await linesOf(worker.id)).filter((line) => line.description.startsWith('商品カタログのデータ入力')).map((line) => line.yen)).toEqual([600, 600, 600]);
    // The leader's hourly writing withholds (170 + 140 minutes at ¥1,200 = ¥3,400 + ¥2,800); registered, his pay carries 10% tax.
    expect(leader).toMatchObject({ withholdingBaseYen: 6200, withholdingYen: 633, invoiceRegistrationNumber: 'T7123456789012' });
    expect(leader.consumptionTaxYen).toBe(Math.floor(leader.workYen / 10));
    const [waiting] = await test.db.select().from(payAdjustments).where(eq(payAdjustments.status, 'proposed'));
    expect(waiting).toMatchObject({ workerId: await idOf('worker'), amountYen: -240, month: todayInJapan().slice(0, 7) });
  });
});
