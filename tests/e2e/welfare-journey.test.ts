import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pathOf, useE2E } from './support/e2e';

/**
 * Issue 10's journey across the welfare features: a leader writes on the team's board, the worker
 * replies and checks in as usual, then goes quiet for three days; the coordinator finds them on the
 * "may need a call" list and writes to them, and the worker reads it.
 */
describeInBrowser('welfare journey', () => {
  const e2e = useE2E();
  const menu = (page: Page) => page.getByRole('navigation', { name: 'メインメニュー' });
  const main = (page: Page) => page.getByRole('main').textContent();

  it('a leader posts on the team board, the worker replies and checks in; three quiet days later the coordinator sees them and writes', async () => {
    const leader = await e2e.signedIn('leader');
    await clickAndLoad(leader, menu(leader).getByRole('link', { name: 'チーム' }));
    await clickAndLoad(leader, leader.getByRole('link', { name: '名刺データ入力（2,000枚）' }));
    await leader.getByLabel('メッセージ').fill('今週の分、ありがとうございます。週末はゆっくり休んでくださいね。');
    await leader.getByRole('group', { name: '知らせる人' }).getByLabel('女神 ワーカー').check();
    await clickAndLoad(leader, leader.getByRole('button', { name: '投稿する' }));
    await expect(leader.getByRole('status').textContent()).resolves.toContain('投稿しました。');
    await expectNoAxeViolations(leader, 'the team board after a post');

    const worker = await e2e.signedIn('worker');
    await clickAndLoad(worker, menu(worker).getByRole('link', { name: 'お知らせ', exact: true }));
    await clickAndLoad(worker, worker.getByRole('link', { name: /白樺 リーダーさんが「名刺データ入力（2,000枚）」のチームの掲示板で、あなたに知らせました/ }).first());
    expect(pathOf(worker)).toMatch(/^\/teams\/[0-9a-f-]+$/);
    await expect(main(worker)).resolves.toContain('週末はゆっくり休んでくださいね。');
    await worker.getByLabel('メッセージ').fill('ありがとうございます。来週もよろしくお願いします。');
    await clickAndLoad(worker, worker.getByRole('button', { name: '投稿する' }));
    await expect(main(worker)).resolves.toContain('来週もよろしくお願いします。');
    await expectNoAxeViolations(worker, 'the team board after a reply');

    // The worker checks in today as they usually do…
    await clickAndLoad(worker, menu(worker).getByRole('link', { name: '今日の調子' }));
    await worker.getByLabel('4 良い').check();
    await clickAndLoad(worker, worker.getByRole('button', { name: '記録する' }));
    await expect(worker.getByRole('status').textContent()).resolves.toContain('今日の調子を記録しました。');

    // …and then not for three days: only the server's clock moves on.
    await e2e.moveClockTo(new Date(Date.now() + 3 * 24 * 60 * 60_000));

    const coordinator = await e2e.signedIn('coordinator');
    await clickAndLoad(coordinator, menu(coordinator).getByRole('link', { name: '調子の記録と気にかける人' }));
    const list = coordinator.getByRole('table', { name: /いつも記録している人が3日以上記録していない/ });
    const workerRow = list.getByRole('row', { name: /女神 ワーカー/ });
    await expect(workerRow.textContent()).resolves.toContain('いつも記録している人が、3日記録していません');
    // The worker may be phoned; the trainee asked for text only, so no number is offered.
    await expect(workerRow.getByRole('link', { name: /電話する/ }).getAttribute('href')).resolves.toMatch(/^tel:/);
    await expect(list.getByRole('row', { name: /八ヶ岳 研修生/ }).textContent()).resolves.toContain('文字で連絡してください');
    await expectNoAxeViolations(coordinator, 'who may need a call, with the worker on it');

    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: '女神 ワーカーさんにメッセージを送る' }));
    await coordinator.getByRole('textbox', { name: 'メッセージ 必須' }).fill('お変わりありませんか。よかったら、ひとこと聞かせてください。');
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: '送る' }));
    await expect(coordinator.getByRole('status').textContent()).resolves.toContain('メッセージを送りました。');

    await clickAndLoad(worker, menu(worker).getByRole('link', { name: 'メッセージ' }));
    await expect(main(worker)).resolves.toContain('お変わりありませんか。');
    await expectNoAxeViolations(worker, 'my messages with the coordinator’s');
  });
});
