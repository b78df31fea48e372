import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pathOf, useE2E } from './support/e2e';

describeInBrowser('reports', () => {
  const e2e = useE2E();

  it('the coordinator opens the report from the menu, picks a fiscal year, then a wrong period', async () => {
    const page = await e2e.signedIn('coordinator');
    await page.goto('/');
    await clickAndLoad(page, page.getByRole('link', { name: '報告書' }).first());
    expect(pathOf(page)).toBe('/reports');
    await expectNoAxeViolations(page, 'the report for the current fiscal year');
    // A figure opens the people behind it, and each person their record.
    const registered = page.getByRole('table', { name: '登録ワーカーの人数' });
    await clickAndLoad(page, registered.getByRole('row', { name: /期間の終わり/ }).getByRole('link'));
    expect(pathOf(page)).toMatch(/^\/reports\/records\/registered-at-end\?year=\d{4}$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/^期間の終わりの記録（令和\d+年度）$/);
    await expectNoAxeViolations(page, 'the workers registered at the end of the year');
    await clickAndLoad(page, page.getByRole('table').getByRole('link').first());
    expect(pathOf(page)).toMatch(/^\/workers\/[0-9a-f-]{36}$/);
    await page.goBack();
    await clickAndLoad(page, page.getByRole('link', { name: '報告書に戻る' }));
    expect(pathOf(page)).toMatch(/^\/reports\?year=\d{4}$/);
    await page.getByLabel('年度').selectOption({ label: '令和2年度' });
    await clickAndLoad(page, page.getByRole('button', { name: '表示する' }));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('事業の報告書（令和2年度）');
    await expect(page.getByRole('table', { name: '登録ワーカーの人数' }).isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page, 'the report for 令和2年度');
    await page.getByLabel('始めの日（好きな期間にするとき）').fill('2021-03-31');
    await page.getByLabel('終わりの日').fill('2020-04-01');
    await clickAndLoad(page, page.getByRole('button', { name: '表示する' }));
    await expect(page.getByRole('main').textContent()).resolves.toContain('終わりの日は始めの日より後にしてください。');
    await expectNoAxeViolations(page, 'a refused period');
  });
});
