import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../testing/html';
import { useTestApp } from '../testing/test-app';
import { addDays, todayInJapan } from '../features/availability/calendar';
import { issueApiToken } from '../features/api-tokens/issue-api-token';
import { revokeApiToken } from '../features/api-tokens/revoke-api-token';
import { apiRequestsPerMinute } from '../features/api-tokens/count-api-request';
import { apiTokens, type ApiScope } from '../features/api-tokens/schema';
import { clients } from '../features/clients/schema';
import { orders } from '../features/orders/schema';
import { openApiDocument } from './routes';
import { callApi } from './testing';

const test = useTestApp();

async function clientWithOrders(name: string, titles: string[]) {
  const [client] = await test.db.insert(clients).values({ name, status: 'active' }).returning({ id: clients.id });
  for (const [index, title] of titles.entries()) {
    await test.db.insert(orders).values({ clientId: client!.id, title, status: index === 0 ? 'in_progress' : 'inquiry', receivedOn: `2026-0${index + 1}-01` });
  }
  return client!.id;
}

async function tokenFor(clientId: string, scopes: ApiScope[] = ['orders.read']) {
  const admin = await test.createUser('admin');
  return issueApiToken(test.db, admin.id, { name: 'テスト連携', kind: 'client', clientId, scopes, expiresOn: addDays(todayInJapan(), 30) });
}

describe('the API document and reference', () => {
  it('serves the OpenAPI 3.1 document the router is built from, and a readable reference', async () => {
    const response = await test.app.request('/api/v1/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as typeof openApiDocument;
    expect(document).toEqual(JSON.parse(JSON.stringify(openApiDocument)));
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/orders');
    const reference = await test.app.request('/api/docs');
    expect(reference.status).toBe(200);
    const text = visibleText(await reference.text());
    expect(text).toContain('APIリファレンス');
    expect(text).toContain('GET /api/v1/orders');
    expect(text).toContain('必要なスコープ: orders.read');
  });
});

describe('the API with a client token', () => {
  it('lists only the token’s client’s orders, as the portal does', async () => {
    const mine = await clientWithOrders('株式会社いなか', ['アンケート入力', 'お問い合わせ中の件']);
    await clientWithOrders('株式会社よそ', ['よその仕事']);
    const { secret } = await tokenFor(mine);
    const answer = await callApi(test.app, { method: 'get', template: '/orders', token: secret });
    expect(answer.status).toBe(200);
    expect(answer.body.orders.map((order: { title: string; status: string }) => [order.title, order.status])).toEqual([
      ['お問い合わせ中の件', 'inquiry'],
      ['アンケート入力', 'in_progress'],
    ]);
    expect(Number(answer.headers.get('x-ratelimit-remaining'))).toBe(apiRequestsPerMinute - 1);
  });

  it('refuses a missing, wrong, revoked or expired token with 401, and a token without the scope with 403, in the language asked for', async () => {
    const mine = await clientWithOrders('株式会社いなか', ['アンケート入力']);
    const missing = await callApi(test.app, { method: 'get', template: '/orders' });
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect(missing.body.title).toBe('APIトークンがありません。Authorization: Bearer に付けてください。');
    const english = await callApi(test.app, { method: 'get', template: '/orders', token: 'mw_not-a-token', headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect([english.status, english.body.title]).toEqual([401, 'The API token is not valid.']);

    const revoked = await tokenFor(mine);
    const admin = await test.createUser('admin');
    expect(await revokeApiToken(test.db, admin.id, revoked.id)).toBe(true);
    expect((await callApi(test.app, { method: 'get', template: '/orders', token: revoked.secret })).body.title).toBe('APIトークンは取り消されています。');

    const expired = await tokenFor(mine);
    await test.db.update(apiTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiTokens.id, expired.id));
    const expiredAnswer = await callApi(test.app, { method: 'get', template: '/orders', token: expired.secret });
    expect([expiredAnswer.status, expiredAnswer.body.title]).toEqual([401, 'APIトークンの期限が切れています。']);

    const deliverablesOnly = await tokenFor(mine, ['deliverables.read']);
    const forbidden = await callApi(test.app, { method: 'get', template: '/orders', token: deliverablesOnly.secret });
    expect([forbidden.status, forbidden.body.detail]).toEqual([403, 'orders.read']);
  });

  it('answers paths it does not have with a problem, not a page', async () => {
    const response = await test.app.request('/api/v1/nothing-here');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(((await response.json()) as { title: string }).title).toBe('見つかりません。');
  });
});
