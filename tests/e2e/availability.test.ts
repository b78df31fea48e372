import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pathOf, signInWithKeyboard, useE2E } from './support/e2e';

describeInBrowser('a worker says when they can work; a director sees the team’s hours', () => {
  const e2e = useE2E();

  it('sets slots by keyboard, saves, and sees the saved notice and the weekly total', async () => {
    const page = await e2e.newPage();
    await page.goto('/sign-in');
    await signInWithKeyboard(page, 'worker');
    await page.goto('/availability');
    await expect(page.locator('h1').textContent()).resolves.toBe('働ける時間');
    await expectNoAxeViolations(page, '/availability');

    // Monday 9:00 by its label, then Tab to Tuesday 9:00 (the next cell in the row), Space on each.
    await page.getByLabel('月曜 9:00–9:30').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('value'))).toBe('1-540');
    await page.keyboard.press('Space');
    await page.getByLabel('月曜 9:30–10:00').focus();
    await page.keyboard.press('Space');
    await page.getByLabel('火曜の場所').selectOption({ label: 'テレワークセンター' });
    await page.getByRole('button', { name: '保存する' }).focus();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);

    expect(pathOf(page)).toBe('/availability?saved=1');
    await expect(page.getByRole('status').textContent()).resolves.toBe('保存しました。');
    // The demo worker already offers 12.5 hours a week; these three slots add 1.5.
    await expect(page.locator('#weekly-total').textContent()).resolves.toContain('1週間に14時間です');
    for (const label of ['月曜 9:00–9:30', '月曜 9:30–10:00', '火曜 9:00–9:30']) {
      await expect(page.getByLabel(label).isChecked()).resolves.toBe(true);
    }
    await expect(page.getByLabel('火曜の場所').inputValue()).resolves.toBe('centre');
    await expect(page.getByRole('table', { name: /の働ける時間$/ }).textContent()).resolves.toContain('テレワークセンター');
    await expectNoAxeViolations(page, '/availability after saving');

    // With a mouse, pressing on one slot and dragging down ticks every slot passed over.
    await page.getByLabel('水曜 14:30–15:00').scrollIntoViewIfNeeded();
    const from = await page.getByLabel('水曜 13:00–13:30').locator('..').boundingBox();
    const to = await page.getByLabel('水曜 14:30–15:00').locator('..').boundingBox();
    if (!from || !to) throw new Error('grid cells are not visible');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
    await page.mouse.up();
    for (const label of ['水曜 13:00–13:30', '水曜 13:30–14:00', '水曜 14:00–14:30', '水曜 14:30–15:00']) {
      await expect(page.getByLabel(label).isChecked(), label).resolves.toBe(true);
    }

    // On a 320 px wide screen the page does not scroll sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 720 });

    await clickAndLoad(page, page.getByRole('link', { name: /特定の日だけ変える/ }));
    expect(pathOf(page)).toBe('/availability/dates');
    await expectNoAxeViolations(page, '/availability/dates');
    await page.getByLabel('日付', { exact: false }).first().fill('２０２６／１２／２４');
    await page.getByLabel('お休みにする').check();
    await clickAndLoad(page, page.getByRole('button', { name: 'この日の予定を保存する' }));
    await expect(page.getByRole('status').textContent()).resolves.toContain('2026年12月24日');
    await expectNoAxeViolations(page, '/availability/dates with a change');
  });

  it('saves the grid with JavaScript off too', async () => {
    const page = await e2e.newPage({ javaScriptEnabled: false });
    await page.goto('/sign-in');
    await signInWithKeyboard(page, 'leader');
    await page.goto('/availability');
    await page.getByLabel('金曜 10:00–10:30').check();
    await page.getByLabel('金曜 10:30–11:00').check();
    await clickAndLoad(page, page.getByRole('button', { name: '保存する' }));
    expect(pathOf(page)).toBe('/availability?saved=1');
    await expect(page.getByRole('status').textContent()).resolves.toBe('保存しました。');
    // The demo leader already offers 15 hours a week; these two slots add 1.
    await expect(page.locator('#weekly-total').textContent()).resolves.toContain('1週間に16時間です');
    await expect(page.getByLabel('金曜 10:30–11:00').isChecked()).resolves.toBe(true);
  });

  it('shows a director the hours the team offers, as an accessible table', async () => {
    const page = await e2e.newPage();
    await page.goto('/sign-in');
    await signInWithKeyboard(page, 'director');
    await clickAndLoad(page, page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'チームの働ける時間' }));
    expect(pathOf(page)).toBe('/team-hours');
    await expect(page.locator('table caption').textContent()).resolves.toContain('スキル: すべて');
    await expect(page.locator('table tfoot').textContent()).resolves.toContain('1週間の合計');
    await expectNoAxeViolations(page, '/team-hours');
    await page.getByLabel('場所').selectOption({ label: 'テレワークセンター' });
    await clickAndLoad(page, page.getByRole('button', { name: '表示する' }));
    expect(pathOf(page)).toContain('location=centre');
    await expectNoAxeViolations(page, '/team-hours by place');
  });
});
