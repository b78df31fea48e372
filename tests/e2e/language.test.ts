import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pageLanguage, pathOf, signInWithKeyboard, useE2E } from './support/e2e';

describeInBrowser('language', () => {
  const e2e = useE2E();

  it('switches to English, remembers it across pages and signing in, and switches back', async () => {
    const page = await e2e.newPage();
    await page.goto('/sign-in');
    expect(await pageLanguage(page)).toBe('ja');
    await expect(page.locator('h1').textContent()).resolves.toBe('サインイン');

    // The button names the other language in that language.
    const english = page.getByRole('button', { name: 'English' });
    await expect(english.getAttribute('lang')).resolves.toBe('en');
    await clickAndLoad(page, english);
    expect(pathOf(page), 'the switch comes back to the same page').toBe('/sign-in');
    expect(await pageLanguage(page)).toBe('en');
    await expect(page.locator('h1').textContent()).resolves.toBe('Sign in');
    await expect(page.title()).resolves.toBe('Sign in | Machiwork');
    await expectNoAxeViolations(page, 'sign-in in English');

    await page.reload();
    expect(await pageLanguage(page), 'still English after a reload').toBe('en');
    await expect(page.locator('h1').textContent()).resolves.toBe('Sign in');

    await page.goto('/');
    expect(await pageLanguage(page), 'still English on another page').toBe('en');
    await expect(page.locator('h1').textContent()).resolves.toBe('Welcome to Machiwork');
    await clickAndLoad(page, page.getByRole('main').getByRole('link', { name: 'Sign in' }));
    expect(pathOf(page)).toBe('/sign-in');

    await signInWithKeyboard(page, 'coordinator');
    expect(pathOf(page)).toBe('/');
    expect(await pageLanguage(page), 'still English after signing in').toBe('en');
    const navigation = page.getByRole('navigation', { name: 'Main menu' });
    await expect(navigation.textContent()).resolves.toContain('Signed in as');
    await expect(navigation.textContent()).resolves.toContain('(Coordinator)');
    await expectNoAxeViolations(page, 'home in English');

    const japanese = page.getByRole('button', { name: '日本語' });
    await expect(japanese.getAttribute('lang')).resolves.toBe('ja');
    await clickAndLoad(page, japanese);
    expect(pathOf(page)).toBe('/');
    expect(await pageLanguage(page)).toBe('ja');
    await expect(page.getByRole('navigation', { name: 'メインメニュー' }).textContent()).resolves.toContain('（人材コーディネーター）でサインインしています');
    await page.goto('/account/password');
    expect(await pageLanguage(page), 'Japanese is remembered too').toBe('ja');
    await expect(page.locator('h1').textContent()).resolves.toBe('パスワード変更');
  });

  it('works with JavaScript turned off: sign in, switch language, sign out by plain form posts', async () => {
    // No axe here: it runs in the page, and hangs without JavaScript.
    const page = await e2e.newPage({ javaScriptEnabled: false });
    await page.goto('/sign-in');
    await signInWithKeyboard(page, 'worker');
    expect(pathOf(page)).toBe('/');
    await expect(page.getByRole('navigation', { name: 'メインメニュー' }).textContent()).resolves.toContain('（ワーカー）でサインインしています');

    await clickAndLoad(page, page.getByRole('button', { name: 'English' }));
    expect(pathOf(page)).toBe('/');
    expect(await pageLanguage(page)).toBe('en');
    await expect(page.getByRole('navigation', { name: 'Main menu' }).textContent()).resolves.toContain('(Worker)');

    await clickAndLoad(page, page.getByRole('button', { name: 'Sign out' }));
    expect(pathOf(page)).toBe('/sign-in?signedOut=1');
    await expect(page.getByRole('status').textContent()).resolves.toBe('You have signed out.');
    await expect(page.getByRole('navigation', { name: 'Main menu' }).count()).resolves.toBe(0);
  });
});
