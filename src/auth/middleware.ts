import { timingSafeEqual } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';
import { renderErrorPage } from '../ui/error-pages';
import { readCookie, removeCookie, writeCookie } from './cookies';
import { can, type Permission } from './policy';
import { findSessionUser } from './session';
import { randomToken } from './tokens';

/** Loads the signed-in user, if any, from the session cookie. */
export const loadSession = createMiddleware<AppEnv>(async (c, next) => {
  const token = readCookie(c, 'session');
  const user = token ? await findSessionUser(c.var.deps.db, token) : null;
  if (token && !user) removeCookie(c, 'session');
  c.set('user', user);
  c.set('sessionToken', user ? (token ?? null) : null);
  await next();
});

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Whether a browser's Origin is this site: exactly PUBLIC_URL when set; otherwise the same host,
 * whatever the scheme (behind a proxy that ends TLS the app sees http while browsers send https).
 */
function isOwnOrigin(origin: string, publicUrl: string | undefined, host: string | undefined): boolean {
  if (publicUrl) return origin === new URL(publicUrl).origin;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * Double-submit CSRF protection: every state-changing request must echo the value of an
 * HttpOnly SameSite cookie in a `_csrf` form field (or `x-csrf-token` header), and a browser's
 * Origin header, when sent, must be this site's.
 */
export const csrfProtection = createMiddleware<AppEnv>(async (c, next) => {
  let token = readCookie(c, 'csrf');
  if (!token || !/^[\w-]{43}$/.test(token)) {
    token = randomToken();
    writeCookie(c, 'csrf', token);
  }
  c.set('csrfToken', token);
  // The API authenticates by bearer token only, never by cookie, so a forged cross-site request carries nothing it accepts.
  if (safeMethods.has(c.req.method) || c.req.path.startsWith('/api/v1/')) return next();

  const origin = c.req.header('origin');
  if (origin && origin !== 'null' && !isOwnOrigin(origin, c.var.deps.config.publicUrl, c.req.header('host'))) {
    return renderErrorPage(c, 'csrf');
  }

  let submitted = c.req.header('x-csrf-token');
  if (!submitted) {
    const contentType = c.req.header('content-type') ?? '';
    if (contentType.startsWith('application/x-www-form-urlencoded') || contentType.startsWith('multipart/form-data')) {
      const field = (await c.req.parseBody())._csrf;
      if (typeof field === 'string') submitted = field;
    }
  }
  if (!submitted || !sameText(submitted, token)) return renderErrorPage(c, 'csrf');
  await next();
});

/** Marks a middleware as a route's permission declaration; the route × role test looks for it. */
export const declaredPermission = Symbol('declaredPermission');

export type PermissionMiddleware = MiddlewareHandler<AppEnv> & { [declaredPermission]: Permission };

/**
 * Every route starts with `allow(permission)`. Without a session a protected route sends the
 * person to sign in; with one it answers 403 when the policy says no.
 */
export function allow(permission: Permission): PermissionMiddleware {
  const middleware = createMiddleware<AppEnv>(async (c, next) => {
    const user = c.var.user;
    if (can(user, permission)) return next();
    if (!user) {
      const url = new URL(c.req.url);
      const back = c.req.method === 'GET' ? `?next=${encodeURIComponent(url.pathname + url.search)}` : '';
      return c.redirect(`/sign-in${back}`, 303);
    }
    return renderErrorPage(c, 'forbidden');
  });
  return Object.assign(middleware, { [declaredPermission]: permission });
}
