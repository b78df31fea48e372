import type { TestBrowser } from './test-app';

/** Submits a form with files (multipart) as a browser would, with the CSRF token; a field given a list is sent once per value. */
export async function postMultipart(browser: TestBrowser, path: string, fields: Record<string, string | string[]>, files: Record<string, File[]> = {}) {
  if (!browser.cookies.has('mw_csrf')) await browser.get('/healthz');
  const body = new FormData();
  body.set('_csrf', browser.cookies.get('mw_csrf') ?? '');
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) body.append(name, item);
  for (const [name, list] of Object.entries(files)) for (const file of list) body.append(name, file);
  return browser.request(path, { method: 'POST', body });
}
