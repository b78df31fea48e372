import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pathOf, signInWithKeyboard, useE2E } from './support/e2e';

describeInBrowser('clients and the sales log', () => {
  const e2e = useE2E();

  it('the director adds a client, a contact and a visit', async () => {
    const page = await e2e.newPage();
    await page.goto('/sign-in');
    await signInWithKeyboard(page, 'director');
    await clickAndLoad(page, page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '発注者' }));
    expect(pathOf(page)).toBe('/clients');
    await expect(page.getByRole('main').textContent()).resolves.toContain('株式会社しらかばデータ');
    await expectNoAxeViolations(page, 'clients');

    await clickAndLoad(page, page.getByRole('link', { name: '発注者を登録する' }));
    expect(pathOf(page)).toBe('/clients/new');
    await expectNoAxeViolations(page, 'new client');
    await page.locator('#field-name').fill('株式会社みどり測量');
    await page.locator('#field-nameKana').fill('Midori');
    await page.locator('#field-postalCode').fill('384-23');
    await page.locator('#field-corporateNumber').fill('1000012050002');
    await clickAndLoad(page, page.getByRole('button', { name: '登録する' }));
    await expect(page.locator('#field-nameKana-error').textContent()).resolves.toBe('カタカナ（またはひらがな）で書いてください。');
    await expect(page.locator('#field-corporateNumber-error').textContent()).resolves.toContain('正しくないようです');
    await expectNoAxeViolations(page, 'new client with errors');

    await page.locator('#field-nameKana').fill('みどりそくりょう');
    await page.locator('#field-postalCode').fill('３８４－２３０５');
    await page.locator('#field-corporateNumber').fill('7000-0120-50002');
    await clickAndLoad(page, page.getByRole('button', { name: '登録する' }));
    expect(pathOf(page)).toMatch(/^\/clients\/[0-9a-f-]{36}\?done=created$/);
    await expect(page.getByRole('status').textContent()).resolves.toContain('登録しました。');
    await expect(page.getByRole('main').textContent()).resolves.toContain('〒384-2305');

    await page.locator('#field-contact-name').fill('緑川 花子');
    await page.locator('#field-contact-department').fill('営業部');
    await clickAndLoad(page, page.getByRole('button', { name: '加える' }));
    await expect(page.getByRole('status').textContent()).resolves.toContain('担当者を加えました。');

    await page.locator('#field-activity-kind').selectOption('visit');
    await page.locator('#field-activity-occurredOn').fill('2026/11/20');
    await page.locator('#field-activity-summary').fill('会社を訪ねて、仕事の内容をうかがいました。');
    await page.locator('#field-activity-nextStep').fill('見積りを送る');
    await clickAndLoad(page, page.getByRole('button', { name: '記録する' }));
    await expect(page.getByRole('status').textContent()).resolves.toContain('記録しました。');
    const log = page.getByRole('table', { name: /営業活動/ });
    await expect(log.textContent()).resolves.toContain('会社を訪ねて');
    await expect(page.getByRole('table', { name: /担当者/ }).textContent()).resolves.toContain('緑川 花子');
    await expectNoAxeViolations(page, 'client page');
  });
});
