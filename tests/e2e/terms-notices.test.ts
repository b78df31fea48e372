import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pathOf, signInWithKeyboard, useE2E } from './support/e2e';

describeInBrowser('terms notices (取引条件明示書)', () => {
  const e2e = useE2E();
  const menu = (page: Page) => page.getByRole('navigation', { name: 'メインメニュー' });

  it('the worker takes a task, opens its notice, reads every item and acknowledges it once; the PDF downloads', async () => {
    const page = await e2e.newPage();
    await page.goto('/sign-in');
    await signInWithKeyboard(page, 'worker');
    await clickAndLoad(page, menu(page).getByRole('link', { name: '仕事をさがす' }));
    await clickAndLoad(page, page.getByRole('button', { name: /^「入力 \d+」を引き受ける$/ }).first());
    expect(pathOf(page)).toMatch(/^\/tasks\/[0-9a-f-]{36}\?done=taken$/);
    const taskTitle = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';

    await clickAndLoad(page, page.getByRole('link', { name: 'この作業の取引条件明示書を見る' }));
    expect(pathOf(page)).toMatch(/^\/me\/terms\/[0-9a-f-]{36}$/);
    const main = page.getByRole('main');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/^取引条件明示書 No\.\d+$/);
    const text = (await main.textContent()) ?? '';
    for (const item of ['一般社団法人立科町振興公社', '女神 由美', '委託した日', `入力「${taskTitle}」`, '￥600（50件 × 1件あたり ￥12）', '検査を終える日', '支払期日', '支払方法', '経費の負担', '知的財産権', '個人情報', '再委託', '秘密を守ること']) {
      expect(text, item).toContain(item);
    }
    await expect(main.textContent()).resolves.toContain('確認を待っています');
    await expectNoAxeViolations(page, 'terms notice, waiting');

    const pdf = await page.request.get(`${new URL(page.url()).pathname}/pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');

    await clickAndLoad(page, page.getByRole('button', { name: '内容を確認しました' }));
    expect(pathOf(page)).toMatch(/\?done=acknowledged$/);
    await expect(page.getByRole('status').textContent()).resolves.toContain('確認したことを記録しました。');
    await expect(main.textContent()).resolves.toMatch(/に確認しました/);
    await expect(page.getByRole('button', { name: '内容を確認しました' }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page, 'terms notice, acknowledged');

    await clickAndLoad(page, menu(page).getByRole('link', { name: '取引条件' }));
    expect(pathOf(page)).toBe('/me/terms');
    const list = page.getByRole('table', { name: /明示書/ });
    await expect(list.textContent()).resolves.toContain(taskTitle);
    await expect(main.textContent()).resolves.toContain('すべての明示書を確認しました。');
    await expectNoAxeViolations(page, 'terms notice list');
  });

  it('the director sees the order’s notices with each answer; the admin reads the outbox', async () => {
    const page = await e2e.newPage();
    await page.goto('/sign-in');
    await signInWithKeyboard(page, 'director');
    await clickAndLoad(page, menu(page).getByRole('link', { name: '受注' }));
    await clickAndLoad(page, page.getByRole('link', { name: /名刺データ入力（2,000枚）/ }).first());
    await clickAndLoad(page, page.getByRole('link', { name: 'ワーカーに出した取引条件明示書' }));
    expect(pathOf(page)).toMatch(/^\/orders\/[0-9a-f-]{36}\/terms-notices$/);
    const table = page.getByRole('table', { name: /明示書/ });
    await expect(table.textContent()).resolves.toContain('女神 ワーカー');
    await expect(table.textContent()).resolves.toContain('八ヶ岳 研修生');
    await expect(table.textContent()).resolves.toContain('確認を待っています');
    await expectNoAxeViolations(page, 'order terms notices');

    const admin = await e2e.newPage();
    await admin.goto('/sign-in');
    await signInWithKeyboard(admin, 'admin');
    await clickAndLoad(admin, menu(admin).getByRole('link', { name: '送信メール' }));
    expect(pathOf(admin)).toBe('/admin/outbox');
    await expect(admin.getByRole('main').textContent()).resolves.toContain('メールを送る設定（SMTP）はまだありません');
    await expectNoAxeViolations(admin, 'outbox');
  });
});
