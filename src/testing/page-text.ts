import { visibleText } from './html';
import type { TestBrowser } from './test-app';

/** A page as a person reads it: its status and visible text. */
export async function getText(browser: TestBrowser, path: string) {
  const response = await browser.get(path);
  return { status: response.status, text: visibleText(await response.text()) };
}

/** A form sent: the status, where it redirects (if it does) and the visible text of the answer. */
export async function postText(browser: TestBrowser, path: string, fields: Record<string, string> = {}) {
  const response = await browser.post(path, fields);
  return { status: response.status, location: response.headers.get('location'), text: visibleText(await response.text()) };
}
