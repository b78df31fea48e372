import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { andWaitForLoad, describeInBrowser, pathOf, signInWithKeyboard, useE2E } from './support/e2e';

/** Presses Tab until the focused control's name (aria-label, label or text) matches, as a keyboard user moves through a page. */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let presses = 0; presses < 300; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null;
      if (!element) return '';
      return (element.getAttribute('aria-label') ?? element.labels?.[0]?.textContent ?? element.textContent ?? '').trim();
    });
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

/** Tabs to a link or button and presses Enter, waiting for the page that follows. */
async function activate(page: Page, name: RegExp): Promise<void> {
  await tabTo(page, name);
  await andWaitForLoad(page, () => page.keyboard.press('Enter'));
}

describeInBrowser('finding, doing and handing in work', () => {
  const e2e = useE2E();

  it('the worker takes a business-card task, times it, hands it in, sees her month and says she cannot work today — by keyboard alone', async () => {
    const page = await e2e.newPage();
    await page.goto('/sign-in');
    await signInWithKeyboard(page, 'worker');

    await activate(page, /^仕事をさがす$/);
    expect(pathOf(page)).toBe('/tasks');
    const main = page.getByRole('main');
    await expect(main.textContent()).resolves.toContain('名刺データ入力（2,000枚）');
    await expect(page.getByRole('table', { name: /検品を待っている作業/ }).textContent()).resolves.toContain('入力 4');
    await expectNoAxeViolations(page, 'task list');

    await activate(page, /^「入力 \d+」を引き受ける$/);
    expect(pathOf(page)).toMatch(/^\/tasks\/[0-9a-f-]{36}\?done=taken$/);
    const taskTitle = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    expect(taskTitle).toMatch(/^入力 \d+$/);
    await expect(page.getByRole('status').textContent()).resolves.toContain('作業を引き受けました。');
    await expect(main.textContent()).resolves.toContain('名刺1枚を1件として');
    await expectNoAxeViolations(page, 'task page, held');

    await activate(page, /^タイマーを始める$/);
    await expect(main.textContent()).resolves.toContain('タイマーが動いています');
    await expectNoAxeViolations(page, 'task page, timer running');
    await activate(page, /^タイマーを止める$/);
    await expect(page.getByRole('status').textContent()).resolves.toContain('タイマーを止めました。');
    await expect(page.getByRole('table', { name: 'あなたの作業の記録' }).textContent()).resolves.toContain('0分');

    await tabTo(page, /^できた数（件）/);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await activate(page, /^提出する$/);
    await expect(page.locator('#field-handIn-units-error').textContent()).resolves.toBe('入力してください。');
    await expectNoAxeViolations(page, 'hand-in with an error');
    await tabTo(page, /^できた数（件）/);
    await page.keyboard.type('50');
    await tabTo(page, /^伝えたいこと$/);
    await page.keyboard.type('3件、電話番号が読めませんでした。');
    // Choosing a file opens the system's dialog, which no page script reaches; the file is set directly.
    await page.locator('#field-handIn-files').setInputFiles({ name: 'cards.csv', mimeType: 'text/csv', buffer: Buffer.from('会社名,氏名\nあさま商事,浅間 一郎\n') });
    await activate(page, /^提出する$/);
    expect(pathOf(page)).toBe('/tasks?done=handedIn');
    await expect(page.getByRole('status').textContent()).resolves.toContain('提出しました。検品を待っています。');
    await expect(page.getByRole('table', { name: /検品を待っている作業/ }).textContent()).resolves.toContain(taskTitle);
    await expectNoAxeViolations(page, 'task list after handing in');

    await activate(page, /^今月の作業時間と報酬を見る$/);
    expect(pathOf(page)).toBe('/me/work');
    await expect(main.textContent()).resolves.toContain('検品待ちの作業の報酬（見込み）');
    await expect(page.getByRole('table', { name: /検品を待っている作業/ }).textContent()).resolves.toContain(taskTitle);
    await expectNoAxeViolations(page, 'my month');

    await activate(page, /^仕事をさがす$/);
    await activate(page, /^今日は作業できません$/);
    expect(pathOf(page)).toBe('/me/absence');
    await expect(main.textContent()).resolves.toContain('理由を書く必要はありません');
    await expectNoAxeViolations(page, 'absence confirmation');
    await activate(page, /^作業を戻して、今日は休む$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('作業をチームに戻しました');
    await expect(main.textContent()).resolves.toContain('記録した時間と提出した作業は、そのまま残っています。');
    await expectNoAxeViolations(page, 'absence done');
  });
});
