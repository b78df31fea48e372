import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { visibleText } from '../../testing/html';
import { useTestApp, type TestBrowser } from '../../testing/test-app';
import { todayInJapan } from '../availability/calendar';
import { tasks } from '../breakdown/schema';
import { clients } from '../clients/schema';
import { claimTask } from '../tasks/claim-task';
import { taskHolds } from '../tasks/schema';
import { createWorker } from '../workers/testing';
import { changeOrderStatus } from './change-order-status';
import { addToTeam, createOrder, createTasks } from './testing';
import { ndaSignatures, orders, orderStatusChanges, orderTeamMembers, quoteItems } from './schema';

const test = useTestApp();

const page = async (browser: TestBrowser, path: string) => {
  const response = await browser.get(path);
  return { status: response.status, text: visibleText(await response.text()) };
};

async function addProspect(name = '株式会社みどり測量'): Promise<string> {
  const [client] = await test.db.insert(clients).values({ name, status: 'prospect' }).returning({ id: clients.id });
  return client!.id;
}

/** A director registers an inquiry from the client and returns the order id. */
async function registerInquiry(browser: TestBrowser, clientId: string, fields: Record<string, string> = {}): Promise<string> {
  const response = await browser.post('/orders/new', { clientId, title: '会議録の文字起こし', inquiry: '毎月の会議の録音を文字にしてほしい。', receivedOn: '2026/11/2', ...fields });
  expect(response.status).toBe(303);
  const location = response.headers.get('location') ?? '';
  expect(location).toMatch(/^\/orders\/[0-9a-f-]{36}\?done=created$/);
  return location.slice('/orders/'.length, location.indexOf('?'));
}

const fullTerms = {
  termsWorkContent: '録音を聞いて、話したとおりに文字にする',
  termsDeliverable: '文字起こしのテキスト（作業ごとに30分）',
  deliveryDate: '2026-12-20',
  termsDeliveryPlace: '町ワークの作業ページ',
  termsDeliveryMethod: '作業ページから提出',
  inspectionDueOn: '2026-12-27',
  termsRate: '1時間1,000円',
  termsPaymentDate: '検収した月の翌月20日',
  termsPaymentMethod: '銀行振込',
  termsExpenses: '通信費は報酬に含む',
  termsIntellectualProperty: '著作権は納品時に発注者へ移る',
  termsPersonalData: '作業以外に使わず、終わったら消す',
  termsDefects: '不備は差し戻し、直した分も報酬の対象',
  termsSubcontracting: '',
  confidentiality: 'centre_only',
  requiredSkills: 'transcription',
  reviewPolicy: 'sample',
  reviewSamplePercent: '25',
  reservationHours: '48',
  trainingRatePercent: '100',
};

const move = (browser: TestBrowser, orderId: string, from: string, to: string, note = '') => browser.post(`/orders/${orderId}/status`, { from, to, 'status-note': note });

describe('orders: inquiry, quote and order', () => {
  it('shows a message next to each wrong field of a new inquiry and keeps what was typed', async () => {
    const director = await test.signedIn('director');
    await addProspect();
    const form = await director.get('/orders/new');
    expect(await form.text()).toContain(`value="${todayInJapan()}"`);
    const response = await director.post('/orders/new', { clientId: '', title: '', inquiry: '名刺の入力', receivedOn: '11月2日' });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toMatch(/id="field-clientId-error">発注者を選んでください。/);
    expect(html).toMatch(/id="field-title-error">入力してください。/);
    expect(html).toMatch(/id="field-receivedOn-error">日付は 2026-12-01 や 2026\/12\/1 のように書いてください。/);
    expect(html).toContain('名刺の入力');
    const unknownClient = await director.post('/orders/new', { clientId: '00000000-0000-4000-8000-000000000000', title: 'x', receivedOn: '2026-11-02' });
    expect(unknownClient.status).toBe(400);
    expect(await test.db.select().from(orders)).toEqual([]);
  });

  it('runs the pipeline inquiry → quote → terms → ordered → in progress, keeping the history', async () => {
    const director = await test.signedIn('director');
    const clientId = await addProspect();
    const orderId = await registerInquiry(director, clientId);
    const created = await page(director, `/orders/${orderId}?done=created`);
    expect(created.text).toContain('引き合いを登録しました。');
    expect(created.text).toContain('いまの状態: 引き合い');

    // No quote lines yet: the quote cannot be sent.
    const empty = await move(director, orderId, 'inquiry', 'quoted');
    expect(empty.status).toBe(409);
    expect(visibleText(await empty.text())).toContain('見積の明細がまだありません。');
    // Straight to ordered is not a step the pipeline has.
    expect((await move(director, orderId, 'inquiry', 'ordered')).status).toBe(400);

    const badLine = await director.post(`/orders/${orderId}/quote-items`, { 'item-description': '', 'item-quantity': '0', 'item-unit': '分', 'item-unitPriceYen': '-5', 'item-taxRate': '5' });
    expect(badLine.status).toBe(400);
    const badHtml = await badLine.text();
    expect(badHtml).toMatch(/id="field-item-description-error">入力してください。/);
    expect(badHtml).toMatch(/id="field-item-quantity-error">1以上の整数で書いてください。/);
    expect(badHtml).toMatch(/id="field-item-unitPriceYen-error">0以上の整数（円）で書いてください。/);
    expect(badHtml).toMatch(/id="field-item-taxRate-error">税率を選んでください。/);

    const added = await director.post(`/orders/${orderId}/quote-items`, { 'item-description': '文字起こし', 'item-quantity': '１２０', 'item-unit': '分', 'item-unitPriceYen': '¥105', 'item-taxRate': '10' });
    expect(added.status).toBe(303);
    expect(added.headers.get('location')).toBe(`/orders/${orderId}?done=item#quote-title`);
    await director.post(`/orders/${orderId}/quote-items`, { 'item-description': '打ち合わせのお茶菓子', 'item-quantity': '3', 'item-unit': '箱', 'item-unitPriceYen': '129', 'item-taxRate': '8' });
    await director.post(`/orders/${orderId}/quote-items`, { 'item-description': '消す行', 'item-quantity': '1', 'item-unit': '式', 'item-unitPriceYen': '1,000', 'item-taxRate': '10' });
    const lines = await test.db.select().from(quoteItems).where(eq(quoteItems.orderId, orderId)).orderBy(asc(quoteItems.position));
    expect(lines.map((line) => [line.position, line.quantity, line.unitPriceYen, line.taxRate])).toEqual([
      [1, 120, 105, 10],
      [2, 3, 129, 8],
      [3, 1, 1000, 10],
    ]);
    expect((await director.post(`/orders/${orderId}/quote-items/${lines[2]!.id}/delete`)).status).toBe(303);
    expect((await director.post(`/orders/${orderId}/quote`, { 'dates-issuedOn': '2026-11-05', 'dates-validUntil': '2026-11-01' })).status).toBe(400);
    expect((await director.post(`/orders/${orderId}/quote`, { 'dates-issuedOn': '2026-11-05', 'dates-validUntil': '2026-12-05' })).status).toBe(303);

    const quote = await page(director, `/orders/${orderId}`);
    expect(quote.text).not.toContain('消す行');
    // 120 × ¥105 = ¥12,600 at 10% → tax ¥1,260; 3 × ¥129 = ¥387 at 8% → tax floor(30.96) = ¥30.
    expect(quote.text).toContain('10% 対象の小計 ￥12,600');
    expect(quote.text).toContain('消費税（10%） ￥1,260');
    expect(quote.text).toContain('8% 対象の小計 ￥387');
    expect(quote.text).toContain('消費税（8%） ￥30');
    expect(quote.text).toContain('合計（税込み） ￥14,277');
    expect(quote.text).toContain('打ち合わせのお茶菓子 ※');
    expect(quote.text).toContain('※ は軽減税率（8%）の対象です。');

    const print = await page(director, `/orders/${orderId}/quote/print`);
    expect(print.text).toContain('御見積書');
    expect(print.text).toContain('株式会社みどり測量 御中');
    expect(print.text).toContain('お見積金額（税込み）: ￥14,277');

    expect((await move(director, orderId, 'inquiry', 'quoted', '11/5にメールで送付')).status).toBe(303);

    // Terms still empty: the order cannot be won, and the page says which terms are missing.
    const refused = await move(director, orderId, 'quoted', 'ordered');
    expect(refused.status).toBe(409);
    const refusedText = visibleText(await refused.text());
    expect(refusedText).toContain('受注にする前に、次の取引条件を書いてください');
    expect(refusedText).toContain('業務の内容');
    expect(refusedText).toContain('支払期日');
    expect(refusedText).toContain('不備や遅れがあったときの扱い');

    const termsForm = await page(director, `/orders/${orderId}/terms`);
    expect(termsForm.text).toContain('フリーランス法');
    expect(termsForm.text).toContain('文字起こし・会議録');
    expect((await director.post(`/orders/${orderId}/terms`, fullTerms)).status).toBe(303);
    const [stored] = await test.db.select().from(orders).where(eq(orders.id, orderId));
    expect(stored).toMatchObject({ confidentiality: 'centre_only', requiredSkills: ['transcription'], reviewPolicy: 'sample', reviewSamplePercent: 25, reservationHours: 48, deliveryDate: '2026-12-20' });

    expect((await move(director, orderId, 'quoted', 'ordered', '注文書を受け取った')).status).toBe(303);
    const [client] = await test.db.select().from(clients).where(eq(clients.id, clientId));
    expect(client!.status).toBe('active');
    // Once won, the quote stays as it was offered.
    const late = await director.post(`/orders/${orderId}/quote-items`, { 'item-description': '追加', 'item-quantity': '1', 'item-unit': '式', 'item-unitPriceYen': '100', 'item-taxRate': '10' });
    expect(late.status).toBe(409);
    expect(visibleText(await late.text())).toContain('受注または失注のあとは、見積は変えられません。');

    const started = await move(director, orderId, 'ordered', 'in_progress');
    expect(started.headers.get('location')).toBe(`/orders/${orderId}?done=status#status-title`);
    const history = await test.db.select().from(orderStatusChanges).where(eq(orderStatusChanges.orderId, orderId)).orderBy(asc(orderStatusChanges.changedAt));
    expect(history.map((change) => [change.fromStatus, change.toStatus, change.note])).toEqual([
      [null, 'inquiry', null],
      ['inquiry', 'quoted', '11/5にメールで送付'],
      ['quoted', 'ordered', '注文書を受け取った'],
      ['ordered', 'in_progress', null],
    ]);
    const shown = await page(director, `/orders/${orderId}?done=status`);
    expect(shown.text).toContain('状態を「作業中」にしました。');
    expect(shown.text).toContain('注文書を受け取った');
    expect(shown.text).toContain('テレワークセンターでだけ');
    expect(shown.text).toContain('一部を抜き取って検品する（25%）');
    const audits = await test.db.select().from(auditLog).where(eq(auditLog.action, 'order.status.change'));
    expect(audits).toHaveLength(3);

    const list = await page(director, '/orders?status=in_progress');
    expect(list.text).toContain('会議録の文字起こし');
    expect(list.text).toContain('2026年12月20日(日)');
    expect((await page(director, '/orders?status=inquiry')).text).toContain('当てはまる引き合い・受注はありません。');
    expect((await page(director, `/orders?client=${clientId}`)).text).toContain('会議録の文字起こし');
  });

  it('refuses a stale status change and shows the order as the other person left it', async () => {
    const first = await test.signedIn('director');
    const second = await test.signedIn('admin');
    const orderId = await registerInquiry(first, await addProspect());
    expect((await move(second, orderId, 'inquiry', 'lost', '予算が合わなかった')).status).toBe(303);
    const stale = await move(first, orderId, 'inquiry', 'quoted');
    expect(stale.status).toBe(409);
    const text = visibleText(await stale.text());
    expect(text).toContain('ほかの人が先に状態を変えました。');
    expect(text).toContain('いまの状態: 失注');
    expect(text).toContain('この受注の状態は、これ以上変わりません。');
    const history = await test.db.select().from(orderStatusChanges).where(eq(orderStatusChanges.orderId, orderId));
    expect(history).toHaveLength(2);
  });

  it('lets exactly one of several simultaneous changes through', async () => {
    const director = await test.signedIn('director');
    const orderId = await registerInquiry(director, await addProspect());
    const [user] = await test.db.select({ id: orderStatusChanges.changedBy }).from(orderStatusChanges).where(eq(orderStatusChanges.orderId, orderId));
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, index) => changeOrderStatus(test.db, user!.id!, orderId, { from: 'inquiry', to: 'lost', note: `#${index}` })),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.reason === 'stale')).toHaveLength(7);
    expect(await test.db.select().from(orderStatusChanges).where(eq(orderStatusChanges.orderId, orderId))).toHaveLength(2);
  });

  it('edits the basic details and checks the terms', async () => {
    const director = await test.signedIn('director');
    const orderId = await registerInquiry(director, await addProspect());
    const otherClient = await addProspect('株式会社しらかばデータ');
    expect((await page(director, `/orders/${orderId}/edit`)).text).toContain('会議録の文字起こし');
    const saved = await director.post(`/orders/${orderId}/edit`, { clientId: otherClient, title: '議事録の作成', inquiry: '', receivedOn: '2026-11-03' });
    expect(saved.status).toBe(303);
    const [stored] = await test.db.select().from(orders).where(eq(orders.id, orderId));
    expect(stored).toMatchObject({ clientId: otherClient, title: '議事録の作成', inquiry: null, receivedOn: '2026-11-03' });

    const bad = await director.post(`/orders/${orderId}/terms`, {
      ...fullTerms,
      inspectionDueOn: '2026-12-01',
      subcontractingDisclosed: 'yes',
      reviewSamplePercent: '',
      reservationHours: '400',
      requiredSkills: 'knitting',
    });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toMatch(/id="field-reservationHours-error">1から336までの数字（時間）で書いてください。/);
    expect(html).toMatch(/id="field-requiredSkills-error">/);
    const refined = await director.post(`/orders/${orderId}/terms`, { ...fullTerms, inspectionDueOn: '2026-12-01', subcontractingDisclosed: 'yes', reviewSamplePercent: '' });
    const refinedHtml = await refined.text();
    expect(refinedHtml).toMatch(/id="field-inspectionDueOn-error">検査を終える日は、納期と同じ日か、それより後にしてください。/);
    expect(refinedHtml).toMatch(/id="field-termsSubcontracting-error">再委託であることを示すときは、その説明を書いてください。/);
    expect(refinedHtml).toMatch(/id="field-reviewSamplePercent-error">1から100までの数字で書いてください。/);
    expect(refinedHtml).toContain('録音を聞いて、話したとおりに文字にする');
    // With everyone reviewed, a typed sample share is dropped rather than stored.
    expect((await director.post(`/orders/${orderId}/terms`, { ...fullTerms, reviewPolicy: 'all' })).status).toBe(303);
    const [terms] = await test.db.select().from(orders).where(eq(orders.id, orderId));
    expect(terms).toMatchObject({ reviewPolicy: 'all', reviewSamplePercent: null });
  });
});

describe('orders: team and NDAs', () => {
  it('adds a worker, makes them leader, and removing them returns their held task to the pool', async () => {
    const director = await test.signedIn('director');
    const { orderId } = await createOrder(test);
    const worker = await createWorker(test, { loginId: 'hanako' });
    const clientAccount = await test.createUser('client');
    const before = await page(director, `/orders/${orderId}`);
    expect(before.text).toContain('チームにはまだだれもいません。');
    expect(before.text).toContain('（hanako・ワーカー）');

    expect((await director.post(`/orders/${orderId}/team`, { 'team-userId': '', 'team-role': 'member' })).status).toBe(400);
    const notWorker = await director.post(`/orders/${orderId}/team`, { 'team-userId': clientAccount.id, 'team-role': 'member' });
    expect(notWorker.status).toBe(409);
    expect(visibleText(await notWorker.text())).toContain('この人はチームに加えられません');
    expect((await director.post(`/orders/${orderId}/team`, { 'team-userId': worker.id, 'team-role': 'member' })).status).toBe(303);
    expect((await director.post(`/orders/${orderId}/team`, { 'team-userId': worker.id, 'team-role': 'member' })).status).toBe(409);
    expect((await director.post(`/orders/${orderId}/team/${worker.id}/role`, { role: 'leader' })).status).toBe(303);
    const [member] = await test.db.select().from(orderTeamMembers).where(eq(orderTeamMembers.orderId, orderId));
    expect(member).toMatchObject({ userId: worker.id, role: 'leader' });
    expect((await page(director, `/orders/${orderId}`)).text).toContain('リーダー メンバーにする');

    const { taskIds } = await createTasks(test, orderId, 2);
    const claim = await claimTask(test.db, { workerId: worker.id, atCentre: false }, taskIds[0]!);
    expect(claim.ok).toBe(true);
    const removed = await director.post(`/orders/${orderId}/team/${worker.id}/remove`);
    expect(removed.headers.get('location')).toBe(`/orders/${orderId}?done=teamRemoved&count=1#team-title`);
    const [task] = await test.db.select().from(tasks).where(eq(tasks.id, taskIds[0]!));
    expect(task!.status).toBe('open');
    const [hold] = await test.db.select().from(taskHolds).where(eq(taskHolds.taskId, taskIds[0]!));
    expect(hold).toMatchObject({ endReason: 'withdrawn' });
    expect(hold!.endedAt).not.toBeNull();
    expect(await test.db.select().from(orderTeamMembers)).toEqual([]);
    expect((await page(director, `/orders/${orderId}?done=teamRemoved&count=1`)).text).toContain('予約中だった作業 1件 を、チームにもどしました。');
    expect((await director.post(`/orders/${orderId}/team/${worker.id}/remove`)).status).toBe(404);
    const audits = await test.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.subjectUserId, worker.id)).orderBy(asc(auditLog.id));
    expect(audits.map((entry) => entry.action)).toEqual(['order.team.add', 'order.team.role', 'order.team.remove']);
  });

  it('records a team member’s NDA with the client, replacing an earlier record', async () => {
    const director = await test.signedIn('director');
    const { orderId, clientId } = await createOrder(test, { confidentiality: 'nda' });
    const worker = await createWorker(test);
    const outsider = await createWorker(test, { loginId: 'outsider' });
    await addToTeam(test, orderId, worker.id);
    expect((await page(director, `/orders/${orderId}`)).text).toContain('未署名');

    const bad = await director.post(`/orders/${orderId}/ndas`, { 'nda-userId': worker.id, 'nda-signedOn': '', 'nda-validUntil': '2020-01-01' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/id="field-nda-signedOn-error">入力してください。/);
    expect((await director.post(`/orders/${orderId}/ndas`, { 'nda-userId': outsider.id, 'nda-signedOn': '2026-11-01' })).status).toBe(400);
    expect((await director.post(`/orders/${orderId}/ndas`, { 'nda-userId': worker.id, 'nda-signedOn': '2026-11-01', 'nda-validUntil': '2026-11-02' })).status).toBe(303);
    expect((await director.post(`/orders/${orderId}/ndas`, { 'nda-userId': worker.id, 'nda-signedOn': '2026-11-10', 'nda-validUntil': '' })).status).toBe(303);
    const signatures = await test.db.select().from(ndaSignatures).where(and(eq(ndaSignatures.userId, worker.id), eq(ndaSignatures.clientId, clientId)));
    expect(signatures).toHaveLength(1);
    expect(signatures[0]).toMatchObject({ signedOn: '2026-11-10', validUntil: null });
    expect((await page(director, `/orders/${orderId}?done=nda`)).text).toContain('署名済み（2026年11月10日(火)）');
  });
});

describe('orders: who may', () => {
  it('leaves workers, leaders and clients out', async () => {
    const { orderId } = await createOrder(test);
    for (const role of ['worker', 'leader', 'client'] as const) {
      const browser = await test.signedIn(role);
      expect((await browser.get('/orders')).status).toBe(403);
      expect((await browser.get(`/orders/${orderId}`)).status).toBe(403);
      expect((await browser.post(`/orders/${orderId}/status`, { from: 'in_progress', to: 'delivered' })).status).toBe(403);
    }
    const director = await test.signedIn('director');
    expect((await director.get('/orders/not-an-id')).status).toBe(404);
    expect((await director.get('/orders/00000000-0000-4000-8000-000000000000/terms')).status).toBe(404);
  });
});
