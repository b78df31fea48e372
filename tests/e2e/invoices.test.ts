import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pathOf, useE2E } from './support/e2e';

const orderTitle = '観光ガイドの原稿（秋）';

describeInBrowser('invoices', () => {
  const e2e = useE2E();

  const statusText = (page: Page) => page.getByRole('status').textContent();

  it('the director invoices an order’s accepted work, issues it and records a payment; the client finds it in the portal', async () => {
    const director = await e2e.signedIn('director');
    await director.goto('/invoices');
    await expect(director.getByRole('main').textContent()).resolves.toContain('支払期限を過ぎた請求書（1件）');
    await expectNoAxeViolations(director, 'invoice list');
    await clickAndLoad(director, director.getByRole('link', { name: '支払期限を過ぎた請求書（1件）' }));
    await expect(director.getByRole('main').textContent()).resolves.toContain('広報たてしなの点字版の作成');
    await expectNoAxeViolations(director, 'overdue invoices');

    // From the order page: its accepted work becomes the draft's lines.
    await director.goto('/orders');
    await clickAndLoad(director, director.getByRole('link', { name: orderTitle }));
    await clickAndLoad(director, director.getByRole('link', { name: 'この受注の請求書を作る' }));
    expect(pathOf(director)).toMatch(/^\/invoices\/new\?order=/);
    await expectNoAxeViolations(director, 'new invoice');
    await director.getByLabel('これまでに検収した作業の量', { exact: false }).check();
    await clickAndLoad(director, director.locator('form[action="/invoices/new/order"]').getByRole('button', { name: '下書きを作る' }));
    await expect(statusText(director)).resolves.toContain('請求書の下書きを作りました。');
    const invoicePath = pathOf(director).replace(/[?#].*$/, '');
    await expect(director.getByRole('table', { name: '明細 1行' }).textContent()).resolves.toContain('原稿');
    await expectNoAxeViolations(director, 'draft invoice');

    // The quote had no price for the writing: set it on the line.
    await clickAndLoad(director, director.getByRole('link', { name: '「原稿」の行を直す' }));
    await director.getByLabel('単価（円）').fill('');
    await clickAndLoad(director, director.getByRole('button', { name: '保存する' }));
    await expect(director.locator('#field-unitPriceYen-error').textContent()).resolves.toContain('入力してください');
    await expectNoAxeViolations(director, 'line with an error');
    await director.getByLabel('単価（円）').fill('18,000');
    await clickAndLoad(director, director.getByRole('button', { name: '保存する' }));
    await expect(statusText(director)).resolves.toContain('明細を保存しました。');

    await clickAndLoad(director, director.getByRole('button', { name: '発行する' }));
    await expect(statusText(director)).resolves.toContain('請求書 No. 3 を発行しました。');
    const main = await director.getByRole('main').textContent();
    expect(main).toContain('登録番号 T3100001234567');
    expect(main).toContain('立科町 御中');
    expect(main).toContain('￥39,600');
    await expectNoAxeViolations(director, 'issued invoice');
    const pdf = await director.request.get(`${invoicePath}/pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');

    await director.getByLabel('金額（円）').fill('20000');
    await director.getByLabel('メモ').fill('一部入金');
    await clickAndLoad(director, director.getByRole('button', { name: '記録する' }));
    await expect(statusText(director)).resolves.toContain('入金を記録しました。');
    await expect(director.getByRole('main').textContent()).resolves.toContain('一部入金');
    await expectNoAxeViolations(director, 'invoice with a payment');

    // The town's client account: its invoices, the new one among them, and the PDF.
    const client = await e2e.signedIn('client');
    await clickAndLoad(client, client.getByRole('link', { name: '請求書' }).first());
    expect(pathOf(client)).toBe('/portal/invoices');
    const portal = await client.getByRole('main').textContent();
    expect(portal).toContain(orderTitle);
    expect(portal).toContain('一部入金');
    await expectNoAxeViolations(client, 'client invoices');
    const clientPdf = await client.request.get((await client.getByRole('link', { name: '請求書 No. 3 の PDF' }).getAttribute('href'))!);
    expect(clientPdf.status()).toBe(200);
    expect(clientPdf.headers()['content-type']).toBe('application/pdf');
  });
});
