import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { sha256 } from '../../auth/tokens';
import { readConfig } from '../../config';
import { fieldErrorOn, linksOn, visibleText } from '../../testing/html';
import { getText, postText } from '../../testing/page-text';
import { useTestApp, type TestBrowser } from '../../testing/test-app';
import { addDays, todayInJapan } from '../availability/calendar';
import { clients } from '../clients/schema';
import { partners } from '../partners/schema';
import { authenticateApiToken } from './authenticate-api-token';
import { apiRequestsPerMinute, countApiRequest, pruneApiRequestCounts } from './count-api-request';
import { ApiTokenInputError, issueApiToken } from './issue-api-token';
import { revokeApiToken } from './revoke-api-token';
import { apiRequestCounts, apiTokens } from './schema';
import { issueTestToken } from './testing';

const test = useTestApp();

const today = todayInJapan();

/** Sends the issue form as a browser does, with several `scopes` boxes ticked. */
async function sendIssueForm(browser: TestBrowser, fields: Record<string, string>, scopes: string[]) {
  if (!browser.cookies.has('mw_csrf')) await browser.get('/healthz');
  const body = new URLSearchParams({ ...fields, _csrf: browser.cookies.get('mw_csrf') ?? '' });
  for (const scope of scopes) body.append('scopes', scope);
  const response = await browser.request('/settings/api-tokens/new', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  return { status: response.status, headers: response.headers, html: await response.text() };
}

async function activeClient(name = '立科町') {
  const [client] = await test.db.insert(clients).values({ name, status: 'active' }).returning({ id: clients.id });
  return client!.id;
}

describe('the API tokens pages', () => {
  it('issues a client token, shows the secret once and never stores it, lists it and revokes it', async () => {
    const admin = await test.signedInPerson('admin');
    const clientId = await activeClient();
    const empty = await getText(admin.browser, '/settings/api-tokens');
    expect(empty.text).toContain('発行したトークンはまだありません。');
    const form = await getText(admin.browser, '/settings/api-tokens/new');
    expect(form.text).toContain('連携先の自治体はまだ登録されていません。');
    expect(form.text).toContain('立科町');

    const issued = await sendIssueForm(admin.browser, { name: '立科町 受発注システム', kind: 'client', clientId, expiresOn: addDays(today, 90) }, ['orders.read', 'deliverables.read']);
    expect(issued.status).toBe(200);
    expect(issued.headers.get('cache-control')).toBe('no-store');
    const secret = /mw_[A-Za-z0-9_-]{40}/.exec(issued.html)?.[0];
    expect(secret).toBeDefined();
    expect(visibleText(issued.html)).toContain('いま、このトークンをコピーしてください。表示されるのはこの一度だけです。');

    const [row] = await test.db.select().from(apiTokens);
    expect(row).toMatchObject({ name: '立科町 受発注システム', kind: 'client', clientId, tokenHash: sha256(secret!), prefix: secret!.slice(0, 11), scopes: ['orders.read', 'deliverables.read'], createdBy: admin.id });
    expect(JSON.stringify(row)).not.toContain(secret!.slice(11));
    const audits = await test.db.select().from(auditLog).where(eq(auditLog.action, 'apiToken.issue'));
    expect(audits).toHaveLength(1);
    expect(JSON.stringify(audits)).not.toContain(secret!.slice(11));

    const list = await admin.browser.get('/settings/api-tokens');
    const html = await list.text();
    expect(html).not.toContain(secret!);
    const text = visibleText(html);
    expect(text).toContain('立科町 受発注システム');
    expect(text).toContain('発注者: 立科町');
    expect(text).toContain('依頼と進み具合を見る、受け入れた納品物を受け取る');
    expect(text).toContain(`${secret!.slice(0, 11)}…`);
    expect(text).toContain('まだ使われていません');
    expect(text).toContain('使えます');
    expect(linksOn(html).map((link) => link.href)).toContain(`/settings/api-tokens/${row!.id}/revoke`);

    const confirm = await getText(admin.browser, `/settings/api-tokens/${row!.id}/revoke`);
    expect(confirm.text).toContain('元に戻すことはできません。');
    const revoked = await postText(admin.browser, `/settings/api-tokens/${row!.id}/revoke`);
    expect(revoked.status).toBe(303);
    expect(revoked.location).toBe('/settings/api-tokens?done=revoked');
    const after = await getText(admin.browser, revoked.location!);
    expect(after.text).toContain('トークンを取り消しました。');
    expect(after.text).toContain('取り消し済み');
    expect((await postText(admin.browser, `/settings/api-tokens/${row!.id}/revoke`)).status).toBe(404);
    expect((await getText(admin.browser, `/settings/api-tokens/${row!.id}/revoke`)).status).toBe(404);
    expect(await authenticateApiToken(test.db, `Bearer ${secret}`)).toEqual({ ok: false, reason: 'revoked' });
    expect(await test.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.action, 'apiToken.revoke'))).toHaveLength(1);
  });

  it('shows each problem next to its field with a 400, and issues nothing', async () => {
    const admin = await test.signedIn('admin');
    const clientId = await activeClient();
    const [prospect] = await test.db.insert(clients).values({ name: '見込み株式会社', status: 'prospect' }).returning({ id: clients.id });

    const blank = await sendIssueForm(admin, { name: ' ', kind: '', expiresOn: '' }, []);
    expect(blank.status).toBe(400);
    expect(fieldErrorOn(blank.html, 'name')).toBe('入力してください。');
    expect(fieldErrorOn(blank.html, 'kind')).toBe('発注者か連携先の自治体かを選んでください。');
    expect(fieldErrorOn(blank.html, 'expiresOn')).toBe('入力してください。');

    const cases: [Record<string, string>, string[], string, string][] = [
      [{ clientId, expiresOn: addDays(today, 30) }, [], 'scopes', 'できることを1つ以上選んでください。'],
      [{ clientId, expiresOn: addDays(today, 30) }, ['orders.read', 'partner.exchange'], 'scopes', '発注者のトークンには「再委託の仕事をやりとりする」は選べません。'],
      [{ clientId, expiresOn: today }, ['orders.read'], 'expiresOn', '明日以降の日付にしてください。'],
      [{ clientId, expiresOn: addDays(today, 366) }, ['orders.read'], 'expiresOn', '1年後までの日付にしてください。'],
      [{ clientId, expiresOn: 'いつか' }, ['orders.read'], 'expiresOn', '日付を 2027-03-31 のように入力してください。'],
      [{ clientId: prospect!.id, expiresOn: addDays(today, 30) }, ['orders.read'], 'clientId', '取引中の発注者を選んでください。'],
      [{ clientId: 'not-an-id', expiresOn: addDays(today, 30) }, ['orders.read'], 'clientId', '取引中の発注者を選んでください。'],
      [{ kind: 'partner', expiresOn: addDays(today, 30) }, ['partner.exchange'], 'partnerId', '連携先の自治体を選んでください。'],
      [{ clientId, expiresOn: addDays(today, 30) }, ['orders.read', 'everything'], 'scopes', '入力内容が正しくありません。'],
    ];
    for (const [fields, scopes, field, message] of cases) {
      const sent = await sendIssueForm(admin, { name: '試し', kind: 'client', ...fields }, scopes);
      expect(sent.status, `${field}: ${message}`).toBe(400);
      expect(fieldErrorOn(sent.html, field) ?? visibleText(sent.html)).toBe(message);
      // What was ticked stays ticked.
      for (const scope of scopes.filter((scope) => scope !== 'everything')) expect(sent.html).toMatch(new RegExp(`value="${scope.replace('.', '\\.')}" checked`));
    }
    expect(await test.db.select().from(apiTokens)).toHaveLength(0);
  });

  it('issues a partner token for a partner town and refuses client scopes on it', async () => {
    const admin = await test.signedIn('admin');
    const [partner] = await test.db.insert(partners).values({ name: '御代田町', baseUrl: 'https://miyota.example.jp' }).returning({ id: partners.id });
    const form = await getText(admin, '/settings/api-tokens/new');
    expect(form.text).toContain('御代田町');
    const wrong = await sendIssueForm(admin, { name: '御代田町', kind: 'partner', partnerId: partner!.id, expiresOn: addDays(today, 30) }, ['orders.read']);
    expect(fieldErrorOn(wrong.html, 'scopes')).toBe('連携先のトークンに選べるのは「再委託の仕事をやりとりする」だけです。');
    const issued = await sendIssueForm(admin, { name: '御代田町', kind: 'partner', partnerId: partner!.id, expiresOn: addDays(today, 30) }, ['partner.exchange']);
    expect(issued.status).toBe(200);
    expect(await test.db.select({ kind: apiTokens.kind, partnerId: apiTokens.partnerId, scopes: apiTokens.scopes }).from(apiTokens)).toEqual([
      { kind: 'partner', partnerId: partner!.id, scopes: ['partner.exchange'] },
    ]);
    expect((await getText(admin, '/settings/api-tokens')).text).toContain('連携先: 御代田町');
  });
});

describe('authenticating a bearer token', () => {
  it('accepts the secret with its scopes and refuses a missing, malformed or unknown one', async () => {
    const token = await issueTestToken(test, { scopes: ['orders.read', 'orders.write'] });
    expect(await authenticateApiToken(test.db, token.authorization)).toEqual({
      ok: true,
      token: { id: token.id, kind: 'client', clientId: token.ownerId, partnerId: null, scopes: ['orders.read', 'orders.write'] },
    });
    expect(await authenticateApiToken(test.db, `bearer ${token.secret}`)).toMatchObject({ ok: true });
    expect(await authenticateApiToken(test.db, undefined)).toEqual({ ok: false, reason: 'missing' });
    expect(await authenticateApiToken(test.db, '  ')).toEqual({ ok: false, reason: 'missing' });
    for (const header of [token.secret, `Basic ${token.secret}`, `Bearer ${token.secret}x`, `Bearer mw_${'A'.repeat(40)}`, 'Bearer ', `Bearer  ${token.secret}`]) {
      expect(await authenticateApiToken(test.db, header), header).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('refuses a token past its expiry, revoked, of an ended partner town or of a client no longer active', async () => {
    const client = await issueTestToken(test);
    const [row] = await test.db.select({ expiresAt: apiTokens.expiresAt }).from(apiTokens).where(eq(apiTokens.id, client.id));
    // The token works through its last day (Japan time) and stops at the midnight after.
    expect(row!.expiresAt).toEqual(new Date(`${addDays(today, 31)}T00:00:00+09:00`));
    expect(await authenticateApiToken(test.db, client.authorization, new Date(row!.expiresAt.getTime() - 1))).toMatchObject({ ok: true });
    expect(await authenticateApiToken(test.db, client.authorization, row!.expiresAt)).toEqual({ ok: false, reason: 'expired' });

    await test.db.update(clients).set({ status: 'inactive' }).where(eq(clients.id, client.ownerId));
    expect(await authenticateApiToken(test.db, client.authorization)).toEqual({ ok: false, reason: 'revoked' });

    const partner = await issueTestToken(test, { partner: true });
    expect(await authenticateApiToken(test.db, partner.authorization)).toMatchObject({ ok: true, token: { kind: 'partner', partnerId: partner.ownerId, clientId: null, scopes: ['partner.exchange'] } });
    await test.db.update(partners).set({ endedAt: new Date() }).where(eq(partners.id, partner.ownerId));
    expect(await authenticateApiToken(test.db, partner.authorization)).toEqual({ ok: false, reason: 'revoked' });

    const other = await issueTestToken(test);
    const admin = await test.createUser('admin');
    expect(await revokeApiToken(test.db, admin.id, other.id)).toBe(true);
    expect(await revokeApiToken(test.db, admin.id, other.id)).toBe(false);
    expect(await authenticateApiToken(test.db, other.authorization)).toEqual({ ok: false, reason: 'revoked' });
  });

  it('notes when a token was last used, at most once a minute', async () => {
    const token = await issueTestToken(test);
    const lastUsed = async () => (await test.db.select({ at: apiTokens.lastUsedAt }).from(apiTokens).where(eq(apiTokens.id, token.id)))[0]!.at;
    const first = new Date('2026-11-25T10:00:00Z');
    await authenticateApiToken(test.db, token.authorization, first);
    expect(await lastUsed()).toEqual(first);
    await authenticateApiToken(test.db, token.authorization, new Date(first.getTime() + 30_000));
    expect(await lastUsed()).toEqual(first);
    const later = new Date(first.getTime() + 61_000);
    await authenticateApiToken(test.db, token.authorization, later);
    expect(await lastUsed()).toEqual(later);
  });

  it('keeps each kind to its scopes and the expiry within a year when issued directly', async () => {
    const admin = await test.createUser('admin');
    const clientId = await activeClient();
    const [partner] = await test.db.insert(partners).values({ name: '御代田町', baseUrl: 'https://miyota.example.jp' }).returning({ id: partners.id });
    const expiresOn = addDays(today, 10);
    await expect(issueApiToken(test.db, admin.id, { name: 'x', kind: 'client', clientId, scopes: ['partner.exchange'], expiresOn })).rejects.toThrow(ApiTokenInputError);
    await expect(issueApiToken(test.db, admin.id, { name: 'x', kind: 'partner', partnerId: partner!.id, scopes: ['orders.read'], expiresOn })).rejects.toThrow(ApiTokenInputError);
    await expect(issueApiToken(test.db, admin.id, { name: 'x', kind: 'client', clientId, scopes: ['orders.read'], expiresOn: addDays(today, 366) })).rejects.toThrow(/expiresOn/);
    await expect(issueApiToken(test.db, admin.id, { name: 'x', kind: 'partner', clientId, scopes: ['partner.exchange'], expiresOn })).rejects.toThrow(/partnerId/);
    const issued = await issueApiToken(test.db, admin.id, { name: 'x', kind: 'client', clientId, scopes: ['orders.read', 'orders.write', 'deliverables.read'], expiresOn: addDays(today, 365) });
    expect(issued.secret).toMatch(/^mw_[A-Za-z0-9_-]{40}$/);
    expect(await test.db.select().from(apiTokens)).toHaveLength(1);
  });
});

describe('the rate limit', () => {
  it('refuses the request after the limit in a minute with the seconds to wait, and allows again the next minute', async () => {
    const token = await issueTestToken(test);
    const minute = new Date('2026-11-25T10:15:00Z');
    expect(apiRequestsPerMinute).toBe(120);
    for (let request = 1; request <= apiRequestsPerMinute; request++) {
      const counted = await countApiRequest(test.db, token.id, new Date(minute.getTime() + 1000));
      expect(counted).toEqual({ ok: true, remaining: apiRequestsPerMinute - request });
    }
    expect(await countApiRequest(test.db, token.id, new Date(minute.getTime() + 45_500))).toEqual({ ok: false, retryAfterSeconds: 15 });
    expect(await countApiRequest(test.db, token.id, new Date(minute.getTime() + 60_000))).toEqual({ ok: true, remaining: 119 });
    expect(await countApiRequest(test.db, token.id, new Date(minute.getTime() + 61_000), 2)).toEqual({ ok: true, remaining: 0 });
    expect(await countApiRequest(test.db, token.id, new Date(minute.getTime() + 62_000), 2)).toEqual({ ok: false, retryAfterSeconds: 58 });
  });

  it('counts requests made at the same moment together, and the job forgets old minutes', async () => {
    const token = await issueTestToken(test);
    const now = new Date('2026-11-25T10:15:30Z');
    const results = await Promise.all(Array.from({ length: 30 }, () => countApiRequest(test.db, token.id, now)));
    expect(results.map((result) => (result.ok ? result.remaining : -1)).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, index) => 90 + index));
    expect(await test.db.select({ requests: apiRequestCounts.requests }).from(apiRequestCounts)).toEqual([{ requests: 30 }]);

    await countApiRequest(test.db, token.id, new Date(now.getTime() + 2 * 60 * 60_000));
    expect(await pruneApiRequestCounts(test.db, new Date(now.getTime() + 2 * 60 * 60_000))).toBe(1);
    expect(await test.db.select({ total: sql<number>`count(*)::int` }).from(apiRequestCounts)).toEqual([{ total: 1 }]);
  });
});

describe('the configured limit', () => {
  it('reads API_REQUESTS_PER_MINUTE, 120 when unset, and refuses a value that is not a whole number above zero', () => {
    expect(readConfig({}).apiRequestsPerMinute).toBe(120);
    expect(readConfig({ API_REQUESTS_PER_MINUTE: '30' }).apiRequestsPerMinute).toBe(30);
    expect(() => readConfig({ API_REQUESTS_PER_MINUTE: '0' })).toThrow(/API_REQUESTS_PER_MINUTE: must be at least 1/);
    expect(() => readConfig({ API_REQUESTS_PER_MINUTE: 'many' })).toThrow(/API_REQUESTS_PER_MINUTE: must be a whole number/);
  });
});
