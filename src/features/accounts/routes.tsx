import { asc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext, AppEnv } from '../../app-env';
import { clientAddress } from '../../auth/client-address';
import { removeCookie, writeCookie } from '../../auth/cookies';
import { allow } from '../../auth/middleware';
import { assignableRoles, can } from '../../auth/policy';
import { roles } from '../../auth/roles';
import { setupCodes, users } from '../../auth/schema';
import { deleteSession, sessionLifetimeMs } from '../../auth/session';
import type { ThrottledResult } from '../../auth/throttle';
import { renderErrorPage } from '../../ui/error-pages';
import { readForm } from '../../ui/form';
import { localPath } from '../../ui/local-path';
import { demoAccounts, demoPassword } from '../demo/accounts';
import { changePassword } from './change-password';
import { createAccount } from './create-account';
import { createFirstAdmin, hasNoAccounts } from './first-admin';
import {
  renderAccountList,
  renderChangePassword,
  renderFirstAdmin,
  renderNewAccount,
  renderSetup,
  renderSetupSheet,
  renderSignIn,
} from './pages';
import { completeSetup, issueSetupCode } from './setup-codes';
import { signIn } from './sign-in';
import { changePasswordForm, createAccountForm, firstAdminForm, setupForm, signInForm } from './validation';

export const accountRoutes = new Hono<AppEnv>();

export function startSession(c: AppContext, token: string, locale: 'ja' | 'en' | null) {
  writeCookie(c, 'session', token, sessionLifetimeMs / 1000);
  if (locale) writeCookie(c, 'lang', locale, 365 * 24 * 60 * 60);
}

/** The message for a failed throttled attempt: wrong input, or how long to wait. */
function attemptProblem(c: AppContext, result: ThrottledResult<unknown>, invalid: 'signIn.invalid' | 'setup.invalid' | 'password.wrongCurrent' | 'firstAdmin.invalid') {
  if (result.ok) return undefined;
  if (result.reason === 'invalid') return c.var.t(invalid);
  const minutes = Math.ceil(result.waitSeconds / 60);
  return result.waitSeconds < 60
    ? c.var.t('throttle.waitSeconds', { seconds: result.waitSeconds })
    : c.var.t('throttle.waitMinutes', { minutes });
}

const signInExtras = (c: AppContext) =>
  c.var.deps.config.demo ? { demoAccounts, demoPassword } : {};

accountRoutes.get('/sign-in', allow('public'), (c) => {
  const next = localPath(c.req.query('next'), '');
  if (c.var.user) return c.redirect(localPath(next), 303);
  return renderSignIn(c, { next, ...signInExtras(c) });
});

accountRoutes.post('/sign-in', allow('public'), async (c) => {
  const form = await readForm(c, signInForm);
  if (!form.ok) return renderSignIn(c, { errors: form.errors, values: form.values, next: form.values.next, ...signInExtras(c) }, 400);
  const result = await signIn(c.var.deps.db, { ...form.data, address: clientAddress(c) });
  if (!result.ok) {
    return renderSignIn(
      c,
      { problem: attemptProblem(c, result, 'signIn.invalid'), values: { loginId: form.data.loginId }, next: form.data.next, ...signInExtras(c) },
      result.reason === 'throttled' ? 429 : 400,
    );
  }
  // A new session for every sign-in; the one this browser had before is ended.
  if (c.var.sessionToken) await deleteSession(c.var.deps.db, c.var.sessionToken);
  startSession(c, result.value.sessionToken, result.value.user.locale);
  return c.redirect(localPath(form.data.next), 303);
});

accountRoutes.post('/sign-out', allow('signedIn'), async (c) => {
  if (c.var.sessionToken) await deleteSession(c.var.deps.db, c.var.sessionToken);
  removeCookie(c, 'session');
  return c.redirect('/sign-in?signedOut=1', 303);
});

accountRoutes.get('/account/password', allow('signedIn'), (c) =>
  renderChangePassword(c, { done: c.req.query('changed') === '1' }),
);

accountRoutes.post('/account/password', allow('signedIn'), async (c) => {
  const user = c.var.user!;
  const form = await readForm(c, changePasswordForm);
  if (!form.ok) return renderChangePassword(c, { errors: form.errors }, 400);
  const result = await changePassword(c.var.deps.db, {
    userId: user.id,
    currentPassword: form.data.currentPassword,
    newPassword: form.data.newPassword,
    keepSessionToken: c.var.sessionToken,
  });
  if (!result.ok) {
    return renderChangePassword(c, { problem: attemptProblem(c, result, 'password.wrongCurrent') }, result.reason === 'throttled' ? 429 : 400);
  }
  return c.redirect('/account/password?changed=1', 303);
});

accountRoutes.get('/setup', allow('public'), (c) => renderSetup(c, {}));

accountRoutes.post('/setup', allow('public'), async (c) => {
  const form = await readForm(c, setupForm);
  if (!form.ok) return renderSetup(c, { errors: form.errors, values: form.values }, 400);
  const result = await completeSetup(c.var.deps.db, { ...form.data, address: clientAddress(c) });
  if (!result.ok) {
    return renderSetup(
      c,
      { problem: attemptProblem(c, result, 'setup.invalid'), values: { loginId: form.data.loginId, code: form.data.code } },
      result.reason === 'throttled' ? 429 : 400,
    );
  }
  return c.redirect('/sign-in?setup=done', 303);
});

accountRoutes.get('/first-admin', allow('public'), async (c) => {
  if (!(await hasNoAccounts(c.var.deps.db))) return renderErrorPage(c, 'notFound');
  return renderFirstAdmin(c, {});
});

accountRoutes.post('/first-admin', allow('public'), async (c) => {
  const db = c.var.deps.db;
  if (!(await hasNoAccounts(db))) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, firstAdminForm);
  if (!form.ok) return renderFirstAdmin(c, { errors: form.errors, values: form.values }, 400);
  const result = await createFirstAdmin(db, { ...form.data, address: clientAddress(c) });
  if (!result.ok) {
    const { code: _, ...values } = form.data;
    return renderFirstAdmin(c, { problem: attemptProblem(c, result, 'firstAdmin.invalid'), values }, result.reason === 'throttled' ? 429 : 400);
  }
  return c.redirect('/sign-in?setup=done', 303);
});

accountRoutes.get('/accounts', allow('accounts.manage'), async (c) => {
  const actor = c.var.user!;
  const rows = await c.var.deps.db
    .select({
      id: users.id,
      loginId: users.loginId,
      displayName: users.displayName,
      role: users.role,
      passwordHash: users.passwordHash,
      setupCodeExpiresAt: setupCodes.expiresAt,
    })
    .from(users)
    .leftJoin(setupCodes, eq(setupCodes.userId, users.id))
    .orderBy(asc(users.role), asc(users.loginId));
  return renderAccountList(
    c,
    rows.map(({ passwordHash, ...row }) => ({
      ...row,
      hasPassword: passwordHash !== null,
      manageable: row.id !== actor.id && can(actor, 'accounts.manage', { kind: 'account', role: row.role }),
    })),
  );
});

accountRoutes.get('/accounts/new', allow('accounts.manage'), (c) =>
  renderNewAccount(c, { roles: assignableRoles(c.var.user!, roles) }),
);

accountRoutes.post('/accounts', allow('accounts.manage'), async (c) => {
  const actor = c.var.user!;
  const allowedRoles = assignableRoles(actor, roles);
  const form = await readForm(c, createAccountForm);
  if (!form.ok) return renderNewAccount(c, { errors: form.errors, values: form.values, roles: allowedRoles }, 400);
  const result = await createAccount(c.var.deps.db, actor, form.data);
  if (!result.ok) {
    const values = { ...form.data };
    return result.reason === 'forbidden'
      ? renderNewAccount(c, { errors: { role: 'account.error.roleNotAllowed' }, values, roles: allowedRoles }, 403)
      : renderNewAccount(c, { errors: { loginId: 'account.error.loginIdTaken' }, values, roles: allowedRoles }, 409);
  }
  return renderSetupSheet(c, { ...result.user, code: result.code, expiresAt: result.expiresAt, created: true });
});

accountRoutes.post('/accounts/:id/setup-code', allow('accounts.manage'), async (c) => {
  const actor = c.var.user!;
  const id = z.uuid().safeParse(c.req.param('id'));
  if (!id.success) return renderErrorPage(c, 'notFound');
  const db = c.var.deps.db;
  const [account] = await db.select().from(users).where(eq(users.id, id.data));
  if (!account) return renderErrorPage(c, 'notFound');
  if (account.id === actor.id || !can(actor, 'accounts.manage', { kind: 'account', role: account.role })) {
    return renderErrorPage(c, 'forbidden');
  }
  const { code, expiresAt } = await issueSetupCode(db, account.id, actor.id);
  return renderSetupSheet(c, { displayName: account.displayName, loginId: account.loginId, code, expiresAt, created: false });
});
