import { expect, it } from 'vitest';
import { useTestApp } from '../testing/test-app';
import { addDays, todayInJapan } from '../features/availability/calendar';
import { issueApiToken } from '../features/api-tokens/issue-api-token';
import { clients } from '../features/clients/schema';
import { callApi } from './testing';

// A small limit, set as an operator would (API_REQUESTS_PER_MINUTE), so the test reaches it quickly.
const test = useTestApp({ API_REQUESTS_PER_MINUTE: '3' });

it('answers 429 with Retry-After once a token has made its requests this minute', async () => {
  const [client] = await test.db.insert(clients).values({ name: '株式会社いなか', status: 'active' }).returning({ id: clients.id });
  const admin = await test.createUser('admin');
  const { secret } = await issueApiToken(test.db, admin.id, { name: '連携', kind: 'client', clientId: client!.id, scopes: ['orders.read'], expiresOn: addDays(todayInJapan(), 30) });
  // Requests are counted per clock minute: start well inside one.
  if (Date.now() % 60_000 > 55_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - (Date.now() % 60_000) + 100));
  const remaining = [];
  for (let index = 0; index < 3; index++) {
    const answer = await callApi(test.app, { method: 'get', template: '/orders', token: secret });
    expect(answer.status).toBe(200);
    remaining.push(answer.headers.get('x-ratelimit-remaining'));
  }
  expect(remaining).toEqual(['2', '1', '0']);
  const limited = await callApi(test.app, { method: 'get', template: '/orders', token: secret });
  expect(limited.status).toBe(429);
  expect(limited.body.title).toBe('1分あたりのリクエストが多すぎます。少し待ってから送ってください。');
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
});
