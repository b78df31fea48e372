import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pathOf, signInWithKeyboard, useE2E } from './support/e2e';

describeInBrowser('review, progress, portal and notifications', () => {
  const e2e = useE2E();
  const menu = (page: import('playwright-core').Page) => page.getByRole('navigation', { name: 'メインメニュー' });

  it('the director opens the waiting work and the order’s progress', async () => {
    const page = await e2e.newPage();
    await page.goto('/sign-in');
    await signInWithKeyboard(page, 'director');
    await clickAndLoad(page, menu(page).getByRole('link', { name: '検品' }));
    expect(pathOf(page)).toBe('/review');
    await clickAndLoad(page, page.getByRole('link', { name: '「入力 4」を検品する' }));
    await clickAndLoad(page, page.getByRole('link', { name: 'この受注の進み具合を見る' }));
    expect(pathOf(page)).toMatch(/^\/orders\/[0-9a-f-]{36}\/progress$/);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('名刺データ入力（2,000枚）の進み具合');
    await expect(main.textContent()).resolves.toContain('150 / 4,000件');
    await expect(page.getByRole('table', { name: /いま作業している人/ }).textContent()).resolves.toContain('入力 5');
    await expectNoAxeViolations(page, 'order progress');
  });

  it('the leader returns the demo submission with a comment; the worker is told', async () => {
    const page = await e2e.newPage();
    await page.goto('/sign-in');
    await signInWithKeyboard(page, 'leader');
    await clickAndLoad(page, menu(page).getByRole('link', { name: '検品' }));
    expect(pathOf(page)).toBe('/review');
    await expect(page.getByRole('table', { name: /検品を待っている作業/ }).textContent()).resolves.toContain('名刺データ入力（2,000枚）');
    await expectNoAxeViolations(page, 'review queue');

    await clickAndLoad(page, page.getByRole('link', { name: '「入力 4」を検品する' }));
    await expect(page.getByRole('main').textContent()).resolves.toContain('電話番号が読めませんでした');
    await expectNoAxeViolations(page, 'review page');

    await clickAndLoad(page, page.getByRole('button', { name: '差し戻す' }));
    await expect(page.locator('#field-comment-error').textContent()).resolves.toBe('差し戻すときは、直してほしいことを書いてください。');
    await expectNoAxeViolations(page, 'review page with an error');

    await page.locator('#field-comment').fill('読めなかった3件は、名刺の裏に書いてある番号を入れてください。');
    await clickAndLoad(page, page.getByRole('button', { name: '差し戻す' }));
    expect(pathOf(page)).toBe('/review?done=returned');
    await expect(page.getByRole('status').textContent()).resolves.toContain('差し戻しました。');
    await expect(page.getByRole('main').textContent()).resolves.toContain('検品を待っている作業はありません。');
    await expectNoAxeViolations(page, 'review queue after returning');

    const worker = await e2e.newPage();
    await worker.goto('/sign-in');
    await signInWithKeyboard(worker, 'worker');
    await expect(worker.getByRole('main').textContent()).resolves.toContain('読んでいないお知らせが1件あります');
    await clickAndLoad(worker, menu(worker).getByRole('link', { name: 'お知らせ', exact: true }));
    await expect(worker.getByRole('main').textContent()).resolves.toContain('「入力 4」が差し戻されました。');
    await expectNoAxeViolations(worker, 'notifications');
    await clickAndLoad(worker, worker.getByRole('button', { name: 'すべて読んだことにする' }));
    await expect(worker.getByRole('status').textContent()).resolves.toContain('すべて読んだことにしました。');
    await expectNoAxeViolations(worker, 'notifications, all read');
  });

  it('the client sees its own orders and one order’s progress', async () => {
    const page = await e2e.newPage();
    await page.goto('/sign-in');
    await signInWithKeyboard(page, 'client');
    await clickAndLoad(page, menu(page).getByRole('link', { name: 'ご依頼の状況' }));
    expect(pathOf(page)).toBe('/portal');
    const orders = page.getByRole('table', { name: /ご依頼/ });
    await expect(orders.textContent()).resolves.toContain('町史資料のテキスト化');
    await expect(orders.textContent()).resolves.not.toContain('名刺データ入力');
    await expectNoAxeViolations(page, 'portal');

    await clickAndLoad(page, page.getByRole('link', { name: '広報たてしな 音声の書き起こし' }));
    expect(pathOf(page)).toMatch(/^\/portal\/orders\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('main').textContent()).resolves.toContain('お受け取りいただける納品物は、まだありません。');
    await expectNoAxeViolations(page, 'portal order');
  });
});
