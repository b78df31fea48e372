import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pathOf, signInWithKeyboard, useE2E } from './support/e2e';

/** Every demo account, with the Japanese name of its role as the header shows it, and whether it manages accounts. */
const demoRoles = [
  { loginId: 'admin', roleLabel: '事務局', managesAccounts: true },
  { loginId: 'coordinator', roleLabel: '人材コーディネーター', managesAccounts: true },
  { loginId: 'director', roleLabel: 'ディレクター', managesAccounts: false },
  { loginId: 'leader', roleLabel: 'リーダー', managesAccounts: false },
  { loginId: 'worker', roleLabel: 'ワーカー', managesAccounts: false },
  { loginId: 'trainee', roleLabel: '研修生', managesAccounts: false },
  { loginId: 'supporter', roleLabel: '支援者', managesAccounts: false },
  { loginId: 'client', roleLabel: '発注者', managesAccounts: false },
  { loginId: 'tenant', roleLabel: '進出企業', managesAccounts: false },
  { loginId: 'guest', roleLabel: 'ゲスト（ドロップイン・ワーケーション）', managesAccounts: false },
];

describeInBrowser('each demo role signs in, looks around and signs out', () => {
  const e2e = useE2E();
  // Most pages are the same template for several roles: each is checked with axe the first time a
  // role opens it (every role still opens every page of its menu and checks what it gets).
  const checkedWithAxe = new Set<string>();
  const axeOnce = async (page: Parameters<typeof expectNoAxeViolations>[0], path: string, what: string) => {
    if (checkedWithAxe.has(path)) return;
    checkedWithAxe.add(path);
    await expectNoAxeViolations(page, what);
  };

  it.each(demoRoles)('$loginId ($roleLabel)', async ({ loginId, roleLabel, managesAccounts }) => {
    const page = await e2e.newPage();

    const signInPage = await page.goto('/sign-in');
    expect(signInPage?.status()).toBe(200);
    await axeOnce(page, '/sign-in', 'sign-in');

    await signInWithKeyboard(page, loginId);
    expect(pathOf(page)).toBe('/');
    await axeOnce(page, `/ (${loginId})`, `${loginId} home`);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    await expect(page.getByRole('main').count()).resolves.toBe(1);
    const navigation = page.getByRole('navigation', { name: 'メインメニュー' });
    await expect(navigation.textContent()).resolves.toContain(`（${roleLabel}）でサインインしています`);

    // Every link in the main navigation opens, and each page passes axe.
    const hrefs = await navigation.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs).toContain('/');
    expect(hrefs).toContain('/account/password');
    expect(hrefs.includes('/accounts'), 'the accounts link is shown to the roles that manage accounts').toBe(managesAccounts);
    for (const href of hrefs) {
      const response = await page.goto(href);
      expect(response?.status(), `GET ${href}`).toBe(200);
      await expect(page.locator('h1').count()).resolves.toBe(1);
      await expect(page.locator('a[aria-current="page"]').getAttribute('href')).resolves.toBe(href);
      await axeOnce(page, href === '/' ? `/ (${loginId})` : href, `${loginId}: ${href}`);
    }

    await page.goto('/account/password');
    await expect(page.locator('h1').textContent()).resolves.toBe('パスワード変更');
    await axeOnce(page, '/account/password', `${loginId}: /account/password`);

    await clickAndLoad(page, page.getByRole('button', { name: 'サインアウト' }));
    expect(pathOf(page)).toBe('/sign-in?signedOut=1');
    await expect(page.getByRole('status').textContent()).resolves.toBe('サインアウトしました。');
    await expect(page.getByRole('navigation', { name: 'メインメニュー' }).count()).resolves.toBe(0);
    // Signed out for real: a protected page sends the person back to sign in.
    await page.goto('/account/password');
    expect(pathOf(page)).toBe('/sign-in?next=%2Faccount%2Fpassword');
  });
});
