import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { describeInBrowser, pathOf, signInWithKeyboard, useE2E } from './support/e2e';

describeInBrowser('error pages, keyboard and small screens', () => {
  const e2e = useE2E();

  it('shows a friendly 404 page for a missing page', async () => {
    const page = await e2e.newPage();
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('ページが見つかりません');
    await expect(page.getByRole('link', { name: 'ホームに戻る' }).getAttribute('href')).resolves.toBe('/');
    await expectNoAxeViolations(page, '404 page');
  });

  it('shows a friendly 403 page to a worker who opens account management', async () => {
    const page = await e2e.newPage();
    await page.goto('/sign-in');
    await signInWithKeyboard(page, 'worker');
    expect(pathOf(page)).toBe('/');
    const response = await page.goto('/accounts');
    expect(response?.status()).toBe(403);
    await expect(page.locator('h1').textContent()).resolves.toBe('このページを見る権限がありません');
    await expectNoAxeViolations(page, '403 page');
  });

  it('focuses the visible skip link first, and it moves to the main content', async () => {
    const page = await e2e.newPage();
    await page.goto('/sign-in');
    const skipLink = page.getByRole('link', { name: '本文へ移動' });
    const hiddenBox = await skipLink.boundingBox();
    expect(hiddenBox && hiddenBox.y + hiddenBox.height <= 0, 'the skip link is off screen until focused').toBe(true);

    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute('href'),
    }));
    expect(focused).toEqual({ text: '本文へ移動', href: '#main' });
    const box = await skipLink.boundingBox();
    const viewport = page.viewportSize();
    expect(box, 'the focused skip link has a box').not.toBeNull();
    expect(viewport).not.toBeNull();
    if (box && viewport) {
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      expect(box.width).toBeGreaterThan(0);
      expect(box.height).toBeGreaterThan(0);
    }
    await expect(skipLink.isVisible()).resolves.toBe(true);

    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash === '#main');
    const focusedAfter = await page.evaluate(() => document.activeElement?.id);
    expect(focusedAfter, 'the main content has focus after following the skip link').toBe('main');
  });

  it('has no horizontal scrolling at 320 CSS pixels (200% zoom of a 640 px window)', async () => {
    const page = await e2e.newPage({ viewport: { width: 320, height: 640 } });
    const overflow = () =>
      page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));

    await page.goto('/sign-in');
    expect(await overflow(), 'sign-in').toEqual({ scrollWidth: 320, clientWidth: 320 });

    await signInWithKeyboard(page, 'admin');
    expect(pathOf(page)).toBe('/');
    expect(await overflow(), 'admin home').toEqual({ scrollWidth: 320, clientWidth: 320 });

    for (const path of ['/accounts', '/accounts/new', '/account/password', '/settings/money', '/transfers', '/exports']) {
      await page.goto(path);
      const { scrollWidth } = await overflow();
      expect(scrollWidth, path).toBeLessThanOrEqual(320);
    }
  });
});
