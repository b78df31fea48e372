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
