import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pathOf, useE2E } from './support/e2e';
import { fillTerms } from './support/orders';

const orderTitle = '議会だよりの点字データ作成';
// Due in a week: sooner than the demo orders' work, so it heads the worker's list (earliest deadline first).
const deadline = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date(Date.now() + 7 * 86_400_000));

describeInBrowser('an order from start to finish', () => {
  const e2e = useE2E();

  it('the director creates and splits an order, a worker takes a task and hands it in, the leader accepts it, the client sees the progress and the deliverable', async () => {
    // The director: inquiry → quote → terms → order, a team, and the work split into tasks.
    const director = await e2e.signedIn('director');
    await director.goto('/orders/new');
    await director.locator('#field-clientId').selectOption({ label: '立科町' });
    await director.locator('#field-title').fill(orderTitle);
    await clickAndLoad(director, director.getByRole('button', { name: '登録する' }));
    const orderPath = pathOf(director).replace(/[?#].*$/, '');
    await director.locator('#field-item-description').fill('点字データ作成');
    await director.locator('#field-item-quantity').fill('100');
    await director.locator('#field-item-unit').fill('ページ');
    await director.locator('#field-item-unitPriceYen').fill('1500');
    await clickAndLoad(director, director.locator('form[action$="/quote-items"]').getByRole('button', { name: '加える' }));
    await clickAndLoad(director, director.getByRole('button', { name: '見積を出した' }));
    await director.goto(`${orderPath}/terms`);
    await fillTerms(director);
    await clickAndLoad(director, director.getByRole('button', { name: '保存する' }));
    await clickAndLoad(director, director.getByRole('button', { name: '受注した' }));
    await expect(director.getByRole('status').textContent()).resolves.toContain('状態を「受注」にしました。');

    const teamForm = director.locator('form[action$="/team"]');
    for (const [account, role] of [['（worker・', 'メンバー'], ['（leader・', 'リーダー']] as const) {
      const person = await teamForm.locator('option', { hasText: account }).getAttribute('value');
      await director.locator('#field-team-userId').selectOption(person!);
      await teamForm.getByLabel(role, { exact: true }).check();
      await clickAndLoad(director, teamForm.getByRole('button', { name: '加える' }));
      await expect(director.getByRole('status').textContent()).resolves.toContain('チームに加えました。');
    }
    await clickAndLoad(director, director.getByRole('button', { name: '作業を始める' }));

    await clickAndLoad(director, director.getByRole('link', { name: '作業の細分化（パッケージと作業）' }));
    expect(pathOf(director)).toBe(`${orderPath}/breakdown`);
    await director.getByLabel('名前').fill('点訳');
    await director.getByLabel('量の単位').fill('ページ');
    await director.getByLabel('単価（円）').fill('120');
    await director.getByLabel('締切').fill(deadline);
    await clickAndLoad(director, director.getByRole('button', { name: '作る', exact: true }));
    const workPackage = director.getByRole('article', { name: '1. 点訳' });
    await workPackage.getByText('量で作業に分ける').click();
    await workPackage.getByLabel('全体の量').fill('100');
    await workPackage.getByLabel('1つの作業の量').fill('50');
    await workPackage.getByLabel('1つの作業の見込み時間（分）').fill('90');
    await clickAndLoad(director, workPackage.getByRole('button', { name: '作業に分ける' }));
    await expect(director.getByRole('status').textContent()).resolves.toContain('2件の作業を作りました。');
    await expectNoAxeViolations(director, 'breakdown of the new order');

    // The worker: finds the new task among the work she may take, takes it and hands it in with a file.
    const worker = await e2e.signedIn('worker');
    await worker.goto('/tasks');
    await expect(worker.getByRole('main').textContent()).resolves.toContain(orderTitle);
    await clickAndLoad(worker, worker.getByRole('button', { name: '「点訳 1」を引き受ける' }));
    await expect(worker.getByRole('status').textContent()).resolves.toContain('作業を引き受けました。');
    await worker.locator('#field-handIn-units').fill('50');
    await worker.locator('#field-handIn-files').setInputFiles({ name: 'tenji-1.txt', mimeType: 'text/plain', buffer: Buffer.from('⠠⠞⠁⠞⠑⠎⠓⠊⠝⠁') });
    await clickAndLoad(worker, worker.getByRole('button', { name: '提出する' }));
    await expect(worker.getByRole('status').textContent()).resolves.toContain('提出しました。検品を待っています。');

    // The leader: reviews it and accepts it, which records today as the inspection date.
    const leader = await e2e.signedIn('leader');
    await leader.goto('/review');
    await clickAndLoad(leader, leader.getByRole('link', { name: '「点訳 1」を検品する' }));
    await expect(leader.getByRole('main').textContent()).resolves.toContain('tenji-1.txt');
    await clickAndLoad(leader, leader.getByRole('button', { name: '受け入れる' }));
    await expect(leader.getByRole('status').textContent()).resolves.toContain('受け入れました。今日が検収日です。');

    // The client (the town): sees the order's progress and downloads the accepted deliverable.
    const client = await e2e.signedIn('client');
    await clickAndLoad(client, client.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'ご依頼の状況' }));
    await clickAndLoad(client, client.getByRole('link', { name: orderTitle }));
    const main = client.getByRole('main');
    await expect(main.textContent()).resolves.toContain('作業中です');
    await expect(client.getByRole('table', { name: '作業ごとの受け入れた量' }).textContent()).resolves.toMatch(/50.*100/);
    await expect(main.textContent()).resolves.not.toContain('女神');
    const deliverable = client.getByRole('link', { name: 'tenji-1.txt' });
    const download = await client.request.get((await deliverable.getAttribute('href'))!);
    expect(download.status()).toBe(200);
    expect(await download.text()).toBe('⠠⠞⠁⠞⠑⠎⠓⠊⠝⠁');
    await expectNoAxeViolations(client, 'portal order with a deliverable');
  });
});
