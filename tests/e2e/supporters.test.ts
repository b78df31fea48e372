import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pathOf, signInWithKeyboard, useE2E } from './support/e2e';

describeInBrowser('supporters and the worker directory', () => {
  const e2e = useE2E();

  it('a coordinator finds the demo worker, proposes the demo supporter; the worker agrees; the supporter sees the schedule', async () => {
    const staff = await e2e.newPage();
    await staff.goto('/sign-in');
    await signInWithKeyboard(staff, 'coordinator');
    await clickAndLoad(staff, staff.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'ワーカー名簿' }));
    expect(pathOf(staff)).toBe('/workers');
    await expectNoAxeViolations(staff, 'directory');

    // Half-width katakana finds the worker whose kana is メガミ.
    await staff.getByLabel('氏名・ふりがな').fill('ﾒｶﾞﾐ');
    await clickAndLoad(staff, staff.getByRole('button', { name: '検索する' }));
    expect(pathOf(staff)).toContain('/workers?q=');
    const rows = staff.getByRole('table').getByRole('row');
    await expect(rows.count()).resolves.toBe(2);
    await expectNoAxeViolations(staff, 'directory with a search');

    await staff.getByLabel('開始日時').fill('2026-12-01T10:00');
    await staff.getByLabel('終了日時').fill('2026-11-30T10:00');
    await clickAndLoad(staff, staff.getByRole('button', { name: '検索する' }));
    await expect(staff.locator('#field-availableTo-error').textContent()).resolves.toBe('終了は開始より後にしてください。');
    await expectNoAxeViolations(staff, 'directory with errors');

    await staff.goto('/workers?q=%E3%82%81%E3%81%8C%E3%81%BF');
    const workerLink = staff.getByRole('table').getByRole('link').first();
    const workerPath = (await workerLink.getAttribute('href')) ?? '';
    expect(workerPath).toMatch(/^\/workers\/[0-9a-f-]{36}$/);
    await staff.goto(`${workerPath}/supporters`);
    await expectNoAxeViolations(staff, 'worker supporters');
    await staff.getByLabel('支援者のログインID').fill('supporter');
    await clickAndLoad(staff, staff.getByRole('button', { name: '本人に提案する' }));
    await expect(staff.getByRole('status').textContent()).resolves.toContain('提案しました。');
    await expectNoAxeViolations(staff, 'worker supporters with a proposal');

    const worker = await e2e.newPage();
    await worker.goto('/sign-in');
    await signInWithKeyboard(worker, 'worker');
    await clickAndLoad(worker, worker.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '支援者', exact: true }));
    expect(pathOf(worker)).toBe('/me/supporters');
    await expectNoAxeViolations(worker, 'my supporters with a proposal');
    await clickAndLoad(worker, worker.getByRole('button', { name: '千曲 支援者さんとつながることに同意する' }));
    await expect(worker.getByRole('status').textContent()).resolves.toContain('支援者とつながりました。');
    await expectNoAxeViolations(worker, 'my supporters, linked');

    const supporter = await e2e.newPage();
    await supporter.goto('/sign-in');
    await signInWithKeyboard(supporter, 'supporter');
    await clickAndLoad(supporter, supporter.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '担当のワーカー' }));
    expect(pathOf(supporter)).toBe('/supporter');
    await expectNoAxeViolations(supporter, 'supporter home');
    await clickAndLoad(supporter, supporter.getByRole('main').getByRole('link', { name: /女神/ }));
    await expect(supporter.locator('h1').textContent()).resolves.toContain('予定と状況');
    await expectNoAxeViolations(supporter, 'supported worker');

    // With her own consent and details stored, the worker may show them to the supporter too.
    await worker.goto('/me/consents');
    await clickAndLoad(worker, worker.getByRole('button', { name: '同意する', exact: true }));
    await worker.goto('/me/profile');
    await worker.getByLabel('障がいや健康について、知っておいてほしいこと').fill('長く座ると腰が痛みます');
    await clickAndLoad(worker, worker.getByRole('button', { name: '保存する', exact: true }));
    await worker.goto('/me/supporters');
    await expectNoAxeViolations(worker, 'my supporters, sensitive sharing offered');
    await clickAndLoad(worker, worker.getByRole('button', { name: '千曲 支援者さんに障がいや健康のことも見せる' }));
    await expect(worker.getByRole('status').textContent()).resolves.toContain('障がいや健康のことを見せるようにしました。');
    await expectNoAxeViolations(worker, 'my supporters, sensitive shared');
    await supporter.reload();
    await expect(supporter.getByRole('main').textContent()).resolves.toContain('長く座ると腰が痛みます');
    await expectNoAxeViolations(supporter, 'supported worker with sensitive details');

    // The worker ends the link; the supporter is refused.
    await clickAndLoad(worker, worker.getByRole('button', { name: '千曲 支援者さんとのつながりをやめる' }));
    await expect(worker.getByRole('status').textContent()).resolves.toContain('つながりをやめました。');
    const again = await supporter.reload();
    expect(again?.status()).toBe(403);
  });

  it('the pages fit a 320 px screen without sideways scrolling', async () => {
    const page = await e2e.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto('/sign-in');
    await signInWithKeyboard(page, 'coordinator');
    await page.goto('/workers');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
