import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { callApi } from '../../api/testing';
import { storedFiles } from '../../files/schema';
import { writeUpload } from '../../files/store-files';
import { visibleText } from '../../testing/html';
import { useTestApp } from '../../testing/test-app';
import { issueTestToken } from '../api-tokens/testing';
import { addDays, todayInJapan } from '../availability/calendar';
import { tasks } from '../breakdown/schema';
import { clientContacts } from '../clients/schema';
import { notifications } from '../notifications/schema';
import { createOrder, createTasks } from '../orders/testing';
import { orders, orderStatusChanges } from '../orders/schema';
import { acceptSubmission } from '../review/accept-submission';
import { handIn } from '../review/testing';

const test = useTestApp();

/** A deliverable handed in with a submission, its bytes in the data folder. */
async function deliverable(orderId: string, submissionId: string, name: string, bytes: Uint8Array) {
  const [file] = await test.db
    .insert(storedFiles)
    .values({ orderId, submissionId, purpose: 'deliverable', originalName: name, contentType: 'text/csv', sizeBytes: bytes.length, sha256: 'a'.repeat(64) })
    .returning({ id: storedFiles.id });
  await writeUpload(test.config.dataDir, file!.id, bytes);
  return file!.id;
}

describe('the client API: one order and its progress', () => {
  it('answers the token’s client’s own order with its progress per package, and 404 for another client’s or an unknown one', async () => {
    const today = todayInJapan();
    const mine = await createOrder(test, { title: '名刺データ入力', deliveryDate: addDays(today, 20) });
    const { taskIds } = await createTasks(test, mine.orderId, 4, { units: 50 });
    await test.db.update(tasks).set({ status: 'accepted', acceptedOn: addDays(today, -1) }).where(eq(tasks.id, taskIds[0]!));
    const lost = await createOrder(test, { clientId: mine.clientId, title: '見送った案件', status: 'lost' });
    const theirs = await createOrder(test, { title: 'ほかの会社の受注' });
    const { secret } = await issueTestToken(test, { clientId: mine.clientId, scopes: ['orders.read'] });

    const answer = await callApi(test.app, { method: 'get', template: '/orders/{orderId}', path: `/orders/${mine.orderId}`, token: secret });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id: mine.orderId, title: '名刺データ入力', status: 'in_progress', deliveryDate: addDays(today, 20), totalUnits: 200, acceptedUnits: 50, unitName: '件' });
    expect(answer.body.forecast).toMatchObject({ kind: 'projected', remainingUnits: 150, dueOn: addDays(today, 20) });
    expect(answer.body.packages).toHaveLength(1);
    expect(answer.body.packages[0]).toMatchObject({ totalUnits: 200, acceptedUnits: 50 });

    for (const path of [`/orders/${theirs.orderId}`, `/orders/${lost.orderId}`, '/orders/00000000-0000-4000-8000-000000000000', '/orders/not-an-id']) {
      const other = await callApi(test.app, { method: 'get', template: '/orders/{orderId}', path, token: secret });
      expect([path, other.status]).toEqual([path, 404]);
    }
    const noScope = await issueTestToken(test, { clientId: mine.clientId, scopes: ['deliverables.read'] });
    const refused = await callApi(test.app, { method: 'get', template: '/orders/{orderId}', path: `/orders/${mine.orderId}`, token: noScope.secret });
    expect([refused.status, refused.body.detail]).toEqual([403, 'orders.read']);
  });
});

describe('the API reference', () => {
  it('shows the client operations, and that a download sends application/octet-stream', async () => {
    const text = visibleText(await (await test.app.request('/api/docs')).text());
    for (const operation of ['POST /api/v1/inquiries', 'GET /api/v1/orders/{orderId}', 'GET /api/v1/orders/{orderId}/deliverables/{fileId}']) expect(text).toContain(operation);
    expect(text).toContain('200 application/octet-stream');
    expect(text).toContain('idempotency-key header');
  });
});

describe('the client API: accepted deliverables', () => {
  it('lists and downloads only accepted work of the client’s own orders, byte for byte', async () => {
    const { orderId, clientId } = await createOrder(test);
    const { taskIds } = await createTasks(test, orderId, 2);
    const worker = await test.createUser('worker');
    const reviewer = await test.createUser('director');
    const accepted = await handIn(test, taskIds[0]!, worker.id);
    const bytes = new TextEncoder().encode('氏名,会社\n佐久間 一郎,株式会社いなか\n');
    const acceptedFile = await deliverable(orderId, accepted, 'meishi-001-050.csv', bytes);
    const waiting = await handIn(test, taskIds[1]!, worker.id);
    const waitingFile = await deliverable(orderId, waiting, 'meishi-051-100.csv', new Uint8Array([1, 2, 3]));
    const { secret } = await issueTestToken(test, { clientId, scopes: ['deliverables.read'] });
    const list = (path: string) => callApi(test.app, { method: 'get', template: '/orders/{orderId}/deliverables', path, token: secret });
    const download = (fileId: string, order = orderId) =>
      callApi(test.app, { method: 'get', template: '/orders/{orderId}/deliverables/{fileId}', path: `/orders/${order}/deliverables/${fileId}`, token: secret });

    expect((await list(`/orders/${orderId}/deliverables`)).body).toEqual({ deliverables: [] });
    expect((await download(acceptedFile)).status).toBe(404);

    expect((await acceptSubmission(test.db, reviewer.id, accepted)).ok).toBe(true);
    const listed = await list(`/orders/${orderId}/deliverables`);
    expect(listed.status).toBe(200);
    expect(listed.body.deliverables).toEqual([
      { id: acceptedFile, name: 'meishi-001-050.csv', sizeBytes: bytes.length, contentType: 'text/csv', part: expect.any(String), acceptedOn: todayInJapan() },
    ]);
    const file = await download(acceptedFile);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/octet-stream');
    expect(file.headers.get('content-disposition')).toContain("filename*=UTF-8''meishi-001-050.csv");
    expect(Buffer.from(file.body as Uint8Array).equals(Buffer.from(bytes))).toBe(true);
    // Handed in but not accepted yet: nothing to download.
    expect((await download(waitingFile)).status).toBe(404);

    // Another client's token sees neither the list nor the file; the file under another order is not found either.
    const other = await createOrder(test, { title: 'ほかの会社の受注' });
    const stranger = await issueTestToken(test, { clientId: other.clientId, scopes: ['deliverables.read'] });
    expect((await callApi(test.app, { method: 'get', template: '/orders/{orderId}/deliverables', path: `/orders/${orderId}/deliverables`, token: stranger.secret })).status).toBe(404);
    const strangerDownload = await callApi(test.app, {
      method: 'get',
      template: '/orders/{orderId}/deliverables/{fileId}',
      path: `/orders/${orderId}/deliverables/${acceptedFile}`,
      token: stranger.secret,
    });
    expect(strangerDownload.status).toBe(404);
    const mineElsewhere = await createOrder(test, { clientId, title: '別の受注' });
    expect((await download(acceptedFile, mineElsewhere.orderId)).status).toBe(404);

    const readOnly = await issueTestToken(test, { clientId, scopes: ['orders.read'] });
    expect((await callApi(test.app, { method: 'get', template: '/orders/{orderId}/deliverables/{fileId}', path: `/orders/${orderId}/deliverables/${acceptedFile}`, token: readOnly.secret })).status).toBe(403);
  });
});

describe('the client API: sending an inquiry', () => {
  it('creates an inquiry for the client that staff see on /orders and the client sees in the portal and the API', async () => {
    const director = await test.signedInPerson('director');
    const { secret, ownerId: clientId } = await issueTestToken(test);
    const desired = addDays(todayInJapan(), 30);
    const sent = await callApi(test.app, {
      method: 'post',
      template: '/inquiries',
      token: secret,
      body: { title: '  アンケート入力（500件） ', inquiry: '紙のアンケート500件をExcelに入力してほしい。', desiredDeliveryDate: desired },
    });
    expect(sent.status).toBe(201);
    expect(sent.headers.get('location')).toBe(`/api/v1/orders/${sent.body.id}`);

    const [order] = await test.db.select().from(orders).where(eq(orders.id, sent.body.id));
    expect(order).toMatchObject({ clientId, title: 'アンケート入力(500件)', status: 'inquiry', receivedOn: todayInJapan(), deliveryDate: desired, createdBy: null });
    expect(await test.db.select({ toStatus: orderStatusChanges.toStatus }).from(orderStatusChanges).where(eq(orderStatusChanges.orderId, order!.id))).toEqual([{ toStatus: 'inquiry' }]);
    const told = await test.db.select().from(notifications).where(eq(notifications.userId, director.id));
    expect(told.map((note) => [note.messageKey, note.link])).toEqual([['notification.clientInquiry', `/orders/${order!.id}`]]);

    expect(visibleText(await (await director.browser.get('/orders')).text())).toContain('アンケート入力(500件)');
    const staffPage = await director.browser.get(`/orders/${order!.id}`);
    expect(staffPage.status).toBe(200);
    expect(visibleText(await staffPage.text())).toContain('APIで受付');
    const followed = await callApi(test.app, { method: 'get', template: '/orders/{orderId}', path: `/orders/${order!.id}`, token: secret });
    expect(followed.body).toMatchObject({ status: 'inquiry', deliveryDate: desired, totalUnits: 0, forecast: { kind: 'noData' }, packages: [] });
    expect((await callApi(test.app, { method: 'get', template: '/orders', token: secret })).body.orders.map((row: { id: string }) => row.id)).toEqual([order!.id]);

    const person = await test.createUser('client');
    await test.db.insert(clientContacts).values({ clientId, name: '佐久間 一郎', userId: person.id });
    const portal = test.browser();
    await portal.signIn(person.loginId);
    expect(visibleText(await (await portal.get('/portal')).text())).toContain('アンケート入力(500件) お問い合わせを受け付けました');
  });

  it('names each invalid field with 400, and needs orders.write', async () => {
    const { secret, ownerId: clientId } = await issueTestToken(test);
    const invalid = await callApi(test.app, {
      method: 'post',
      template: '/inquiries',
      token: secret,
      body: { title: ' ', inquiry: 'あ'.repeat(4001), desiredDeliveryDate: addDays(todayInJapan(), -1) },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((error: { name: string }) => error.name).sort()).toEqual(['body.desiredDeliveryDate', 'body.inquiry', 'body.title']);
    expect(invalid.body.errors.find((error: { name: string }) => error.name === 'body.desiredDeliveryDate').message).toBe('希望納期は今日以降の日付にしてください。');
    const badDate = await callApi(test.app, { method: 'post', template: '/inquiries', token: secret, body: { title: '入力', desiredDeliveryDate: '2026/12/01' } });
    expect([badDate.status, badDate.body.errors]).toEqual([400, [{ name: 'body.desiredDeliveryDate', message: expect.any(String) }]]);
    const minimal = await callApi(test.app, { method: 'post', template: '/inquiries', token: secret, body: { title: '名刺の入力' } });
    expect(minimal.status).toBe(201);

    const readOnly = await issueTestToken(test, { clientId, scopes: ['orders.read'] });
    const refused = await callApi(test.app, { method: 'post', template: '/inquiries', token: readOnly.secret, body: { title: '入力' } });
    expect([refused.status, refused.body.detail]).toEqual([403, 'orders.write']);
    expect(await test.db.select({ id: orders.id }).from(orders)).toHaveLength(1);
  });

  it('answers a repeated Idempotency-Key from the same client with the inquiry it made first, even when both arrive at once', async () => {
    const { secret, ownerId: clientId } = await issueTestToken(test);
    const send = (key: string, title = '名刺の入力', token = secret) =>
      callApi(test.app, { method: 'post', template: '/inquiries', token, body: { title }, headers: { 'idempotency-key': key } });
    const [first, second] = await Promise.all([send('order-2026-0001'), send('order-2026-0001')]);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.id).toBe(first.body.id);
    const again = await send('order-2026-0001', '別の題名');
    expect([again.status, again.body.id]).toEqual([201, first.body.id]);
    const other = await send('order-2026-0002');
    expect(other.body.id).not.toBe(first.body.id);
    const [note] = await test.db.select({ note: orderStatusChanges.note }).from(orderStatusChanges).where(eq(orderStatusChanges.orderId, first.body.id));
    expect(note!.note).toBe('APIで受付（Idempotency-Key: order-2026-0001）');

    // Another client's key is its own.
    const stranger = await issueTestToken(test);
    expect((await send('order-2026-0001', '名刺の入力', stranger.secret)).body.id).not.toBe(first.body.id);
    const invalid = await send('with spaces');
    expect([invalid.status, invalid.body.errors.map((error: { name: string }) => error.name)]).toEqual([400, ['header.idempotency-key']]);
    expect(await test.db.select({ id: orders.id }).from(orders).where(eq(orders.clientId, clientId))).toHaveLength(2);
  });
});
