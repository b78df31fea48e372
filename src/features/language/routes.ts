import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../app-env';
import { writeCookie } from '../../auth/cookies';
import { allow } from '../../auth/middleware';
import { users } from '../../auth/schema';
import { locales } from '../../ui/i18n';
import { localPath } from '../../ui/local-path';

export const languageRoutes = new Hono<AppEnv>();

const languageForm = z.object({ locale: z.enum(locales), next: z.string().optional() });

/** Switches the language and remembers it: in a cookie for a year, and on the account when signed in. */
languageRoutes.post('/language', allow('public'), async (c) => {
  const parsed = languageForm.safeParse(await c.req.parseBody());
  const next = localPath(parsed.success ? parsed.data.next : undefined);
  if (!parsed.success) return c.redirect(next, 303);
  writeCookie(c, 'lang', parsed.data.locale, 365 * 24 * 60 * 60);
  const user = c.var.user;
  if (user) await c.var.deps.db.update(users).set({ locale: parsed.data.locale }).where(eq(users.id, user.id));
  return c.redirect(next, 303);
});
