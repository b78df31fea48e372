import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pathOf, signInWithKeyboard, useE2E } from './support/e2e';

describeInBrowser('worker profiles', () => {
  const e2e = useE2E();

  it('the demo worker sees and saves their details, with messages next to wrong fields', async () => {
    const page = await e2e.newPage();
    await page.goto('/sign-in');
    await signInWithKeyboard(page, 'worker');
    await clickAndLoad(page, page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '登録情報' }));
    expect(pathOf(page)).toBe('/me/profile');
    await expect(page.locator('h1').textContent()).resolves.toBe('登録情報');
    await expectNoAxeViolations(page, 'own profile');

    await page.getByLabel('適格請求書発行事業者の登録番号').fill('T7000012050003');
    await page.getByLabel('金融機関コード（4桁）').fill('0002');
    await clickAndLoad(page, page.getByRole('button', { name: '保存する', exact: true }));
    await expect(page.locator('#field-invoiceRegistrationNumber-error').textContent()).resolves.toContain('存在しない番号');
    await expect(page.locator('#field-bankCode-error').textContent()).resolves.toContain('見つかりません');
    await expect(page.getByLabel('適格請求書発行事業者の登録番号').getAttribute('aria-invalid')).resolves.toBe('true');
    await expectNoAxeViolations(page, 'own profile with errors');

    await page.getByLabel('適格請求書発行事業者の登録番号').fill('');
    await page.getByLabel('金融機関コード（4桁）').fill('');
    await clickAndLoad(page, page.getByRole('button', { name: '保存する', exact: true }));
    expect(pathOf(page)).toBe('/me/profile?done=profile');
    await expect(page.getByRole('status').textContent()).resolves.toContain('登録情報を保存しました。');

    await clickAndLoad(page, page.getByRole('link', { name: '同意の確認・取り消し' }));
    await expectNoAxeViolations(page, 'consents');

    // The demo worker agreed to be counted in the reports: withdrawing, then agreeing again (the demo stays as it was).
    await clickAndLoad(page, page.getByRole('button', { name: '報告の人数に数えることへの同意を取り消す' }));
    await expect(page.getByRole('status').textContent()).resolves.toContain('これから作る報告では、あなたを人数に数えません。');
    await expectNoAxeViolations(page, 'consents, statistics withdrawn');
    await clickAndLoad(page, page.getByRole('button', { name: '報告の人数に数えることに同意する' }));
    await expect(page.getByRole('status').textContent()).resolves.toContain('同意を記録しました。');
  });

  it('a coordinator opens the demo worker’s record, and it passes axe', async () => {
    const worker = await e2e.newPage();
    await worker.goto('/sign-in');
    await signInWithKeyboard(worker, 'worker');
    const download = await worker.request.get('/me/data');
    const { profile } = (await download.json()) as { profile: { userId: string } };

    const page = await e2e.newPage();
    await page.goto('/sign-in');
    await signInWithKeyboard(page, 'coordinator');
    await page.goto(`/workers/${profile.userId}`);
    await expect(page.locator('h1').textContent()).resolves.toBe('女神 ワーカーさんの登録情報');
    await expectNoAxeViolations(page, 'worker record');

    await page.getByLabel('変更の理由').fill('研修を終えたため');
    await page.getByLabel('新しい状態').selectOption({ label: '休止中' });
    await clickAndLoad(page, page.getByRole('button', { name: '状態を変更する' }));
    await expect(page.getByRole('status').textContent()).resolves.toContain('登録の状態を変更しました。');
    await expect(page.getByRole('table', { name: '状態の変更履歴' }).textContent()).resolves.toContain('研修を終えたため');
    await expectNoAxeViolations(page, 'worker record after a status change');

    await clickAndLoad(page, page.getByRole('link', { name: '閲覧・変更の記録を見る' }));
    await expectNoAxeViolations(page, 'worker audit');
  });
});
