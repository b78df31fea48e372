import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { renderErrorPage } from '../../ui/error-pages';
import { readForm, type FieldErrors } from '../../ui/form';
import { doneNotice, uuidParam } from '../../ui/route-params';
import { apiTokenProblems, issueApiToken, type IssueApiTokenInput } from './issue-api-token';
import { listApiTokens, listTokenOwnerChoices } from './list-api-tokens';
import { renderApiTokensPage, renderIssuedTokenPage, renderIssueTokenPage, renderRevokeTokenPage } from './pages';
import { revokeApiToken } from './revoke-api-token';
import { issueTokenForm } from './validation';

/** API tokens for clients and partner towns: issue, list, revoke. */
export const apiTokenRoutes = new Hono<AppEnv>();

apiTokenRoutes.get('/settings/api-tokens', allow('api.tokens'), async (c) =>
  renderApiTokensPage(c, await listApiTokens(c.var.deps.db), doneNotice(c, { revoked: 'apiTokens.done.revoked' })),
);

apiTokenRoutes.get('/settings/api-tokens/new', allow('api.tokens'), async (c) => renderIssueTokenPage(c, await listTokenOwnerChoices(c.var.deps.db)));

apiTokenRoutes.post('/settings/api-tokens/new', allow('api.tokens'), async (c) => {
  const db = c.var.deps.db;
  const form = await readForm(c, issueTokenForm);
  const again = async (errors: FieldErrors) =>
    renderIssueTokenPage(c, await listTokenOwnerChoices(db), { errors, values: form.values, scopes: form.lists.scopes ?? [] }, 400);
  if (!form.ok) return again(form.errors);
  const { kind, clientId, partnerId, ...rest } = form.data;
  const input: IssueApiTokenInput = kind === 'client' ? { ...rest, kind, clientId } : { ...rest, kind, partnerId };
  const problems = await apiTokenProblems(db, input);
  if (Object.keys(problems).length > 0) return again(problems);
  const issued = await issueApiToken(db, c.var.user!.id, input);
  // The secret goes out in this one answer, never in a URL, and no cache may keep it.
  c.header('Cache-Control', 'no-store');
  return renderIssuedTokenPage(c, { name: input.name, secret: issued.secret });
});

/** A token not yet revoked, from the path; anything else is "not found". */
async function revocableToken(c: AppContext) {
  const id = uuidParam(c, 'id');
  const [token] = id ? await listApiTokens(c.var.deps.db, id) : [];
  return token && !token.revokedAt ? token : undefined;
}

apiTokenRoutes.get('/settings/api-tokens/:id/revoke', allow('api.tokens'), async (c) => {
  const token = await revocableToken(c);
  return token ? renderRevokeTokenPage(c, token) : renderErrorPage(c, 'notFound');
});

apiTokenRoutes.post('/settings/api-tokens/:id/revoke', allow('api.tokens'), async (c) => {
  const id = uuidParam(c, 'id');
  if (!id || !(await revokeApiToken(c.var.deps.db, c.var.user!.id, id))) return renderErrorPage(c, 'notFound');
  return c.redirect('/settings/api-tokens?done=revoked', 303);
});
