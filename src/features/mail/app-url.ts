/**
 * The address people reach the app at, for links in e-mail. `notify` is called from many features
 * without the configuration at hand, so the server sets this once at start; unset (tests, no
 * PUBLIC_URL known), e-mail names the page without a link.
 */
let appUrl: string | undefined;

export function setAppUrl(url: string | undefined): void {
  appUrl = url?.replace(/\/$/, '');
}

/** A full link to a path inside the app, or undefined when the address is not known or the path is not the app's. */
export function appLink(path: string | null | undefined): string | undefined {
  if (!appUrl || !path || !path.startsWith('/') || path.startsWith('//')) return undefined;
  return `${appUrl}${path}`;
}
