import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { storedFiles } from '../../files/schema';
import { visibleText } from '../../testing/html';
import { useTestApp, type TestBrowser } from '../../testing/test-app';
import { addDays, todayInJapan } from '../availability/calendar';
import { tasks } from '../breakdown/schema';
import { clientContacts } from '../clients/schema';
import { createOrder, createTasks } from '../orders/testing';
import { acceptSubmission } from '../review/accept-submission';
import { returnSubmission } from '../review/return-submission';
import { handIn } from '../review/testing';
import { taskHolds } from '../tasks/schema';

const test = useTestApp();

const page = async (browser: TestBrowser, path: string) => {
  const response = await browser.get(path);
  return { status: response.status, text: visibleText(await response.text()) };
};

/** A client account linked to the client through a contact, signed in. */
async function signedInClient(clientId: string): Promise<TestBrowser> {
  const user = await test.createUser('client');
  await test.db.insert(clientContacts).values({ clientId, name: '佐久間 一郎', userId: user.id });
  const browser = test.browser();
  await browser.signIn(user.loginId);
  return browser;
}

async function deliverable(orderId: string, submissionId: string, name: string) {
  await test.db.insert(storedFiles).values({
    orderId,
    submissionId,
    purpose: 'deliverable',
    originalName: name,
    contentType: 'text/csv',
    sizeBytes: 2048,
    sha256: 'a'.repeat(64),
  });
}

describe('client portal', () => {
  it('shows a client only its own orders, with progress, and 404 for anyone else’s', async () => {
    const today = todayInJapan();
    const mine = await createOrder(test, { title: '名刺データ入力', deliveryDate: addDays(today, 20) });
    const { taskIds } = await createTasks(test, mine.orderId, 4, { units: 50 });
    await test.db.update(tasks).set({ status: 'accepted', acceptedOn: addDays(today, -1) }).where(eq(tasks.id, taskIds[0]!));
    await createOrder(test, { clientId: mine.clientId, title: '町史資料のテキスト化', status: 'quoted' });
    await createOrder(test, { clientId: mine.clientId, title: '見送った案件', status: 'lost' });
    const theirs = await createOrder(test, { title: 'ほかの会社の受注' });

    const client = await signedInClient(mine.clientId);
    const list = await page(client, '/portal');
    expect(list.status).toBe(200);
    expect(list.text).toContain('株式会社テスト発注様からいただいたご依頼');
    expect(list.text).toContain('名刺データ入力 作業中です 50 / 200（25%）');
    expect(list.text).toContain('町史資料のテキスト化 お見積りをお送りしました （作業の前です）');
    expect(list.text).not.toContain('見送った案件');
    expect(list.text).not.toContain('ほかの会社の受注');

    const order = await page(client, `/portal/orders/${mine.orderId}`);
    expect(order.status).toBe(200);
    expect(order.text).toContain('50 / 200件（25%）');
    expect(order.text).toContain('入力');
    expect(order.text).toContain('見通し');

    expect((await client.get(`/portal/orders/${theirs.orderId}`)).status).toBe(404);
    expect((await client.get('/portal/orders/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await client.get('/portal/orders/not-an-id')).status).toBe(404);
    expect((await (await test.signedIn('director')).get('/portal')).status).toBe(403);

    const unlinked = await test.signedIn('client');
    expect((await page(unlinked, '/portal')).text).toContain('まだ会社（団体）と結びついていません');
    expect((await unlinked.get(`/portal/orders/${mine.orderId}`)).status).toBe(404);
  });

  it('shows deliverables only once accepted, and nothing about the workers', async () => {
    const { orderId, clientId } = await createOrder(test);
    const { taskIds } = await createTasks(test, orderId, 3);
    const worker = await test.createUser('worker');
    const reviewer = await test.createUser('director');
    const accepted = await handIn(test, taskIds[0]!, worker.id);
    await deliverable(orderId, accepted, 'meishi-001-050.csv');
    const waiting = await handIn(test, taskIds[1]!, worker.id);
    await deliverable(orderId, waiting, 'meishi-051-100.csv');
    const returned = await handIn(test, taskIds[2]!, worker.id);
    await deliverable(orderId, returned, 'meishi-101-150.csv');

    const client = await signedInClient(clientId);
    expect((await page(client, `/portal/orders/${orderId}`)).text).toContain('お受け取りいただける納品物は、まだありません。');

    expect((await acceptSubmission(test.db, reviewer.id, accepted)).ok).toBe(true);
    expect((await returnSubmission(test.db, reviewer.id, returned, '直してください')).ok).toBe(true);
    await test.db.insert(taskHolds).values({ taskId: taskIds[1]!, workerId: worker.id, source: 'taken', expiresAt: new Date(Date.now() + 3600_000), endedAt: new Date(), endReason: 'handed_in' });

    const response = await client.get(`/portal/orders/${orderId}`);
    const html = await response.text();
    const text = visibleText(html);
    expect(text).toContain('受け取れる納品物 1件');
    expect(text).toContain('meishi-001-050.csv 入力 1 2 KB');
    expect(html).toMatch(/href="\/files\/[0-9a-f-]{36}"/);
    expect(text).not.toContain('meishi-051-100.csv');
    expect(text).not.toContain('meishi-101-150.csv');
    expect(text).not.toContain('直してください');
    expect(text).not.toContain(worker.loginId.replace(/(\d+)$/, ' $1'));
    expect(text).not.toContain('作業している人');
  });
});
