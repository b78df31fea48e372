import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env';
import { readCookie } from '../auth/cookies';
import { isLocale, translator } from './i18n';

/** Japanese unless the person chose English (a cookie, or their account's setting once signed in). */
export const chooseLocale = createMiddleware<AppEnv>(async (c, next) => {
  const chosen = readCookie(c, 'lang') ?? c.var.user?.locale;
  const locale = isLocale(chosen) ? chosen : 'ja';
  c.set('locale', locale);
  c.set('t', translator(locale));
  await next();
});
