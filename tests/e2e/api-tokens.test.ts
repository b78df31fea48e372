import { expect, it } from 'vitest';
import { addDays, todayInJapan } from '../../src/features/availability/calendar';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pathOf, useE2E } from './support/e2e';

describeInBrowser('API tokens', () => {
  const e2e = useE2E();

  it('the admin issues a token for a demo client (a missing scope refused at the field), sees it once, finds it in the list and revokes it', async () => {
    const admin = await e2e.signedIn('admin');
    await admin.goto('/');
    await clickAndLoad(admin, admin.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'APIトークン' }));
    expect(pathOf(admin)).toBe('/settings/api-tokens');
    await expectNoAxeViolations(admin, 'the API tokens list');

    await clickAndLoad(admin, admin.getByRole('link', { name: '新しいトークンを発行する' }));
    await expect(admin.getByRole('main').textContent()).resolves.toContain('連携先の自治体はまだ登録されていません。');
    await expectNoAxeViolations(admin, 'the issue form');
    await admin.getByLabel('名前').fill('立科町 受発注システム');
    await admin.getByRole('radio', { name: '発注者' }).check();
    await admin.getByRole('combobox', { name: '発注者' }).selectOption({ label: '立科町' });
    await admin.getByLabel('期限（この日まで使えます）').fill(addDays(todayInJapan(), 90));
    await clickAndLoad(admin, admin.getByRole('button', { name: '発行する' }));
    await expect(admin.getByRole('alert').first().textContent()).resolves.toContain('できること: できることを1つ以上選んでください。');
    await expect(admin.locator('#field-scopes-error').textContent()).resolves.toBe('できることを1つ以上選んでください。');
    await expectNoAxeViolations(admin, 'the issue form with a problem');

    await admin.getByRole('checkbox', { name: '依頼と進み具合を見る' }).check();
    await admin.getByRole('checkbox', { name: '受け入れた納品物を受け取る' }).check();
    await clickAndLoad(admin, admin.getByRole('button', { name: '発行する' }));
    await expect(admin.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('トークンを発行しました');
    await expect(admin.getByRole('main').textContent()).resolves.toContain('表示されるのはこの一度だけです。');
    const secret = await admin.getByLabel('「立科町 受発注システム」のトークン').inputValue();
    expect(secret).toMatch(/^mw_[A-Za-z0-9_-]{40}$/);
    expect(admin.url()).not.toContain(secret);
    await expectNoAxeViolations(admin, 'the token shown once');

    await clickAndLoad(admin, admin.getByRole('link', { name: 'トークンの一覧に戻る' }));
    const list = await admin.getByRole('table').textContent();
    expect(list).toContain('立科町 受発注システム');
    expect(list).toContain('発注者: 立科町');
    expect(list).toContain(`${secret.slice(0, 11)}…`);
    expect(list).not.toContain(secret);
    await clickAndLoad(admin, admin.getByRole('link', { name: '「立科町 受発注システム」を取り消す' }));
    await expectNoAxeViolations(admin, 'the revoke question');
    await clickAndLoad(admin, admin.getByRole('button', { name: '取り消す' }));
    await expect(admin.getByRole('status').textContent()).resolves.toContain('トークンを取り消しました。');
    await expect(admin.getByRole('table').textContent()).resolves.toContain('取り消し済み');
    await expectNoAxeViolations(admin, 'the list with the token revoked');
  });
});
