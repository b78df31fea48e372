/** The feed's URL path for a token: the secret is the token itself. */
export function feedPath(token: string): string {
  return `/calendar/${token}.ics`;
}

/** The token in a feed's last path segment (`<43 base64url characters>.ics`), or undefined. */
export function tokenFromFeedSegment(segment: string): string | undefined {
  return /^([\w-]{43})\.ics$/.exec(segment)?.[1];
}

/** A request path fit for the log: a feed's secret token replaced, so logs never hold a working URL. */
export function withoutFeedToken(path: string): string {
  return path.replace(/^\/calendar\/[^/]+$/, '/calendar/(token).ics');
}
