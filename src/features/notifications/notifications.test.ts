import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../testing/html';
import { useTestApp, type TestBrowser } from '../../testing/test-app';
import { notify } from './notify';
import { notifications } from './schema';

const test = useTestApp();

const page = async (browser: TestBrowser, path: string) => visibleText(await (await browser.get(path)).text());

describe('notifications', () => {
  it('lists mine newest first in my language, marks the unread, and marks them all read', async () => {
    const worker = await test.createUser('worker');
    const someoneElse = await test.createUser('worker');
    const browser = test.browser();
    await browser.signIn(worker.loginId);
    expect(await page(browser, '/notifications')).toContain('お知らせはありません。');

    await notify(test.db, [worker.id], { key: 'notification.returned', params: { task: '入力 4' }, link: '/tasks/t1' }, new Date('2026-11-20T01:00:00Z'));
    await notify(test.db, [worker.id, someoneElse.id], { key: 'notification.offer', params: { order: '名刺データ入力', task: '入力 7' } }, new Date('2026-11-21T01:00:00Z'));
    await notify(test.db, [someoneElse.id], { key: 'notification.absence', params: { name: '花子', count: 2 } });

    const response = await browser.get('/notifications');
    const html = await response.text();
    const text = visibleText(html);
    expect(text).toContain('読んでいないお知らせが2件あります。');
    expect(text.indexOf('名刺データ入力の作業「入力 7」をお願いできないか')).toBeLessThan(text.indexOf('「入力 4」が差し戻されました。'));
    expect(text).toContain('未読: 「入力 4」が差し戻されました。コメントを見てください。');
    expect(html).toContain('href="/tasks/t1"');
    expect(text).not.toContain('花子');
    expect(await page(browser, '/')).toContain('読んでいないお知らせが2件あります');

    await browser.post('/language', { locale: 'en', next: '/notifications' });
    expect(await page(browser, '/notifications')).toContain('“入力 4” was returned to you.');

    const marked = await browser.post('/notifications/read');
    expect(marked.status).toBe(303);
    expect(marked.headers.get('location')).toBe('/notifications?done=read');
    const after = await page(browser, '/notifications?done=read');
    expect(after).toContain('All notifications are marked as read.');
    expect(after).toContain('You have no unread notifications.');
    expect(after).not.toContain('Unread:');
    expect(await page(browser, '/')).not.toContain('unread notifications');
    // Only mine were marked.
    const others = await test.db.select().from(notifications).where(eq(notifications.userId, someoneElse.id));
    expect(others.every((item) => item.readAt === null)).toBe(true);
  });

  it('never turns a stored link to another site into a link', async () => {
    const worker = await test.createUser('worker');
    await notify(test.db, [worker.id], { key: 'notification.returned', params: { task: 'x' }, link: '//example.com/' });
    const browser = test.browser();
    await browser.signIn(worker.loginId);
    expect(await (await browser.get('/notifications')).text()).not.toContain('example.com');
    expect((await test.browser().get('/notifications')).status).toBe(303);
  });
});
