import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../pdf/pdf-text';
import { visibleText } from '../../testing/html';
import { useTestApp, type TestBrowser } from '../../testing/test-app';
import { addDays, todayInJapan } from '../availability/calendar';
import { operators } from '../centre/schema';
import { clientContacts } from '../clients/schema';
import { orders, orderStatusChanges, quoteItems } from '../orders/schema';
import { createOrder } from '../orders/testing';
import { issueInvoice } from './issue-invoice';
import { invoices } from './schema';
import { createDraft, setIssuer } from './testing';

const test = useTestApp();

const page = async (browser: TestBrowser, path: string) => {
  const response = await browser.get(path);
  return { status: response.status, text: visibleText(await response.text()) };
};

const textOf = async (response: Response) => visibleText(await response.text());

/** The invoice id a redirect after creating one points at. */
const invoiceIdIn = (response: Response) => /\/invoices\/([0-9a-f-]{36})/.exec(response.headers.get('location') ?? '')?.[1] ?? '';

/** A client account linked to the client through a contact, signed in. */
async function signedInClient(clientId: string): Promise<TestBrowser> {
  const user = await test.createUser('client');
  await test.db.insert(clientContacts).values({ clientId, name: '佐久間 一郎', userId: user.id });
  const browser = test.browser();
  await browser.signIn(user.loginId);
  return browser;
}

const item = (fields: Record<string, string>) => ({ 'item-description': '点字データ作成', 'item-quantity': '3', 'item-unit': 'ページ', 'item-unitPriceYen': '105', 'item-taxRate': '10', ...fields });

describe('invoices for staff', () => {
  it('the director makes a draft from an order, edits it, issues it, and can no longer change it; the PDF states what the law asks', async () => {
    await setIssuer(test, null);
    const order = await createOrder(test, { title: '議会だよりの点字データ作成' });
    await test.db.insert(quoteItems).values({ orderId: order.orderId, position: 1, description: '点字データ作成', quantity: 1, unit: '式', unitPriceYen: 105 });
    const director = await test.signedIn('director');

    const form = await page(director, `/invoices/new?order=${order.orderId}`);
    expect(form.status).toBe(200);
    expect(form.text).toMatch(/#\d+ 議会だよりの点字データ作成（株式会社テスト発注）/);
    expect((await director.post('/invoices/new/order', { 'order-orderId': '', 'order-source': 'quote' })).status).toBe(400);
    const created = await director.post('/invoices/new/order', { 'order-orderId': order.orderId, 'order-source': 'quote' });
    expect(created.status).toBe(303);
    const id = invoiceIdIn(created);
    const base = `/invoices/${id}`;

    const draft = await page(director, `${base}?done=created`);
    expect(draft.text).toContain('請求書の下書きを作りました。');
    expect(draft.text).toContain('点字データ作成 1 式 ￥105 ￥105 10%');

    const refused = await director.post(`${base}/items`, item({ 'item-quantity': '0', 'item-taxRate': '5' }));
    expect(refused.status).toBe(400);
    const refusedText = await textOf(refused);
    expect(refusedText).toContain('1以上の整数で書いてください。');
    expect(refusedText).toContain('税率を選んでください。');
    expect((await director.post(`${base}/items`, item({ 'item-description': 'お茶の差し入れ', 'item-quantity': '2', 'item-unit': '本', 'item-unitPriceYen': '119', 'item-taxRate': '8' }))).status).toBe(303);
    expect((await director.post(`${base}/items`, item({}))).status).toBe(303);

    const [, , third] = (await test.db.query.invoiceItems.findMany({ where: (items, { eq }) => eq(items.invoiceId, id), orderBy: (items, { asc }) => asc(items.position) })).map((row) => row.id);
    expect((await page(director, `${base}/items/${third}`)).text).toContain('明細を直す: 点字データ作成');
    expect((await director.post(`${base}/items/${third}`, { description: '点字データ作成（追加分）', quantity: '', unit: 'ページ', unitPriceYen: '105', taxRate: '10' })).status).toBe(400);
    expect((await director.post(`${base}/items/${third}`, { description: '点字データ作成（追加分）', quantity: '３', unit: 'ページ', unitPriceYen: '１０５', taxRate: '10' })).status).toBe(303);
    expect((await director.post(`${base}/details`, { subject: '点字データ作成のご請求', notes: '11月納品分' })).status).toBe(303);

    const noIssuer = await director.post(`${base}/issue`);
    expect(noIssuer.status).toBe(409);
    expect(await textOf(noIssuer)).toContain('登録番号（T と13桁）が設定されていないため発行できません');
    await test.db.update(operators).set({ invoiceRegistrationNumber: 'T7000012050002' });
    const issued = await director.post(`${base}/issue`);
    expect(issued.status).toBe(303);
    const shown = await page(director, issued.headers.get('location')!);
    expect(shown.text).toContain('請求書 No. 1 を発行しました。');
    expect(shown.text).toContain('一般社団法人立科町振興公社（登録番号 T7000012050002）');
    expect(shown.text).toContain('株式会社テスト発注 御中');
    // 10%: 105 + 315 = 420, tax 42 (per line it would be 10 + 31 = 41); 8%: 238, tax 19 (per line 9 + 9 = 18).
    expect(shown.text).toContain('10% 対象の小計 ￥420 消費税（10%） ￥42 8% 対象の小計 ￥238 消費税（8%） ￥19 合計（税込み） ￥719');
    expect(shown.text).toContain('お茶の差し入れ ※');

    // Issued: every change is refused with the reason, and the database holds it too.
    for (const [path, fields] of [
      [`${base}/details`, { subject: '書き換え' }],
      [`${base}/items`, item({})],
      [`${base}/items/${third}`, { description: '書き換え', quantity: '1', unit: '件', unitPriceYen: '1', taxRate: '10' }],
      [`${base}/items/${third}/delete`, {}],
      [`${base}/delete`, {}],
      [`${base}/issue`, {}],
    ] as const) {
      const response = await director.post(path, fields);
      expect(response.status, path).toBe(409);
      expect(await textOf(response)).toContain('この請求書はすでに発行されています。');
    }
    expect((await director.get(`${base}/items/${third}`)).status).toBe(409);
    const [stored] = await test.db.select().from(invoices).where(eq(invoices.id, id));
    expect(stored).toMatchObject({ subject: '点字データ作成のご請求', totalYen: 719, number: 1 });

    const pdf = await director.get(`${base}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toContain('invoice-1.pdf');
    const text = await pdfText(new Uint8Array(await pdf.arrayBuffer()));
    for (const expected of [
      '請求書（適格請求書）',
      '株式会社テスト発注 御中',
      '一般社団法人立科町振興公社',
      '〒384-2305 長野県北佐久郡立科町芦田2532',
      '登録番号 T7000012050002',
      '点字データ作成のご請求',
      'お茶の差し入れ ※',
      '10%対象',
      '￥420 消費税 ￥42',
      '8%対象（※）',
      '￥238 消費税 ￥19',
      '￥719',
      '※は軽減税率対象',
      '11月納品分',
      '八十二銀行 立科支店',
    ]) {
      expect(text, expected).toContain(expected);
    }
  });

  it('voids with a reason, keeping the number; a draft has no PDF and can be deleted', async () => {
    await setIssuer(test);
    const order = await createOrder(test);
    const admin = await test.createUser('admin');
    const issuedId = await createDraft(test, order, [{ quantity: 1, unitPriceYen: 1000 }]);
    await issueInvoice(test.db, admin.id, issuedId, todayInJapan());
    const draftId = await createDraft(test, order, [{ quantity: 1, unitPriceYen: 1000 }]);
    const director = await test.signedIn('director');

    expect((await director.post(`/invoices/${issuedId}/void`, { 'void-reason': '' })).status).toBe(400);
    expect((await director.post(`/invoices/${issuedId}/void`, { 'void-reason': '単価の誤り' })).status).toBe(303);
    const voided = await page(director, `/invoices/${issuedId}`);
    expect(voided.text).toContain('No. 1');
    expect(voided.text).toContain('無効（取消し）');
    expect(voided.text).toContain('単価の誤り');
    expect(await pdfText(new Uint8Array(await (await director.get(`/invoices/${issuedId}/pdf`)).arrayBuffer()))).toContain('この請求書は取り消されました（無効）。理由: 単価の誤り');

    expect((await director.get(`/invoices/${draftId}/pdf`)).status).toBe(404);
    const deleted = await director.post(`/invoices/${draftId}/delete`);
    expect(deleted.headers.get('location')).toBe('/invoices?done=deleted');
    expect((await director.get(`/invoices/${draftId}`)).status).toBe(404);
    expect((await director.get('/invoices/not-an-id')).status).toBe(404);
  });

  it('records payments against the balance and lists what is overdue, with a count on the list', async () => {
    await setIssuer(test);
    const today = todayInJapan();
    const order = await createOrder(test);
    const admin = await test.createUser('admin');
    const late = await createDraft(test, order, [{ quantity: 1, unitPriceYen: 10000 }], '10月分');
    await issueInvoice(test.db, admin.id, late, addDays(today, -37)); // due 7 days ago
    const fresh = await createDraft(test, order, [{ quantity: 1, unitPriceYen: 5000 }], '11月分');
    await issueInvoice(test.db, admin.id, fresh, today);
    const director = await test.signedIn('director');

    expect((await page(director, '/invoices')).text).toContain('支払期限を過ぎた請求書（1件）');
    const overdue = await page(director, '/invoices/overdue');
    expect(overdue.text).toContain('1件、未入金の合計 ￥11,000');
    expect(overdue.text).toContain('10月分 株式会社テスト発注');
    expect(overdue.text).toContain('￥11,000 ￥11,000 7日');
    expect(overdue.text).not.toContain('11月分');

    const base = `/invoices/${late}`;
    const tooMuch = await director.post(`${base}/payments`, { 'pay-receivedOn': today, 'pay-amountYen': '11,001', 'pay-note': '' });
    expect(tooMuch.status).toBe(409);
    expect(await textOf(tooMuch)).toContain('未入金の額を超えています。');
    const future = await director.post(`${base}/payments`, { 'pay-receivedOn': addDays(today, 1), 'pay-amountYen': '1000', 'pay-note': '' });
    expect(future.status).toBe(400);
    expect(await textOf(future)).toContain('入金日に先の日付は入れられません。');
    expect((await director.post(`${base}/payments`, { 'pay-receivedOn': today, 'pay-amountYen': '￥6,000', 'pay-note': '振込（一部）' })).status).toBe(303);
    const partly = await page(director, base);
    expect(partly.text).toContain('一部入金・期限超過 7日');
    expect(partly.text).toContain('振込(一部)');
    expect((await page(director, '/invoices?status=partiallyPaid')).text).toContain('10月分');
    expect((await page(director, '/invoices?status=partiallyPaid')).text).not.toContain('11月分');

    expect((await director.post(`${base}/payments`, { 'pay-receivedOn': today, 'pay-amountYen': '5000', 'pay-note': '' })).status).toBe(303);
    expect((await page(director, base)).text).toContain('入金済み');
    expect((await page(director, '/invoices/overdue')).text).toContain('支払期限を過ぎた請求書はありません。');
    expect((await page(director, '/invoices')).text).toContain('支払期限を過ぎた請求書（0件）');
    expect((await director.post(`/invoices/${fresh}/payments`, { 'pay-receivedOn': today, 'pay-amountYen': '0', 'pay-note': '' })).status).toBe(400);
  });

  it('makes a monthly summary invoice grouped by order, with a subtotal per order on the PDF', async () => {
    await setIssuer(test);
    const first = await createOrder(test, { title: '名刺データ入力', status: 'delivered' });
    const second = await createOrder(test, { clientId: first.clientId, title: 'アンケート入力', status: 'delivered' });
    for (const order of [first, second]) {
      await test.db.insert(orderStatusChanges).values({ orderId: order.orderId, fromStatus: 'in_progress', toStatus: 'delivered', changedAt: new Date('2026-10-15T10:00:00+09:00') });
    }
    await test.db.insert(quoteItems).values([
      { orderId: first.orderId, position: 1, description: '名刺データ入力', quantity: 100, unit: '枚', unitPriceYen: 20 },
      { orderId: second.orderId, position: 1, description: 'アンケート入力', quantity: 50, unit: '枚', unitPriceYen: 30 },
    ]);
    const numbers = await test.db.select({ id: orders.id, number: orders.number }).from(orders);
    const [n1, n2] = [first, second].map((order) => numbers.find((row) => row.id === order.orderId)!.number);
    const director = await test.signedIn('director');
    const none = await director.post('/invoices/new/monthly', { 'monthly-clientId': first.clientId, 'monthly-month': '2026-09' });
    expect(none.status).toBe(409);
    expect(await textOf(none)).toContain('この月に納品した受注で、まだ請求書に載っていないものはありません。');
    const created = await director.post('/invoices/new/monthly', { 'monthly-clientId': first.clientId, 'monthly-month': '2026-10' });
    expect(created.status).toBe(303);
    const base = `/invoices/${invoiceIdIn(created)}`;
    const draft = await page(director, base);
    expect(draft.text).toContain('請求書の下書き: 2026年10月分 ご請求');
    expect(draft.text).toContain(`受注 #${n1} 名刺データ入力 名刺データ入力 100 枚 ￥20 ￥2,000 10%`);
    expect(draft.text).toContain('この受注の小計（税抜き） ￥2,000');
    // A monthly line names one of the client's orders.
    const other = await createOrder(test, { title: 'ほかの会社' });
    expect((await director.post(`${base}/items`, item({ 'item-orderId': other.orderId }))).status).toBe(400);
    expect((await director.post(`${base}/items`, item({ 'item-orderId': second.orderId }))).status).toBe(303);
    expect((await director.post(`${base}/issue`)).status).toBe(303);
    const text = await pdfText(new Uint8Array(await (await director.get(`${base}/pdf`)).arrayBuffer()));
    for (const expected of [`受注 #${n1} 名刺データ入力`, `受注 #${n2} アンケート入力`, 'この受注の小計（税抜き）', '￥2,000', '￥1,815', '対象月', '2026年10月', '￥3,815 消費税 ￥381']) {
      expect(text, expected).toContain(expected);
    }
  });
});

describe('who sees invoices', () => {
  it('shows a client only its own issued invoices, 404 for anyone else’s or a draft; workers are refused', async () => {
    await setIssuer(test);
    const admin = await test.createUser('admin');
    const mine = await createOrder(test);
    const theirs = await createOrder(test, { title: 'ほかの会社の受注' });
    const issued = await createDraft(test, mine, [{ quantity: 1, unitPriceYen: 20000 }], '名刺データ入力のご請求');
    await issueInvoice(test.db, admin.id, issued, todayInJapan());
    const draft = await createDraft(test, mine, [{ quantity: 1, unitPriceYen: 1 }], 'まだ下書き');
    const others = await createDraft(test, theirs, [{ quantity: 1, unitPriceYen: 30000 }], 'ほかの会社へのご請求');
    await issueInvoice(test.db, admin.id, others, todayInJapan());

    const client = await signedInClient(mine.clientId);
    const list = await page(client, '/portal/invoices');
    expect(list.status).toBe(200);
    expect(list.text).toContain('株式会社テスト発注様あての請求書です。');
    expect(list.text).toContain('No. 1 名刺データ入力のご請求');
    expect(list.text).not.toContain('まだ下書き');
    expect(list.text).not.toContain('ほかの会社へのご請求');
    const pdf = await client.get(`/portal/invoices/${issued}/pdf`);
    expect(pdf.status).toBe(200);
    expect(await pdfText(new Uint8Array(await pdf.arrayBuffer()))).toContain('株式会社テスト発注 御中');
    expect((await client.get(`/portal/invoices/${others}/pdf`)).status).toBe(404);
    expect((await client.get(`/portal/invoices/${draft}/pdf`)).status).toBe(404);
    expect((await client.get('/portal/invoices/not-an-id/pdf')).status).toBe(404);
    expect((await client.get(`/invoices/${issued}`)).status).toBe(403);

    const unlinked = await test.signedIn('client');
    expect((await page(unlinked, '/portal/invoices')).text).toContain('まだ会社（団体）と結びついていません');
    expect((await unlinked.get(`/portal/invoices/${issued}/pdf`)).status).toBe(404);

    const worker = await test.signedIn('worker');
    expect((await worker.get('/invoices')).status).toBe(403);
    expect((await worker.get(`/invoices/${issued}/pdf`)).status).toBe(403);
    expect((await worker.get('/portal/invoices')).status).toBe(403);
    expect((await (await test.signedIn('director')).get('/portal/invoices')).status).toBe(403);
  });
});
