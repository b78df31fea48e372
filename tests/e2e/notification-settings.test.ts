import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pathOf, useE2E } from './support/e2e';

describeInBrowser('notification settings', () => {
  const e2e = useE2E();
  const menu = (page: import('playwright-core').Page) => page.getByRole('navigation', { name: 'メインメニュー' });

  it('the worker chooses e-mail straight away; the leader returns their work; the admin reads the e-mail in the outbox', async () => {
    const worker = await e2e.signedIn('worker');
    await clickAndLoad(worker, menu(worker).getByRole('link', { name: '知らせの受け取り方' }));
    expect(pathOf(worker)).toBe('/me/notification-settings');
    const main = worker.getByRole('main');
    await expect(main.textContent()).resolves.toContain('メールの送り先: yumi.megami@example.jp');
    await expect(worker.getByRole('radio', { name: '1日1回まとめて' }).isChecked()).resolves.toBe(true);
    await expectNoAxeViolations(worker, 'notification settings');
    await worker.getByRole('radio', { name: 'すぐにメールで' }).check();
    await clickAndLoad(worker, worker.getByRole('button', { name: '保存する' }));
    await expect(worker.getByRole('status').textContent()).resolves.toContain('受け取り方を保存しました。');
    await expect(worker.getByRole('radio', { name: 'すぐにメールで' }).isChecked()).resolves.toBe(true);
    await expectNoAxeViolations(worker, 'notification settings saved');

    const leader = await e2e.signedIn('leader');
    await leader.goto('/review');
    await clickAndLoad(leader, leader.getByRole('link', { name: '「入力 4」を検品する' }));
    await leader.locator('#field-comment').fill('読めなかった3件は、名刺の裏の番号を入れてください。');
    await clickAndLoad(leader, leader.getByRole('button', { name: '差し戻す' }));
    await expect(leader.getByRole('status').textContent()).resolves.toContain('差し戻しました。');

    const admin = await e2e.signedIn('admin');
    await clickAndLoad(admin, menu(admin).getByRole('link', { name: '送信メール' }));
    expect(pathOf(admin)).toBe('/admin/outbox');
    const mail = admin.getByRole('row').filter({ hasText: 'yumi.megami@example.jp' }).filter({ hasText: '「入力 4」が差し戻されました' });
    await expect(mail.count()).resolves.toBe(1);
    await mail.getByText('【町ワーク】「入力 4」が差し戻されました。').click();
    await expect(mail.textContent()).resolves.toContain('このメールは町ワークから送っています。');
    await expect(mail.textContent()).resolves.toContain('未送信');
    await expectNoAxeViolations(admin, 'outbox with the e-mail');
  });
});
