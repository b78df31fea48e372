import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../testing/html';
import { testPassword, useTestApp } from '../testing/test-app';

const test = useTestApp();

describe('every page', () => {
  it('is Japanese by default, with a skip link, landmarks and exactly one h1', async () => {
    const html = await (await test.browser().get('/sign-in')).text();
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="ja">');
    expect(html).toMatch(/<a class="skip-link" href="#main">本文へ移動<\/a>/);
    expect(html).toContain('<header');
    expect(html).toMatch(/<main id="main"/);
    expect(html).toContain('<footer');
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain('name="viewport" content="width=device-width, initial-scale=1"');
  });

  it('has no inline script or style, and a CSP that forbids them', async () => {
    const response = await test.browser().get('/sign-in');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    const html = await response.text();
    expect(html).not.toMatch(/<script/);
    expect(html).not.toMatch(/ style="/);
    expect(html).not.toMatch(/<style/);
  });

  it('carries a request id in the response, for support and the logs', async () => {
    const response = await test.browser().get('/sign-in');
    expect(response.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
  });

  it('serves the design tokens and the stylesheet', async () => {
    const tokens = await test.browser().get('/static/tokens.css');
    expect(tokens.headers.get('content-type')).toContain('text/css');
    expect(await tokens.text()).toContain('--color-primitive-blue-900');
    expect(await (await test.browser().get('/static/app.css')).text()).toContain(':focus-visible');
    expect((await test.browser().get('/static/missing.css')).status).toBe(404);
  });
});

describe('friendly error pages', () => {
  it('answers an unknown address with a 404 page that leads home', async () => {
    const response = await test.browser().get('/no/such/page');
    expect(response.status).toBe(404);
    const text = visibleText(await response.text());
    expect(text).toContain('ページが見つかりません');
    expect(text).toContain('ホームに戻る');
  });

  it('answers a page the role may not open with a 403 page', async () => {
    const worker = await test.signedIn('worker');
    const response = await worker.get('/accounts');
    expect(response.status).toBe(403);
    expect(visibleText(await response.text())).toContain('このページを見る権限がありません');
  });

  it('answers a failure with a 500 page that gives the request id, and logs the error', async () => {
    const logged: unknown[] = [];
    const { createApp } = await import('../app');
    const { createLogger } = await import('../logger');
    const logger = createLogger('silent');
    logger.error = ((...args: unknown[]) => void logged.push(args)) as typeof logger.error;
    const app = createApp({ ...test.deps, logger });
    const broken = new Hono();
    const { allow } = await import('../auth/middleware');
    broken.get('/broken', allow('public'), () => {
      throw new Error('database on fire');
    });
    app.route('/', broken);
    const response = await app.request('/broken');
    expect(response.status).toBe(500);
    const text = visibleText(await response.text());
    expect(text).toContain('エラーが発生しました');
    expect(text).toContain(response.headers.get('x-request-id') ?? 'missing');
    expect(text).not.toContain('database on fire');
    expect(logged).toHaveLength(1);
  });
});

describe('CSRF protection', () => {
  it('refuses a form without the token, and one from another site', async () => {
    await test.createUser('worker', 'hanako');
    const browser = test.browser();
    const withoutToken = await browser.post('/sign-in', { loginId: 'hanako', password: 'x' }, { csrf: false });
    expect(withoutToken.status).toBe(403);
    expect(visibleText(await withoutToken.text())).toContain('もう一度お試しください');

    const foreign = await browser.request('/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: new URLSearchParams({ loginId: 'hanako', password: 'x', _csrf: browser.cookies.get('mw_csrf') ?? '' }),
    });
    expect(foreign.status).toBe(403);
  });

  it('accepts a form whose Origin is this host, also over https ended by a proxy', async () => {
    await test.createUser('worker', 'hanako');
    const browser = test.browser();
    await browser.get('/sign-in');
    const proxied = await browser.request('http://machiwork.example.jp/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://machiwork.example.jp', host: 'machiwork.example.jp' },
      body: new URLSearchParams({ loginId: 'hanako', password: testPassword, _csrf: browser.cookies.get('mw_csrf') ?? '' }),
    });
    expect(proxied.status).toBe(303);
  });

  it('puts the token in every form on the page', async () => {
    const browser = test.browser();
    const html = await (await browser.get('/sign-in')).text();
    const token = browser.cookies.get('mw_csrf');
    const forms = html.match(/<form /g) ?? [];
    const tokens = html.match(new RegExp(`name="_csrf" value="${token}"`, 'g')) ?? [];
    expect(forms.length).toBeGreaterThan(1);
    expect(tokens).toHaveLength(forms.length);
  });
});

describe('health', () => {
  it('reports the database as reachable', async () => {
    const response = await test.browser().get('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  });
});

describe('language', () => {
  it('switches to English, remembers it, and keeps it on the account across devices', async () => {
    const user = await test.createUser('worker', 'hanako');
    const laptop = test.browser();
    await laptop.signIn('hanako');
    const switched = await laptop.post('/language', { locale: 'en', next: '/account/password' });
    expect(switched.headers.get('location')).toBe('/account/password');
    const page = await (await laptop.get('/account/password')).text();
    expect(page).toContain('<html lang="en">');
    expect(visibleText(page)).toContain('Change password');
    expect(page).toContain('lang="ja">日本語</button>');

    const phone = test.browser();
    await phone.signIn(user.loginId);
    expect(await (await phone.get('/')).text()).toContain('<html lang="en">');
  });

  it('remembers the choice of a visitor who is not signed in', async () => {
    const browser = test.browser();
    await browser.post('/language', { locale: 'en', next: '/sign-in' });
    expect(visibleText(await (await browser.get('/sign-in')).text())).toContain('Sign in');
    await browser.post('/language', { locale: 'ja', next: 'https://evil.example/' });
    expect(visibleText(await (await browser.get('/sign-in')).text())).toContain('サインインする');
  });
});
