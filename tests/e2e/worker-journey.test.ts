import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pathOf, signInWithKeyboard, useE2E } from './support/e2e';

const weekdays = ['月曜', '火曜', '水曜', '木曜', '金曜'];

describeInBrowser('from application to a supporter seeing the hours offered', () => {
  const e2e = useE2E();

  it('apply → the coordinator accepts → the new worker signs in with the setup code → sets availability → the linked supporter sees it', async () => {
    const resident = await e2e.newPage();
    await resident.goto('/apply');
    await resident.locator('#field-familyName').fill('芦田');
    await resident.locator('#field-givenName').fill('さくら');
    await resident.locator('#field-familyNameKana').fill('あしだ');
    await resident.locator('#field-givenNameKana').fill('さくら');
    await resident.getByLabel('メールアドレス').fill('sakura@example.jp');
    await resident.getByLabel('自宅', { exact: true }).check();
    await resident.getByLabel('支援者と一緒に取り組みたい').check();
    await resident.getByLabel('上の「個人情報の取り扱い」に同意します').check();
    await clickAndLoad(resident, resident.getByRole('button', { name: '申し込む' }));
    expect(pathOf(resident)).toBe('/apply/thanks');

    // The coordinator registers her as a worker and prints the setup code.
    const coordinator = await e2e.newPage();
    await coordinator.goto('/sign-in');
    await signInWithKeyboard(coordinator, 'coordinator');
    await coordinator.goto('/applications');
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: '芦田 さくら' }));
    await coordinator.locator('#field-role').selectOption({ label: 'ワーカー' });
    await coordinator.locator('#field-loginId').fill('ashida.sakura');
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: '登録してセットアップコードを発行する' }));
    const code = ((await coordinator.locator('.setup-code').textContent()) ?? '').trim();

    // She chooses her password and signs in.
    await resident.goto('/setup');
    await resident.getByLabel('ログインID').fill('ashida.sakura');
    await resident.getByLabel('セットアップコード').fill(code);
    await resident.getByLabel('新しいパスワード', { exact: false }).first().fill('sakura-saku-2026');
    await resident.getByLabel('新しいパスワード（確認）', { exact: false }).fill('sakura-saku-2026');
    await clickAndLoad(resident, resident.getByRole('button', { name: 'パスワードを設定する' }));
    await signInWithKeyboard(resident, 'ashida.sakura', 'sakura-saku-2026');
    await expect(resident.locator('h1').textContent()).resolves.toBe('芦田 さくらさんのホーム');

    // She offers 10:00–11:00 on every weekday, from home.
    await clickAndLoad(resident, resident.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '働ける時間' }));
    for (const day of weekdays) {
      await resident.getByLabel(`${day} 10:00–10:30`).check();
      await resident.getByLabel(`${day} 10:30–11:00`).check();
    }
    await clickAndLoad(resident, resident.getByRole('button', { name: '保存する' }));
    await expect(resident.getByRole('status').textContent()).resolves.toBe('保存しました。');
    await expect(resident.locator('#weekly-total').textContent()).resolves.toContain('1週間に5時間です');
    await expectNoAxeViolations(resident, 'availability after saving');

    // The coordinator proposes the demo supporter; she agrees.
    await coordinator.goto('/workers?q=%E3%81%82%E3%81%97%E3%81%A0');
    const workerPath = (await coordinator.getByRole('table').getByRole('link').first().getAttribute('href')) ?? '';
    await coordinator.goto(workerPath);
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: '支援者とのつながり' }));
    await coordinator.getByLabel('支援者のログインID').fill('supporter');
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: '本人に提案する' }));

    await resident.goto('/me/supporters');
    await clickAndLoad(resident, resident.getByRole('button', { name: '千曲 支援者さんとつながることに同意する' }));
    await expect(resident.getByRole('status').textContent()).resolves.toContain('支援者とつながりました。');

    // The supporter sees the hours she offers.
    const supporter = await e2e.newPage();
    await supporter.goto('/sign-in');
    await signInWithKeyboard(supporter, 'supporter');
    await supporter.goto('/supporter');
    await clickAndLoad(supporter, supporter.getByRole('main').getByRole('link', { name: /芦田 さくら/ }));
    const schedule = (await supporter.getByRole('table').textContent()) ?? '';
    expect(schedule).toContain('10:00');
    expect(schedule).toContain('11:00');
    expect(schedule).toContain('自宅');
    await expectNoAxeViolations(supporter, 'supporter sees the new worker');
  });
});
