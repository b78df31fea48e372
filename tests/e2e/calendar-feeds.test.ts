import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pathOf, useE2E } from './support/e2e';

describeInBrowser('calendar feeds', () => {
  const e2e = useE2E();
  const menu = (page: Page) => page.getByRole('navigation', { name: 'メインメニュー' });

  it('a worker makes a feed URL, a calendar app reads it, and the worker revokes it', async () => {
    const page = await e2e.signedIn('worker');
    await clickAndLoad(page, menu(page).getByRole('link', { name: 'カレンダー連携' }));
    expect(pathOf(page)).toBe('/me/calendar');
    // The demo worker's feed from a week ago is listed; no space feeds for a worker.
    await expect(page.getByRole('table', { name: '使えるURL（1件）' }).count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { name: 'スペースの予約状況' }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page, 'calendar feeds');

    await clickAndLoad(page, page.getByRole('button', { name: 'わたしの予約のURLを作る' }));
    const url = await page.getByLabel('カレンダーのURL（わたしの予約）').inputValue();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/calendar\/[\w-]{43}\.ics$/);
    await expect(page.getByLabel('カレンダーのURL（わたしの予約）').getAttribute('readonly')).resolves.not.toBeNull();
    await expect(page.getByRole('main').textContent()).resolves.toContain('このURLが表示されるのは今だけです。');
    await expect(page.getByRole('table', { name: '使えるURL（2件）' }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page, 'calendar feeds, URL made');

    // A calendar app has no session: a fresh context reads the feed.
    const app = await e2e.newContext();
    const feed = await app.request.get(url);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);

    // The newest feed is the last row; stopping it asks first.
    await clickAndLoad(page, page.getByRole('link', { name: /^わたしの予約（.+に作成）のURLを止める$/ }).last());
    expect(pathOf(page)).toMatch(/^\/me\/calendar\/[0-9a-f-]{36}\/revoke$/);
    await expect(page.getByRole('main').textContent()).resolves.toContain('止めたURLは元に戻せません');
    await expectNoAxeViolations(page, 'revoke a calendar feed');
    await clickAndLoad(page, page.getByRole('button', { name: 'URLを止める' }));
    expect(pathOf(page)).toBe('/me/calendar?done=revoked');
    await expect(page.getByRole('status').textContent()).resolves.toContain('URLを止めました。');
    await expect(page.getByRole('table', { name: '使えるURL（1件）' }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page, 'calendar feeds, revoked');
    expect((await app.request.get(url)).status()).toBe(404);
  });

  it('the coordinator makes a feed of one space, after being asked to choose it', async () => {
    const page = await e2e.signedIn('coordinator');
    await page.goto('/me/calendar');
    await clickAndLoad(page, page.getByRole('button', { name: 'このスペースのURLを作る' }));
    await expect(page.getByRole('alert').textContent()).resolves.toContain('スペース: スペースを選んでください。');
    await expectNoAxeViolations(page, 'space feed, no space chosen');
    await page.locator('#field-spaceId').selectOption({ label: '立科町テレワークセンター 共有ワークスペース' });
    await clickAndLoad(page, page.getByRole('button', { name: 'このスペースのURLを作る' }));
    const url = await page.getByLabel(/^カレンダーのURL（立科町テレワークセンター 共有ワークスペース の予約状況）$/).inputValue();
    const feed = await (await e2e.newContext()).request.get(url);
    expect(feed.status()).toBe(200);
    // Unfolded: long lines continue on the next after a space.
    expect((await feed.text()).replace(/\r\n /g, '')).toContain('X-WR-CALNAME:共有ワークスペース（立科町テレワークセンター）の予約状況');
    await expectNoAxeViolations(page, 'space feed made');
  });
});
