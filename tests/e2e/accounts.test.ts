import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pathOf, signInWithKeyboard, useE2E } from './support/e2e';

describeInBrowser('an admin creates an account and the new person sets it up', () => {
  const e2e = useE2E();

  it('creates the account, shows the setup sheet, and the code sets a password that signs in', async () => {
    const admin = await e2e.newPage();
    await admin.goto('/sign-in');
    await signInWithKeyboard(admin, 'admin');
    expect(pathOf(admin)).toBe('/');

    await admin.goto('/accounts');
    await clickAndLoad(admin, admin.getByRole('link', { name: 'アカウントを作成' }));
    expect(pathOf(admin)).toBe('/accounts/new');
    await expectNoAxeViolations(admin, 'new account form');

    // Submitted empty: a summary of the problems at the top, and each field says what is wrong.
    const create = admin.getByRole('button', { name: '作成してセットアップコードを発行する' });
    await clickAndLoad(admin, create);
    const summary = admin.getByRole('alert');
    await expect(summary.getByRole('heading', { name: '入力内容を確認してください' }).count()).resolves.toBe(1);
    const summaryLinks = await summary.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(summaryLinks).toEqual(['#field-displayName', '#field-loginId']);
    for (const field of ['氏名', 'ログインID']) {
      const input = admin.getByLabel(field, { exact: false }).first();
      await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
      const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
      expect(describedBy, `${field} points at its error message`).toMatch(/-error\b/);
    }
    await expect(admin.locator('#field-displayName-error').textContent()).resolves.toBe('入力してください。');
    await expectNoAxeViolations(admin, 'new account form with errors');

    await admin.getByLabel('氏名').fill('立科 花子');
    await admin.getByLabel('ログインID').fill('tateshina.hanako');
    await admin.getByLabel('役割').selectOption({ label: 'ワーカー' });
    await clickAndLoad(admin, create);
    await expect(admin.locator('h1').textContent()).resolves.toBe('立科 花子さんのセットアップコード');
    await expect(admin.getByRole('status').textContent()).resolves.toContain('アカウントを作成しました。');
    await expectNoAxeViolations(admin, 'setup sheet');
    const code = ((await admin.locator('.setup-code').textContent()) ?? '').trim();
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);

    // The new person, on their own device.
    const person = await e2e.newPage();
    await person.goto('/setup');
    await expectNoAxeViolations(person, 'setup form');
    await person.getByLabel('ログインID').fill('tateshina.hanako');
    await person.getByLabel('セットアップコード').fill(code);
    await person.getByLabel('新しいパスワード', { exact: false }).first().fill('yama-no-hanako-2025');
    await person.getByLabel('新しいパスワード（確認）', { exact: false }).fill('yama-no-hanako-2025');
    await clickAndLoad(person, person.getByRole('button', { name: 'パスワードを設定する' }));
    expect(pathOf(person)).toBe('/sign-in?setup=done');
    await expect(person.getByRole('status').textContent()).resolves.toContain('パスワードを設定しました。');
    await expectNoAxeViolations(person, 'sign-in after setup');

    await signInWithKeyboard(person, 'tateshina.hanako', 'yama-no-hanako-2025');
    expect(pathOf(person)).toBe('/');
    await expect(person.locator('h1').textContent()).resolves.toBe('立科 花子さんのホーム');
    await expect(person.getByRole('navigation', { name: 'メインメニュー' }).textContent()).resolves.toContain('立科 花子さん（ワーカー）でサインインしています');

    // The code worked once only.
    const again = await e2e.newPage();
    await again.goto('/setup');
    await again.getByLabel('ログインID').fill('tateshina.hanako');
    await again.getByLabel('セットアップコード').fill(code);
    await again.getByLabel('新しいパスワード', { exact: false }).first().fill('another-password-1');
    await again.getByLabel('新しいパスワード（確認）', { exact: false }).fill('another-password-1');
    await clickAndLoad(again, again.getByRole('button', { name: 'パスワードを設定する' }));
    expect(pathOf(again)).toBe('/setup');
    await expect(again.getByRole('alert').textContent()).resolves.toContain('セットアップコードが違うか');
    await expectNoAxeViolations(again, 'setup form with a used code');
  });
});
