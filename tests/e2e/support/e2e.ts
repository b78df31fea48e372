import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { startServer, type RunningServer, type ServerOptions } from './server';

export const chromiumPath = '/usr/bin/chromium';
export const demoPassword = 'machiwork-demo';

const browserRequired = process.env.REQUIRE_BROWSER === '1';
export const browserAvailable = existsSync(chromiumPath);

if (!browserAvailable) {
  const message = `${chromiumPath} is missing: install Debian's chromium package (apt-get install chromium fonts-noto-cjk) to run the browser tests.`;
  if (browserRequired) throw new Error(`REQUIRE_BROWSER=1 but ${message}`);
  console.warn(`\n  Skipping the browser tests: ${message}\n`);
}

/** `describe`, or `describe.skip` when there is no browser to drive (and none is required). */
export const describeInBrowser = browserAvailable ? describe : describe.skip;

export type E2E = {
  readonly baseUrl: string;
  readonly browser: Browser;
  /** A fresh context (its own cookies); closed after the file. */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  /** A new page in a fresh context. */
  newPage: (options?: BrowserContextOptions) => Promise<Page>;
  /** A new page in a fresh context, signed in with the keyboard as a demo account. */
  signedIn: (loginId: string) => Promise<Page>;
  /** Moves the server's clock to `moment` (the browser's stays), e.g. to when a session has started. */
  moveClockTo: (moment: Date) => Promise<void>;
};

/**
 * Starts the app server and one headless Chromium for the current test file,
 * and stops both (and removes the server's data) after it.
 */
export function useE2E(options: ServerOptions = {}): E2E {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startServer(options),
      chromium.launch({
        executablePath: chromiumPath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      }),
    ]);
  });

  afterAll(async () => {
    await Promise.allSettled(contexts.map((context) => context.close()));
    await browser?.close();
    await server?.stop();
  });

  const e2e: E2E = {
    get baseUrl() {
      if (!server) throw new Error('the server is not running (did beforeAll fail?)');
      return server.baseUrl;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not running (did beforeAll fail?)');
      return browser;
    },
    async newContext(options = {}) {
      const context = await e2e.browser.newContext({ baseURL: e2e.baseUrl, locale: 'ja-JP', ...options });
      context.setDefaultTimeout(10_000);
      context.setDefaultNavigationTimeout(15_000);
      contexts.push(context);
      return context;
    },
    async newPage(options = {}) {
      return (await e2e.newContext(options)).newPage();
    },
    async signedIn(loginId) {
      const page = await e2e.newPage();
      await page.goto('/sign-in');
      await signInWithKeyboard(page, loginId);
      return page;
    },
    async moveClockTo(moment) {
      if (!server) throw new Error('the server is not running (did beforeAll fail?)');
      await server.moveClockTo(moment);
    },
  };
  return e2e;
}

/** Does something that submits a form or follows a link, and waits until the next page has loaded. */
export async function andWaitForLoad(page: Page, action: () => Promise<unknown>): Promise<void> {
  const loaded = page.waitForEvent('load');
  await action();
  await loaded;
}

/** Clicks (a link or a submit button) and waits for the page that follows. */
export async function clickAndLoad(page: Page, target: Locator): Promise<void> {
  await andWaitForLoad(page, () => target.click());
}

export function pathOf(page: Page): string {
  const url = new URL(page.url());
  return url.pathname + url.search;
}

/**
 * Fills the sign-in form the way a person with a keyboard does: click the login ID field,
 * type, Tab to the password, type, Enter. Waits for the page after signing in.
 */
export async function signInWithKeyboard(page: Page, loginId: string, password = demoPassword): Promise<void> {
  await page.getByLabel(/ログインID|Login ID/).click();
  await page.keyboard.type(loginId);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'Tab from the login ID goes to the password').toBe('password');
  await page.keyboard.type(password);
  await andWaitForLoad(page, () => page.keyboard.press('Enter'));
}

/** The `lang` of the page's html element. */
export async function pageLanguage(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('lang');
}
