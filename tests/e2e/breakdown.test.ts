import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pathOf, signInWithKeyboard, useE2E } from './support/e2e';

describeInBrowser('breakdown (細分化)', () => {
  const e2e = useE2E();

  it('the director adds a package to the business-card order, splits it, uploads instructions and sees who holds what', async () => {
    const page = await e2e.newPage();
    await page.goto('/sign-in');
    await signInWithKeyboard(page, 'director');
    // The business-card order's id, from its handed-in work waiting for review.
    await page.goto('/review');
    await clickAndLoad(page, page.getByRole('link', { name: /^「入力 \d+」を検品する$/ }).first());
    const progress = (await page.getByRole('link', { name: 'この受注の進み具合を見る' }).getAttribute('href')) ?? '';
    const orderId = /^\/orders\/([0-9a-f-]{36})\/progress$/.exec(progress)?.[1];
    expect(orderId).toBeDefined();

    await page.goto(`/orders/${orderId}/breakdown`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('作業の分け方: 名刺データ入力（2,000枚）');
    const entry = page.getByRole('article', { name: '1. 入力' });
    await expect(entry.textContent()).resolves.toContain('1件あたり ￥12');
    await expect(page.getByRole('article', { name: '2. 確認' }).textContent()).resolves.toContain('「入力」の確認');
    await expectNoAxeViolations(page, 'breakdown');

    await page.getByLabel('名前').fill('ふりがな付け');
    await page.getByLabel('量の単位').fill('件');
    await page.getByLabel('単価（円）').fill('５');
    await page.getByLabel('締切').fill('2099/1/31');
    await expect(page.getByRole('checkbox', { name: 'データ入力' }).isChecked()).resolves.toBe(true);
    await clickAndLoad(page, page.getByRole('button', { name: '作る', exact: true }));
    await expect(page.getByRole('status').textContent()).resolves.toContain('作業のまとまりを作りました。');

    const added = page.getByRole('article', { name: '3. ふりがな付け' });
    await added.getByText('量で作業に分ける').click();
    await added.getByLabel('全体の量').fill('1,000');
    await added.getByLabel('1つの作業の量').fill('0');
    await added.getByLabel('1つの作業の見込み時間（分）').fill('30');
    await clickAndLoad(page, added.getByRole('button', { name: '作業に分ける' }));
    await expect(page.locator('#field-split3-unitsPerTask-error').textContent()).resolves.toBe('1つの作業の量は1以上の整数で書いてください。');
    await expectNoAxeViolations(page, 'breakdown with an error');

    await page.getByRole('article', { name: '3. ふりがな付け' }).getByLabel('1つの作業の量').fill('50');
    await clickAndLoad(page, page.getByRole('article', { name: '3. ふりがな付け' }).getByRole('button', { name: '作業に分ける' }));
    await expect(page.getByRole('status').textContent()).resolves.toContain('20件の作業を作りました。');
    await expect(page.getByRole('article', { name: '3. ふりがな付け' }).textContent()).resolves.toContain('全部で20件');

    const card = page.getByRole('article', { name: '3. ふりがな付け' });
    await card.getByText('手順書・資料を加える').click();
    await card.getByLabel('ファイル（5つまで）').setInputFiles({ name: 'ふりがなの付け方.txt', mimeType: 'text/plain', buffer: Buffer.from('カタカナで入力します。') });
    await clickAndLoad(page, card.getByRole('button', { name: 'アップロードする' }));
    await expect(page.getByRole('status').textContent()).resolves.toContain('ファイルをアップロードしました。');
    const fileLink = page.getByRole('article', { name: '3. ふりがな付け' }).getByRole('link', { name: 'ふりがなの付け方.txt' });
    const download = await page.request.get((await fileLink.getAttribute('href')) ?? '');
    expect(download.status()).toBe(200);
    expect(await download.text()).toBe('カタカナで入力します。');
    await expectNoAxeViolations(page, 'breakdown after upload');

    await clickAndLoad(page, page.getByRole('link', { name: 'だれが何をしているかを見る' }));
    expect(pathOf(page)).toBe(`/orders/${orderId}/tasks`);
    const table = page.getByRole('table', { name: /作業 \d+件/ });
    await expect(table.getByRole('row', { name: /^入力 5\b/ }).textContent()).resolves.toContain('八ヶ岳 研修生');
    await expect(table.getByRole('row', { name: /^入力 4\b/ }).textContent()).resolves.toContain('検品待ち');
    await expectNoAxeViolations(page, 'who holds what');

    await page.getByLabel('状態').selectOption('held');
    await clickAndLoad(page, page.getByRole('button', { name: '絞り込む' }));
    expect(pathOf(page)).toContain('status=held');
    await expect(page.getByRole('table').textContent()).resolves.toContain('八ヶ岳 研修生');
  });
});
