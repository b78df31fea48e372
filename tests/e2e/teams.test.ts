import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pathOf, useE2E } from './support/e2e';

describeInBrowser('team pages', () => {
  const e2e = useE2E();
  const menu = (page: Page) => page.getByRole('navigation', { name: 'メインメニュー' });
  const main = (page: Page) => page.getByRole('main').textContent();

  it('the leader posts on the business-card team’s board telling the worker, who replies and shows as working; the leader says hello', async () => {
    const leader = await e2e.signedIn('leader');
    await clickAndLoad(leader, menu(leader).getByRole('link', { name: 'チーム' }));
    await expect(leader.getByRole('table', { name: 'チームのページ（新しい投稿のあるものから）' }).textContent()).resolves.toContain('名刺データ入力（2,000枚）');
    await expectNoAxeViolations(leader, 'the team pages');
    await clickAndLoad(leader, leader.getByRole('link', { name: '名刺データ入力（2,000枚）' }));
    await expect(main(leader)).resolves.toContain('読めない字は「？」にして');
    await expectNoAxeViolations(leader, 'a team page');

    await clickAndLoad(leader, leader.getByRole('button', { name: '投稿する' }));
    await expect(leader.getByRole('alert').first().textContent()).resolves.toContain('メッセージ: メッセージを入力するか、ファイルを添付してください。');
    await expectNoAxeViolations(leader, 'a refused post');
    await leader.getByLabel('メッセージ').fill('女神さん、明日から2つ目の束をお願いできますか？ 手順のメモを付けます。');
    await leader.getByLabel('添付ファイル（5つまで）').setInputFiles({ name: 'memo.txt', mimeType: 'text/plain', buffer: Buffer.from('2つ目の束は、会社名の読みがなも入力します。') });
    await leader.getByRole('group', { name: '知らせる人' }).getByLabel('女神 ワーカー').check();
    await clickAndLoad(leader, leader.getByRole('button', { name: '投稿する' }));
    await expect(leader.getByRole('status').textContent()).resolves.toContain('投稿しました。');
    await expect(main(leader)).resolves.toContain('知らせた人: 女神 ワーカー');

    const worker = await e2e.signedIn('worker');
    await worker.goto('/notifications');
    await expectNoAxeViolations(worker, 'notifications with a post');
    await clickAndLoad(worker, worker.getByRole('link', { name: '白樺 リーダーさんが「名刺データ入力（2,000枚）」のチームの掲示板で、あなたに知らせました' }));
    expect(pathOf(worker)).toMatch(/^\/teams\/[0-9a-f-]+$/);
    await expect(main(worker)).resolves.toContain('明日から2つ目の束をお願いできますか？');
    const download = worker.getByRole('link', { name: /memo\.txt/ });
    const [file] = await Promise.all([worker.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toBe('memo.txt');
    await worker.getByLabel('メッセージ').fill('はい、明日の午前からはじめます。');
    await clickAndLoad(worker, worker.getByRole('button', { name: '投稿する' }));
    await expect(main(worker)).resolves.toContain('はい、明日の午前からはじめます。');

    await expect(main(worker)).resolves.toContain('いつ作業したかの記録は残りません。');
    await worker.getByLabel('どのくらいのあいだ').selectOption('3');
    await clickAndLoad(worker, worker.getByRole('button', { name: '作業中として表示する' }));
    await expect(worker.getByRole('status').textContent()).resolves.toContain('作業中として表示しました。');
    await expect(main(worker)).resolves.toContain('まで、作業中として表示しています。');
    await expectNoAxeViolations(worker, 'a team page, showing as working');

    await leader.reload();
    await expect(leader.getByRole('region', { name: 'いま作業中' }).textContent()).resolves.toContain('女神 ワーカーさん（');
    await expect(main(leader)).resolves.toContain('はい、明日の午前からはじめます。');
    await clickAndLoad(leader, leader.getByRole('button', { name: '女神 ワーカーさんにあいさつする' }));
    await expect(leader.getByRole('status').textContent()).resolves.toContain('あいさつを送りました。');
    await clickAndLoad(leader, leader.getByRole('button', { name: '女神 ワーカーさんにあいさつする' }));
    await expect(leader.getByRole('alert').first().textContent()).resolves.toContain('少し前にあいさつしました');
    await expectNoAxeViolations(leader, 'a second hello refused');

    await worker.goto('/notifications');
    await expect(main(worker)).resolves.toContain('白樺 リーダーさんがあいさつしました');
    await worker.goBack();
    await clickAndLoad(worker, worker.getByRole('button', { name: '表示をやめる' }));
    await expect(worker.getByRole('status').textContent()).resolves.toContain('作業中の表示をやめました。');
    await expectNoAxeViolations(worker, 'a team page after stopping');
  });
});
