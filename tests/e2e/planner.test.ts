import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pathOf, signInWithKeyboard, useE2E } from './support/e2e';

const menu = (page: Page) => page.getByRole('navigation', { name: 'メインメニュー' });
const views = (page: Page) => page.getByRole('navigation', { name: '計画の見かた' });

describeInBrowser('the planner', () => {
  const e2e = useE2E();

  it('the director plans the next two weeks, reads it by day, worker and order, and publishes; the worker accepts one offer and declines another', async () => {
    const director = await e2e.newPage();
    await director.goto('/sign-in');
    await signInWithKeyboard(director, 'director');
    await clickAndLoad(director, menu(director).getByRole('link', { name: '計画' }));
    expect(pathOf(director)).toBe('/plans');
    await expect(director.getByLabel('日数').inputValue()).resolves.toBe('14');
    await expectNoAxeViolations(director, 'plans');

    await clickAndLoad(director, director.getByRole('button', { name: '計画をつくる' }));
    expect(pathOf(director)).toMatch(/^\/plans\/[0-9a-f-]{36}\?done=created$/);
    const planPath = pathOf(director).replace(/\?.*$/, '');
    await expect(director.getByRole('status').textContent()).resolves.toContain('計画をつくりました。');
    await expect(director.getByRole('main').textContent()).resolves.toContain('計画できなかった作業があります');
    const firstDay = director.getByRole('table').first();
    await expect(firstDay.locator('caption').textContent()).resolves.toMatch(/の計画$/);
    await expectNoAxeViolations(director, 'plan by day');

    await clickAndLoad(director, views(director).getByRole('link', { name: 'ワーカーごと' }));
    expect(pathOf(director)).toBe(`${planPath}/workers`);
    const byWorker = director.getByRole('table', { name: /ワーカーごとの計画/ });
    await expect(byWorker.textContent()).resolves.toContain('女神 ワーカー');
    await expect(byWorker.textContent()).resolves.toContain('空いている時間にできる作業が、ほかにありません。');
    await expectNoAxeViolations(director, 'plan by worker');

    await clickAndLoad(director, views(director).getByRole('link', { name: '受注ごと' }));
    expect(pathOf(director)).toBe(`${planPath}/orders`);
    await expect(director.getByRole('table', { name: /広報たてしな/ }).textContent()).resolves.toMatch(/文字起こし・会議録のスキルを持つ人の .+ までの時間が足りません（必要 18時間／空き .+）。/);
    await expect(director.getByRole('table', { name: /健康診断結果の入力/ }).textContent()).resolves.toContain('この作業ができる人がいません。');
    await expectNoAxeViolations(director, 'plan by order');

    await clickAndLoad(director, director.getByRole('button', { name: 'この計画を公開する' }));
    expect(pathOf(director)).toBe(`${planPath}?done=published`);
    await expect(director.getByRole('status').textContent()).resolves.toContain('計画を公開しました。');
    await expect(director.getByRole('main').textContent()).resolves.toContain('公開中');
    await expectNoAxeViolations(director, 'plan published');

    const worker = await e2e.newPage();
    await worker.goto('/sign-in');
    await signInWithKeyboard(worker, 'worker');
    await clickAndLoad(worker, menu(worker).getByRole('link', { name: '作業の予定' }));
    expect(pathOf(worker)).toBe('/me/offers');
    const offers = worker.locator('li.task-offer');
    const before = await offers.count();
    expect(before).toBeGreaterThan(1);
    await expectNoAxeViolations(worker, 'my offers');

    const accepted = (await offers.first().getByRole('heading').textContent()) ?? '';
    await clickAndLoad(worker, offers.first().getByRole('button', { name: /を受ける$/ }));
    expect(pathOf(worker)).toBe('/me/offers?done=accepted');
    await expect(worker.getByRole('status').textContent()).resolves.toContain('提案を受けました。');
    await expect(worker.getByRole('table', { name: '受けた提案（1件）' }).textContent()).resolves.toContain(accepted);
    await expectNoAxeViolations(worker, 'my offers after accepting');

    await offers.first().getByLabel('断る理由（書かなくてもかまいません）').fill('子どもの参観日です');
    await clickAndLoad(worker, offers.first().getByRole('button', { name: /を断る$/ }));
    expect(pathOf(worker)).toBe('/me/offers?done=declined');
    await expect(worker.getByRole('status').textContent()).resolves.toContain('提案を断りました。');
    await expect(offers.count()).resolves.toBe(before - 2);
    await expectNoAxeViolations(worker, 'my offers after declining');
  });

  it('with JavaScript off: a refused plan form shows its message by the field, the director plans again and publishes, and the trainee declines without a reason', async () => {
    const director = await e2e.newPage({ javaScriptEnabled: false });
    await director.goto('/sign-in');
    await signInWithKeyboard(director, 'director');
    await director.goto('/plans');
    await director.getByLabel('日数').fill('29');
    await clickAndLoad(director, director.getByRole('button', { name: '計画をつくる' }));
    await expect(director.locator('#field-days-error').textContent()).resolves.toBe('1から28までの数字で入力してください。');
    await expect(director.getByRole('alert').textContent()).resolves.toContain('日数: 1から28までの数字で入力してください。');
    await director.getByLabel('日数').fill('14');
    await clickAndLoad(director, director.getByRole('button', { name: '計画をつくる' }));
    // The worker's answers are kept: her accepted offer is part of the new plan as it was.
    await expect(director.getByRole('main').textContent()).resolves.toMatch(/うち、ワーカーが受けた提案 [1-9]/);
    await clickAndLoad(director, director.getByRole('button', { name: 'この計画を公開する' }));
    await expect(director.getByRole('status').textContent()).resolves.toContain('計画を公開しました。');

    const trainee = await e2e.newPage({ javaScriptEnabled: false });
    await trainee.goto('/sign-in');
    await signInWithKeyboard(trainee, 'trainee');
    await trainee.goto('/me/offers');
    const offers = trainee.locator('li.task-offer');
    const before = await offers.count();
    expect(before).toBeGreaterThan(0);
    await clickAndLoad(trainee, offers.first().getByRole('button', { name: /を断る$/ }));
    expect(pathOf(trainee)).toBe('/me/offers?done=declined');
    await expect(offers.count()).resolves.toBe(before - 1);
  });
});
