import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pathOf, signInWithKeyboard, useE2E } from './support/e2e';
import { fillTerms } from './support/orders';

describeInBrowser('orders: inquiry, quote, terms and team', () => {
  const e2e = useE2E();

  it('the director registers an inquiry from the town, quotes it, fills the terms, wins it and forms the team', async () => {
    const page = await e2e.newPage();
    await page.goto('/sign-in');
    await signInWithKeyboard(page, 'director');
    await clickAndLoad(page, page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '受注' }));
    expect(pathOf(page)).toBe('/orders');
    await expect(page.getByRole('main').textContent()).resolves.toContain('名刺データ入力（2,000枚）');
    await expectNoAxeViolations(page, 'orders');

    await clickAndLoad(page, page.getByRole('link', { name: '引き合いを登録する' }));
    expect(pathOf(page)).toBe('/orders/new');
    await expectNoAxeViolations(page, 'new inquiry');
    await page.locator('#field-receivedOn').fill('11月2日');
    await clickAndLoad(page, page.getByRole('button', { name: '登録する' }));
    await expect(page.locator('#field-clientId-error').textContent()).resolves.toBe('発注者を選んでください。');
    await expect(page.locator('#field-title-error').textContent()).resolves.toBe('入力してください。');
    await expect(page.locator('#field-receivedOn-error').textContent()).resolves.toContain('2026-12-01');
    await expectNoAxeViolations(page, 'new inquiry with errors');

    await page.locator('#field-clientId').selectOption({ label: '立科町' });
    await page.locator('#field-title').fill('議会だよりの点字データ作成');
    await page.locator('#field-inquiry').fill('議会だより（年4回）を点字データにしてほしい。');
    await page.locator('#field-receivedOn').fill('2026/11/20');
    await clickAndLoad(page, page.getByRole('button', { name: '登録する' }));
    expect(pathOf(page)).toMatch(/^\/orders\/[0-9a-f-]{36}\?done=created#?$/);
    const orderPath = pathOf(page).replace(/\?.*$/, '');
    await expect(page.getByRole('status').textContent()).resolves.toContain('引き合いを登録しました。');

    const addLine = async (description: string, quantity: string, unit: string, price: string, rate: '10%（標準税率）' | '8%（軽減税率）') => {
      const form = page.locator('form[action$="/quote-items"]');
      await page.locator('#field-item-description').fill(description);
      await page.locator('#field-item-quantity').fill(quantity);
      await page.locator('#field-item-unit').fill(unit);
      await page.locator('#field-item-unitPriceYen').fill(price);
      await form.getByLabel(rate).check();
      await clickAndLoad(page, form.getByRole('button', { name: '加える' }));
      await expect(page.getByRole('status').textContent()).resolves.toContain('見積に明細を加えました。');
    };
    await addLine('点字データ作成', '48', 'ページ', '1,500', '10%（標準税率）');
    await addLine('校正', '48', 'ページ', '300', '10%（標準税率）');
    const totals = page.getByRole('table', { name: '税率ごとの合計' });
    await expect(totals.textContent()).resolves.toContain('￥95,040');

    await clickAndLoad(page, page.getByRole('button', { name: '見積を出した' }));
    await expect(page.getByRole('status').textContent()).resolves.toContain('状態を「見積済み」にしました。');
    await clickAndLoad(page, page.getByRole('button', { name: '受注した' }));
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain('受注にする前に、次の取引条件を書いてください');
    await expectNoAxeViolations(page, 'order page with missing terms');

    await clickAndLoad(page, page.getByRole('link', { name: '取引条件を書く', exact: true }));
    expect(pathOf(page)).toBe(`${orderPath}/terms`);
    await expectNoAxeViolations(page, 'terms form');
    await fillTerms(page);
    await page.getByLabel('テレワークセンターでだけ').check();
    await page.getByLabel('文章作成').check();
    await page.getByLabel('一部を抜き取って検品する').check();
    await page.locator('#field-reviewSamplePercent').fill('20');
    await clickAndLoad(page, page.getByRole('button', { name: '保存する' }));
    expect(pathOf(page)).toBe(`${orderPath}?done=terms`);
    await expect(page.getByRole('status').textContent()).resolves.toContain('取引条件を保存しました。');

    await page.getByLabel('メモ（任意）').fill('町から注文書を受け取った');
    await clickAndLoad(page, page.getByRole('button', { name: '受注した' }));
    await expect(page.getByRole('status').textContent()).resolves.toContain('状態を「受注」にしました。');
    await expect(page.getByRole('table', { name: /状態の記録/ }).textContent()).resolves.toContain('町から注文書を受け取った');

    const teamForm = page.locator('form[action$="/team"]');
    const worker = await teamForm.locator('option', { hasText: '（worker・' }).getAttribute('value');
    await page.locator('#field-team-userId').selectOption(worker!);
    await clickAndLoad(page, teamForm.getByRole('button', { name: '加える' }));
    await expect(page.getByRole('status').textContent()).resolves.toContain('チームに加えました。');
    await expect(page.getByRole('table', { name: /チームの人/ }).textContent()).resolves.toContain('メンバー');
    await expectNoAxeViolations(page, 'order page');

    await clickAndLoad(page, page.getByRole('link', { name: '印刷用の見積書を開く' }));
    expect(pathOf(page)).toBe(`${orderPath}/quote/print`);
    await expect(page.getByRole('main').textContent()).resolves.toContain('立科町 御中');
    await expectNoAxeViolations(page, 'printable quote');
  });

  it('the director records the demo worker’s NDA on the NDA-level order', async () => {
    const page = await e2e.newPage();
    await page.goto('/sign-in');
    await signInWithKeyboard(page, 'director');
    await page.goto('/orders');
    await clickAndLoad(page, page.getByRole('link', { name: '健康診断結果の入力' }));
    const team = page.getByRole('table', { name: /チームの人/ });
    await expect(team.textContent()).resolves.toContain('未署名');
    const form = page.locator('form[action$="/ndas"]');
    const worker = await form.locator('option', { hasText: '女神 ワーカー' }).getAttribute('value');
    await page.locator('#field-nda-userId').selectOption(worker!);
    await page.locator('#field-nda-signedOn').fill('2026/11/1');
    await clickAndLoad(page, form.getByRole('button', { name: '記録する' }));
    await expect(page.getByRole('status').textContent()).resolves.toContain('NDAの署名を記録しました。');
    await expect(team.textContent()).resolves.toContain('署名済み（2026年11月1日');
    await expectNoAxeViolations(page, 'NDA-level order page');
  });
});
