import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { callApi } from '../../api/testing';
import type { App } from '../../app';
import { jobs, runJobs } from '../../jobs/run-jobs';
import { testEncryptionKey, useTestApp, type TestBrowser, type TestContext } from '../../testing/test-app';
import { getText } from '../../testing/page-text';
import { issueApiToken } from '../api-tokens/issue-api-token';
import { issueTestToken } from '../api-tokens/testing';
import { tasks } from '../breakdown/schema';
import { orders } from '../orders/schema';
import { createOrder, createTasks } from '../orders/testing';
import { partnerOrders, partnerOutbox, partners, subcontracts } from './schema';

// Two towns, each its own installation and database: A sub-contracts work to B.
const a = useTestApp();
const b = useTestApp();

const quiet = { info: () => undefined, error: (detail: unknown) => console.error(detail) };
const partnerJobs = jobs.filter((job) => job.name.startsWith('partners.'));
// An hour ahead: offers made through the pages are due from the real present.
const now = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 60 * 60_000);
const minutes = (count: number) => new Date(now.getTime() + count * 60_000);

type Sent = { url: string; authorization: string | null; body: Record<string, unknown> };

/** A fetch that reaches the other town's app (its `app.request`, through callApi), recording what crossed; `down` makes it fail as a dead network or a 503 would. */
function network(target: App) {
  const sent: Sent[] = [];
  let down: 'throw' | 503 | null = null;
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    if (down === 'throw') throw new TypeError('fetch failed: connect ECONNREFUSED');
    if (down === 503) return new Response('down for maintenance', { status: 503 });
    const authorization = new Headers(init?.headers).get('authorization');
    const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
    sent.push({ url, authorization, body });
    // Through callApi, so every answer the job reads is checked against the OpenAPI document.
    const answer = await callApi(target, { method: 'post', template: new URL(url).pathname.replace('/api/v1', ''), token: authorization?.replace('Bearer ', ''), body });
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), { status: answer.status, headers: answer.headers });
  }) as typeof globalThis.fetch;
  return { sent, fetch, goDown: (how: 'throw' | 503) => (down = how), comeBack: () => (down = null) };
}

const runPartnerJobs = (test: TestContext, fetch: typeof globalThis.fetch, at: Date) => runJobs(test.db, quiet, partnerJobs, at, { encryptionKey: testEncryptionKey, fetch });

/** A token `issuer` gives the town it knows as `partnerId`. */
async function partnerToken(issuer: TestContext, partnerId: string): Promise<string> {
  const admin = await issuer.createUser('admin');
  const { secret } = await issueApiToken(issuer.db, admin.id, { name: 'partner', kind: 'partner', partnerId, scopes: ['partner.exchange'], expiresOn: '2027-06-30' }, now);
  return secret;
}

async function registerOnPage(director: TestBrowser, fields: Record<string, string>): Promise<string> {
  const response = await director.post('/partners/new', { clientId: 'new', theirToken: '', ...fields });
  expect(response.status).toBe(303);
  return /^\/partners\/([0-9a-f-]{36})\?done=registered$/.exec(response.headers.get('location') ?? '')![1]!;
}

/**
 * The token exchange as two directors do it: B registers A (no token from A yet) and issues A a
 * token; A registers B with it and issues B one; B saves A's token on A's page.
 */
async function connectTowns() {
  const directorA = await a.signedIn('director');
  const directorB = await b.signedIn('director');
  const aOnB = await registerOnPage(directorB, { name: 'A町', baseUrl: 'https://a.example.jp' });
  const tokenForA = await partnerToken(b, aOnB);
  const bOnA = await registerOnPage(directorA, { name: 'B町', baseUrl: 'https://b.example.jp/', theirToken: tokenForA });
  const tokenForB = await partnerToken(a, bOnA);
  expect((await directorB.post(`/partners/${aOnB}/token`, { theirToken: tokenForB })).status).toBe(303);
  return { directorA, directorB, aOnB, bOnA, tokenForA, tokenForB, toB: network(b.app), toA: network(a.app) };
}

const offerFields = {
  title: '名刺データ入力(第2弾)',
  instructions: '名刺の画像から氏名・会社名をCSVに入力。納品はCSV1ファイル。',
  units: '40',
  unitPriceYen: '120',
  deliveryDate: '2026-12-15',
  disclosed: 'yes',
  upstreamPaymentDueOn: '2027-01-31',
};

async function offer(director: TestBrowser, partnerId: string, fields: Record<string, string> = {}) {
  const { orderId } = await createOrder(a, { status: 'in_progress' });
  const response = await director.post(`/orders/${orderId}/subcontracts/new`, { partnerId, ...offerFields, ...fields });
  expect(response.status).toBe(303);
  const [subcontract] = await a.db.select().from(subcontracts).where(eq(subcontracts.orderId, orderId));
  return { orderId, subcontract: subcontract! };
}

describe('partner towns', () => {
  it('registers a partner with its token sealed, never shown again, and the client record standing for it', async () => {
    const director = await a.signedIn('director');
    const bad = await director.post('/partners/new', { name: 'B町', baseUrl: 'http://b.example.jp', theirToken: 'secret', clientId: 'new' });
    expect(bad.status).toBe(400);
    const page = await bad.text();
    expect(page).toContain('https:// で始まるアドレスを入れてください');
    expect(page).toContain('mw_ で始まる43文字のトークン');

    const { secret } = await issueTestToken(b, { partner: true });
    const id = await registerOnPage(director, { name: 'B町', baseUrl: 'http://localhost:3001', theirToken: secret });
    const [row] = await a.db.select().from(partners).where(eq(partners.id, id));
    expect(row!.theirTokenSealed).toMatch(/^v1\./);
    expect(row!.theirTokenSealed).not.toContain(secret);
    expect(row!.clientId).not.toBeNull();
    const { text: detail } = await getText(director, `/partners/${id}`);
    expect(detail).toContain('B町');
    expect(detail).toContain('受け取り済み');
    expect(detail).not.toContain(secret);
    expect((await getText(director, '/partners')).text).toContain('http://localhost:3001');
  });

  it('offers a package to a partner; the job delivers it once as an inquiry from the sending town; status and accepted units flow back', async () => {
    const towns = await connectTowns();
    const { subcontract } = await offer(towns.directorA, towns.bOnA);
    expect(subcontract).toMatchObject({ status: 'offered', units: 40, unitPriceYen: 120, upstreamPaymentDueOn: '2027-01-31' });
    expect(subcontract.disclosedAt).not.toBeNull();
    expect(await a.db.select().from(partnerOutbox)).toMatchObject([{ kind: 'offer', sentAt: null }]);

    await runPartnerJobs(a, towns.toB.fetch, now);
    // What crossed: the work and its totals, to B's partner API with B's token for us; nothing about any person.
    expect(towns.toB.sent).toHaveLength(1);
    expect(towns.toB.sent[0]!.url).toBe('https://b.example.jp/api/v1/partner/offers');
    expect(towns.toB.sent[0]!.authorization).toBe(`Bearer ${towns.tokenForA}`);
    expect(Object.keys(towns.toB.sent[0]!.body).sort()).toEqual(['deliveryDate', 'instructions', 'reference', 'title', 'unitPriceYen', 'units', 'upstreamPaymentDueOn']);

    const [received] = await b.db.select().from(partnerOrders);
    expect(received).toMatchObject({ partnerId: towns.aOnB, reference: subcontract.id, upstreamPaymentDueOn: '2027-01-31' });
    const [order] = await b.db.select().from(orders).where(eq(orders.id, received!.orderId));
    const [aAsPartner] = await b.db.select().from(partners).where(eq(partners.id, towns.aOnB));
    expect(order).toMatchObject({ status: 'inquiry', clientId: aAsPartner!.clientId, title: offerFields.title, deliveryDate: '2026-12-15', subcontractingDisclosed: true });
    const [sentA] = await a.db.select().from(subcontracts);
    expect(sentA!.remoteOrderId).toBe(order!.id);

    // Running again sends nothing; the same offer delivered again finds the same order.
    await runPartnerJobs(a, towns.toB.fetch, minutes(1));
    expect(towns.toB.sent).toHaveLength(1);
    const again = await callApi(b.app, { method: 'post', template: '/partner/offers', token: towns.tokenForA, body: towns.toB.sent[0]!.body });
    expect(again).toMatchObject({ status: 200, body: { orderId: order!.id } });
    expect(await b.db.select().from(orders)).toHaveLength(1);

    // B takes the work on, and accepts one of its two tasks in review: A hears of it.
    await b.db.update(orders).set({ status: 'in_progress' }).where(eq(orders.id, order!.id));
    const { taskIds } = await createTasks(b, order!.id, 2, { units: 20 });
    await b.db.update(tasks).set({ status: 'accepted', acceptedOn: '2026-12-01' }).where(eq(tasks.id, taskIds[0]!));
    await runPartnerJobs(b, towns.toA.fetch, minutes(2));
    expect(towns.toA.sent).toHaveLength(1);
    expect(towns.toA.sent[0]!.url).toBe('https://a.example.jp/api/v1/partner/status');
    expect(Object.keys(towns.toA.sent[0]!.body).sort()).toEqual(['acceptedUnits', 'orderId', 'reference', 'status']);
    const [updated] = await a.db.select().from(subcontracts);
    expect(updated).toMatchObject({ status: 'in_progress', acceptedUnits: 20 });
    expect((await getText(towns.directorA, `/partners/${towns.bOnA}`)).text).toContain('作業中');

    // Nothing changed since: no second report.
    await runPartnerJobs(b, towns.toA.fetch, minutes(3));
    expect(towns.toA.sent).toHaveLength(1);
  });

  it('keeps an offer while the partner is down, retrying later with growing waits, and delivers it when it is back', async () => {
    const towns = await connectTowns();
    await offer(towns.directorA, towns.bOnA, { disclosed: '', upstreamPaymentDueOn: '' });
    towns.toB.goDown('throw');
    await runPartnerJobs(a, towns.toB.fetch, now);
    let [row] = await a.db.select().from(partnerOutbox);
    expect(row).toMatchObject({ sentAt: null, attempts: 1, nextAttemptAt: minutes(1) });
    expect(row!.lastError).toContain('ECONNREFUSED');
    expect(row!.lastError).not.toContain(towns.tokenForA);

    // Not yet due: left alone.
    await runPartnerJobs(a, towns.toB.fetch, new Date(now.getTime() + 30_000));
    [row] = await a.db.select().from(partnerOutbox);
    expect(row!.attempts).toBe(1);

    towns.toB.goDown(503);
    await runPartnerJobs(a, towns.toB.fetch, minutes(1));
    [row] = await a.db.select().from(partnerOutbox);
    expect(row).toMatchObject({ sentAt: null, attempts: 2, lastError: 'HTTP 503', nextAttemptAt: minutes(6) });

    towns.toB.comeBack();
    await runPartnerJobs(a, towns.toB.fetch, minutes(6));
    [row] = await a.db.select().from(partnerOutbox);
    expect(row).toMatchObject({ sentAt: minutes(6), attempts: 3, lastError: null });
    expect(await b.db.select().from(partnerOrders)).toHaveLength(1);
    const [order] = await b.db.select().from(orders);
    expect(order!.subcontractingDisclosed).toBe(false);
  });

  it('holds messages to a partner until we have its token, then sends them in the order they were written', async () => {
    const director = await a.signedIn('director');
    const bOnA = await registerOnPage(director, { name: 'B町', baseUrl: 'https://b.example.jp' });
    const aOnB = await registerOnPage(await b.signedIn('director'), { name: 'A町', baseUrl: 'https://a.example.jp' });
    const first = await offer(director, bOnA, { title: '一つ目' });
    const second = await offer(director, bOnA, { title: '二つ目' });
    const toB = network(b.app);
    await runPartnerJobs(a, toB.fetch, now);
    expect(toB.sent).toHaveLength(0);
    expect(await a.db.select().from(partnerOutbox)).toMatchObject([{ attempts: 0 }, { attempts: 0 }]);

    expect((await director.post(`/partners/${bOnA}/token`, { theirToken: 'not a token' })).status).toBe(400);
    expect((await director.post(`/partners/${bOnA}/token`, { theirToken: await partnerToken(b, aOnB) })).status).toBe(303);
    await runPartnerJobs(a, toB.fetch, now);
    expect(toB.sent.map((message) => message.body.reference)).toEqual([first.subcontract.id, second.subcontract.id]);
  });

  it('sends one delivery when two processes run the job at once', async () => {
    const towns = await connectTowns();
    await offer(towns.directorA, towns.bOnA);
    await Promise.all([runPartnerJobs(a, towns.toB.fetch, now), runPartnerJobs(a, towns.toB.fetch, now)]);
    expect(towns.toB.sent).toHaveLength(1);
  });

  it('refuses a token without partner.exchange, one of an ended partner, and reports on work not offered to the caller', async () => {
    const towns = await connectTowns();
    const { subcontract } = await offer(towns.directorA, towns.bOnA);
    const body = { reference: subcontract.id, title: 'x', instructions: '', units: 1, unitPriceYen: 0, deliveryDate: '2026-12-01', upstreamPaymentDueOn: null };
    const client = await issueTestToken(b);
    expect((await callApi(b.app, { method: 'post', template: '/partner/offers', token: client.secret, body })).status).toBe(403);

    const report = { reference: subcontract.id, orderId: subcontract.id, status: 'accepted', acceptedUnits: 1 };
    const stranger = await issueTestToken(a, { partner: true });
    expect((await callApi(a.app, { method: 'post', template: '/partner/status', token: stranger.secret, body: report })).status).toBe(404);
    expect((await callApi(a.app, { method: 'post', template: '/partner/status', token: towns.tokenForB, body: { ...report, acceptedUnits: 41 } })).status).toBe(400);
    expect((await callApi(a.app, { method: 'post', template: '/partner/status', token: towns.tokenForB, body: report })).status).toBe(204);

    expect((await towns.directorB.post(`/partners/${towns.aOnB}/end`)).status).toBe(303);
    expect((await callApi(b.app, { method: 'post', template: '/partner/offers', token: towns.tokenForA, body })).status).toBe(401);
    // Nothing more goes to an ended partner either.
    await towns.directorA.post(`/partners/${towns.bOnA}/end`);
    await runPartnerJobs(a, towns.toB.fetch, now);
    expect(towns.toB.sent).toHaveLength(0);
    expect(await a.db.select().from(partnerOutbox).where(and(eq(partnerOutbox.kind, 'offer')))).toMatchObject([{ sentAt: null }]);
  });

  it('holds the disclosure to both or neither, next to the field, and keeps personal data out by saying so', async () => {
    const towns = await connectTowns();
    const { orderId } = await createOrder(a, { status: 'in_progress' });
    const { text: form } = await getText(towns.directorA, `/orders/${orderId}/subcontracts/new`);
    expect(form).toContain('個人情報は書かないでください');
    const missingDate = await towns.directorA.post(`/orders/${orderId}/subcontracts/new`, { partnerId: towns.bOnA, ...offerFields, upstreamPaymentDueOn: '' });
    expect(missingDate.status).toBe(400);
    expect(await missingDate.text()).toContain('元の発注者からの支払期日を入れてください');
    const missingTick = await towns.directorA.post(`/orders/${orderId}/subcontracts/new`, { partnerId: towns.bOnA, ...offerFields, disclosed: '' });
    expect(missingTick.status).toBe(400);
    expect(await a.db.select().from(subcontracts)).toHaveLength(0);
    // An order not yet taken on cannot be passed on.
    const { orderId: inquiry } = await createOrder(a, { status: 'inquiry' });
    expect((await towns.directorA.get(`/orders/${inquiry}/subcontracts/new`)).status).toBe(404);
  });
});
