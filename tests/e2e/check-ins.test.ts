import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pathOf, useE2E } from './support/e2e';

describeInBrowser('daily check-ins', () => {
  const e2e = useE2E();

  it('the worker turns check-ins on and checks in (a missing condition is pointed out at the field); the coordinator sees the trainee who has missed days and writes to them', async () => {
    const worker = await e2e.signedIn('worker');
    await worker.goto('/me/check-in');
    // The demo worker already checks in: stopping and starting again is their choice each time.
    await clickAndLoad(worker, worker.getByRole('button', { name: '記録をやめる' }));
    await expect(worker.getByRole('status').textContent()).resolves.toContain('調子の記録をやめました。');
    await expectNoAxeViolations(worker, 'check-ins turned off');
    await clickAndLoad(worker, worker.getByRole('button', { name: '記録をはじめる' }));
    await expect(worker.getByRole('status').textContent()).resolves.toContain('調子の記録をはじめました。');
    await expectNoAxeViolations(worker, 'my check-in page');

    await worker.getByLabel('ひとこと（書かなくてもかまいません）').fill('午前中は少しだるいです。');
    await clickAndLoad(worker, worker.getByRole('button', { name: '記録する' }));
    await expect(worker.locator('#field-condition-error').textContent()).resolves.toContain('今日の調子を選んでください。');
    await expectNoAxeViolations(worker, 'a check-in without a condition');
    await worker.getByLabel('3 ふつう').check();
    await clickAndLoad(worker, worker.getByRole('button', { name: '記録する' }));
    await expect(worker.getByRole('status').textContent()).resolves.toContain('今日の調子を記録しました。');
    const history = await worker.getByRole('table', { name: '新しい順' }).textContent();
    expect(history).toContain('午前中は少しだるいです。');

    const coordinator = await e2e.signedIn('coordinator');
    await coordinator.goto('/check-ins');
    const list = await coordinator.getByRole('table', { name: /いつも記録している人が3日以上記録していない/ }).textContent();
    expect(list).toContain('八ヶ岳 研修生');
    expect(list).toContain('いつも記録している人が、4日記録していません');
    expect(list).toContain('文字で連絡してください');
    await expectNoAxeViolations(coordinator, 'who may need a call');
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: '八ヶ岳 研修生', exact: true }).first());
    await expect(coordinator.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('八ヶ岳 研修生さんの調子の記録');
    await expectNoAxeViolations(coordinator, 'a person’s check-ins');
    await coordinator.goBack();
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: '八ヶ岳 研修生さんにメッセージを送る' }));
    expect(pathOf(coordinator)).toMatch(/^\/messages\/[\w-]+$/);
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: '送る' }));
    await expect(coordinator.locator('#field-body-error').textContent()).resolves.toContain('入力してください。');
    await coordinator.getByRole('textbox', { name: 'メッセージ 必須' }).fill('最近お元気ですか。無理のないときに、ひとこと返してくださいね。');
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: '送る' }));
    await expect(coordinator.getByRole('status').textContent()).resolves.toContain('メッセージを送りました。');
    await expectNoAxeViolations(coordinator, 'a conversation');

    const trainee = await e2e.signedIn('trainee');
    await trainee.goto('/messages');
    await expect(trainee.getByRole('table', { name: '新しい順' }).textContent()).resolves.toContain('最近お元気ですか。');
    await expectNoAxeViolations(trainee, 'my messages');
  });
});
