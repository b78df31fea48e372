import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pathOf, signInWithKeyboard, useE2E } from './support/e2e';

describeInBrowser('a resident applies and a coordinator registers them', () => {
  const e2e = useE2E();

  it('applies without an account, is accepted as a trainee, and signs in with the printed code', async () => {
    const resident = await e2e.newPage();
    await resident.goto('/');
    await clickAndLoad(resident, resident.getByRole('link', { name: 'ワーカー登録を申し込む' }));
    expect(pathOf(resident)).toBe('/apply');
    await expectNoAxeViolations(resident, 'application form');

    // Sent with nothing ticked: the problems are listed and each sits beside its field.
    const submit = resident.getByRole('button', { name: '申し込む' });
    await clickAndLoad(resident, submit);
    await expect(resident.locator('#field-consentRegistration-error').textContent()).resolves.toContain('同意が必要です');
    await expectNoAxeViolations(resident, 'application form with errors');

    await resident.locator('#field-familyName').fill('蓼科');
    await resident.locator('#field-givenName').fill('ゆり');
    await resident.locator('#field-familyNameKana').fill('たてしな');
    await resident.locator('#field-givenNameKana').fill('ゆり');
    await resident.getByLabel('電話番号').fill('0267-55-0000');
    await resident.getByLabel('自宅', { exact: true }).check();
    await resident.getByLabel('データ入力').check();
    await resident.getByLabel('こまめに休憩をとりたい').check();
    await resident.getByLabel('上の「個人情報の取り扱い」に同意します').check();
    await clickAndLoad(resident, submit);
    expect(pathOf(resident)).toBe('/apply/thanks');
    await expectNoAxeViolations(resident, 'thanks page');

    const coordinator = await e2e.newPage();
    await coordinator.goto('/sign-in');
    await signInWithKeyboard(coordinator, 'coordinator');
    await clickAndLoad(coordinator, coordinator.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '登録申し込み' }));
    await expectNoAxeViolations(coordinator, 'applications inbox');
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: '蓼科 ゆり' }));
    await expect(coordinator.locator('main').textContent()).resolves.toContain('タテシナ ユリ');
    await expectNoAxeViolations(coordinator, 'application detail');

    await coordinator.locator('#field-body').fill('電話で面談。来週から研修。');
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: '記録を追加する' }));
    await expect(coordinator.getByRole('status').textContent()).resolves.toContain('記録を追加しました。');

    await coordinator.locator('#field-role').selectOption({ label: '研修生' });
    await coordinator.locator('#field-loginId').fill('tateshina.yuri');
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: '登録してセットアップコードを発行する' }));
    const code = ((await coordinator.locator('.setup-code').textContent()) ?? '').trim();
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);

    await resident.goto('/setup');
    await resident.getByLabel('ログインID').fill('tateshina.yuri');
    await resident.getByLabel('セットアップコード').fill(code);
    await resident.getByLabel('新しいパスワード', { exact: false }).first().fill('yuri-no-hana-2026');
    await resident.getByLabel('新しいパスワード（確認）', { exact: false }).fill('yuri-no-hana-2026');
    await clickAndLoad(resident, resident.getByRole('button', { name: 'パスワードを設定する' }));
    await signInWithKeyboard(resident, 'tateshina.yuri', 'yuri-no-hana-2026');
    await expect(resident.locator('h1').textContent()).resolves.toBe('蓼科 ゆりさんのホーム');
  });

  it('applies with JavaScript off', async () => {
    const resident = await e2e.newPage({ javaScriptEnabled: false });
    await resident.goto('/apply');
    await resident.locator('#field-familyName').fill('芦田');
    await resident.locator('#field-givenName').fill('一郎');
    await resident.locator('#field-familyNameKana').fill('アシダ');
    await resident.locator('#field-givenNameKana').fill('イチロウ');
    await resident.getByLabel('メールアドレス').fill('ichiro@example.jp');
    await resident.getByLabel('上の「個人情報の取り扱い」に同意します').check();
    await clickAndLoad(resident, resident.getByRole('button', { name: '申し込む' }));
    expect(pathOf(resident)).toBe('/apply/thanks');
  });
});
