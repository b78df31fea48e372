import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppContext } from '../app-env';

export type CookieName = 'session' | 'csrf' | 'lang';

// With Secure cookies the __Host- prefix also pins them to this host and path.
function cookieName(c: AppContext, name: CookieName): string {
  return c.var.deps.config.cookieSecure ? `__Host-mw_${name}` : `mw_${name}`;
}

export function readCookie(c: AppContext, name: CookieName): string | undefined {
  return getCookie(c, cookieName(c, name));
}

export function writeCookie(c: AppContext, name: CookieName, value: string, maxAgeSeconds?: number): void {
  setCookie(c, cookieName(c, name), value, {
    path: '/',
    httpOnly: true,
    secure: c.var.deps.config.cookieSecure,
    sameSite: 'Lax',
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  });
}

export function removeCookie(c: AppContext, name: CookieName): void {
  deleteCookie(c, cookieName(c, name), { path: '/', secure: c.var.deps.config.cookieSecure });
}
