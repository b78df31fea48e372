import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pathOf, signInWithKeyboard, useE2E } from './support/e2e';

/** A date in Japan as YYYY-MM-DD, `days` from today. */
function japanDate(days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describeInBrowser('centre setup', () => {
  const e2e = useE2E();
  const menu = (page: Page) => page.getByRole('navigation', { name: 'メインメニュー' });

  it('the admin adds a space, closes the centre for a day and changes how video-meeting booths are booked', async () => {
    const admin = await e2e.newPage();
    await admin.goto('/sign-in');
    await signInWithKeyboard(admin, 'admin');

    await clickAndLoad(admin, menu(admin).getByRole('link', { name: 'センターの拠点' }));
    expect(pathOf(admin)).toBe('/centre/sites');
    await expect(admin.getByRole('table', { name: /拠点（1か所）/ }).textContent()).resolves.toContain('9:00–17:00');
    await expectNoAxeViolations(admin, 'sites');

    await clickAndLoad(admin, admin.getByRole('link', { name: '立科町テレワークセンター' }));
    await expect(admin.getByRole('table', { name: /スペース/ }).textContent()).resolves.toContain('共有ワークスペース');
    await expectNoAxeViolations(admin, 'site');
    const sitePath = pathOf(admin);

    // The site's details form, as it is saved.
    await clickAndLoad(admin, admin.getByRole('link', { name: '拠点の情報を変える' }));
    await expect(admin.getByLabel('毎年の休館の始まり（月-日）').inputValue()).resolves.toBe('12-29');
    await expectNoAxeViolations(admin, 'site form');
    await clickAndLoad(admin, admin.getByRole('link', { name: '戻る' }));

    // A meeting room: private, so its capacity is one whatever is typed.
    await clickAndLoad(admin, admin.getByRole('link', { name: 'スペースを追加する' }));
    await admin.getByLabel('種類').selectOption('meeting_room');
    await admin.getByLabel('スペースの名前').fill('');
    await clickAndLoad(admin, admin.getByRole('button', { name: '追加する' }));
    await expect(admin.locator('#field-name-error').textContent()).resolves.toBe('入力してください。');
    await expectNoAxeViolations(admin, 'space form with an error');
    await admin.getByLabel('スペースの名前').fill('会議室 A');
    await clickAndLoad(admin, admin.getByRole('button', { name: '追加する' }));
    await expect(admin.getByRole('status').textContent()).resolves.toBe('スペースを追加しました。');
    await expect(admin.getByRole('row', { name: /会議室 A/ }).textContent()).resolves.toContain('専用（1件ずつ）');

    // A closed day: a past day is refused next to the field, then a day ahead is added and listed.
    await clickAndLoad(admin, admin.getByRole('link', { name: '休館日', exact: true }));
    await expect(admin.getByRole('table', { name: /臨時の休館日（1日）/ }).textContent()).resolves.toContain('設備点検のため臨時休館');
    await expectNoAxeViolations(admin, 'closures');
    await admin.getByLabel('日付').fill(japanDate(-1));
    await admin.getByLabel('理由').fill('館内の電気工事');
    await clickAndLoad(admin, admin.getByRole('button', { name: '追加する' }));
    await expect(admin.locator('#field-date-error').textContent()).resolves.toBe('今日か、それより後の日にしてください。');
    await expectNoAxeViolations(admin, 'closures with an error');
    await admin.getByLabel('日付').fill(japanDate(3).replace(/-/g, '/'));
    await clickAndLoad(admin, admin.getByRole('button', { name: '追加する' }));
    await expect(admin.getByRole('status').textContent()).resolves.toBe('休館日を追加しました。');
    await expect(admin.getByRole('table', { name: /臨時の休館日（2日）/ }).textContent()).resolves.toContain('館内の電気工事');
    await expect(admin.getByRole('table', { name: /までの休館日/ }).textContent()).resolves.toContain('館内の電気工事');
    await expectNoAxeViolations(admin, 'closures after adding one');

    // The video-meeting booths' rules: a longest booking below the shortest is explained, then saved.
    await admin.goto(sitePath);
    await clickAndLoad(admin, admin.getByRole('link', { name: 'TV会議用ブース（専用）の予約のきまり' }));
    await expect(admin.getByLabel('予約の後の空き時間（分）').inputValue()).resolves.toBe('15');
    await expectNoAxeViolations(admin, 'booking rules');
    await admin.getByLabel('いちばん長い予約（分）').fill('0');
    await clickAndLoad(admin, admin.getByRole('button', { name: '保存する' }));
    await expect(admin.locator('#field-maxMinutes-error').textContent()).resolves.toBe('1〜1440の整数（分）で書いてください。');
    await expectNoAxeViolations(admin, 'booking rules with an error');
    await admin.getByLabel('いちばん長い予約（分）').fill('１８０');
    await clickAndLoad(admin, admin.getByRole('button', { name: '保存する' }));
    await expect(admin.getByRole('status').textContent()).resolves.toBe('予約のきまりを保存しました。');
    await expect(admin.getByLabel('いちばん長い予約（分）').inputValue()).resolves.toBe('180');
  });

  it('the setup pages reflow at 320 CSS pixels', async () => {
    const page = await e2e.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto('/sign-in');
    await signInWithKeyboard(page, 'coordinator');
    await page.goto('/centre/sites');
    await clickAndLoad(page, page.getByRole('link', { name: '立科町テレワークセンター' }));
    const site = pathOf(page);
    for (const path of ['/centre/sites', site, `${site}/edit`, `${site}/spaces/new`, `${site}/closures`, `${site}/rules/booth`]) {
      await page.goto(path);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, path).toBeLessThanOrEqual(320);
    }
  });
});
