import { Hono } from 'hono';
import type { z } from 'zod';
import type { AppContext, AppEnv } from '../app-env';
import { allow } from '../auth/middleware';
import { authenticateApiToken } from '../features/api-tokens/authenticate-api-token';
import { countApiRequest } from '../features/api-tokens/count-api-request';
import { isMessageKey, translator } from '../ui/i18n';
import type { ApiRoute } from './define-api-route';
import { problemResponse, type ProblemField } from './problem';

/** `/orders/{orderId}` → `/orders/:orderId`, as Hono writes path parameters. */
export const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/** API answers speak the caller's Accept-Language (English when it asks for it first), never the session's. */
function useCallerLanguage(c: AppContext) {
  const locale = /^\s*en\b/i.test(c.req.header('accept-language') ?? '') ? 'en' : 'ja';
  c.set('locale', locale);
  c.set('t', translator(locale));
}

function fieldProblems(c: AppContext, where: string, error: z.ZodError): ProblemField[] {
  return error.issues.map((issue) => ({
    name: [where, ...issue.path.map(String)].join('.'),
    message: c.var.t(isMessageKey(issue.message) ? issue.message : 'error.invalid'),
  }));
}

async function readJson(c: AppContext): Promise<{ ok: true; value: unknown } | { ok: false }> {
  if (!(c.req.header('content-type') ?? '').startsWith('application/json')) return { ok: false };
  try {
    return { ok: true, value: await c.req.json() };
  } catch {
    return { ok: false };
  }
}

/**
 * The `/api/v1` router: for each operation, the bearer token (401), its scopes (403), the rate
 * limit (429 with Retry-After), then params, query, headers and body against the operation's schemas (400
 * naming each field), then the handler. Routes declare `public` for the route × role test: the
 * API never reads the session; the token is its only way in.
 */
export function buildApiRouter(routes: readonly ApiRoute[]) {
  const router = new Hono<AppEnv>();
  for (const route of routes) {
    router.on(route.method.toUpperCase(), `/api/v1${honoPath(route.path)}`, allow('public'), async (c) => {
      useCallerLanguage(c);
      const { db } = c.var.deps;
      const auth = await authenticateApiToken(db, c.req.header('authorization'));
      if (!auth.ok) return problemResponse(c, 401, `api.error.token.${auth.reason}`, { headers: { 'www-authenticate': 'Bearer' } });
      const caller = auth.token;
      if (!route.scopes.every((scope) => caller.scopes.includes(scope))) {
        return problemResponse(c, 403, 'api.error.scope', { detail: route.scopes.join(' ') });
      }
      const counted = await countApiRequest(db, caller.id, new Date(), c.var.deps.config.apiRequestsPerMinute);
      if (!counted.ok) return problemResponse(c, 429, 'api.error.rateLimit', { headers: { 'retry-after': String(counted.retryAfterSeconds) } });

      const problems: ProblemField[] = [];
      const parse = (where: string, schema: z.ZodType | undefined, value: unknown) => {
        if (!schema) return undefined;
        const parsed = schema.safeParse(value);
        if (parsed.success) return parsed.data;
        problems.push(...fieldProblems(c, where, parsed.error));
        return undefined;
      };
      const params = parse('path', route.params, c.req.param());
      const query = parse('query', route.query, c.req.query());
      const headers = parse('header', route.headers, c.req.header());
      let body: unknown;
      if (route.body) {
        const json = await readJson(c);
        if (!json.ok) return problemResponse(c, 400, 'api.error.json');
        body = parse('body', route.body, json.value);
      }
      // A path naming nothing that could exist is a 404, as on the pages.
      if (problems.some((problem) => problem.name.startsWith('path.'))) return problemResponse(c, 404, 'api.error.notFound');
      if (problems.length > 0) return problemResponse(c, 400, 'api.error.invalid', { errors: problems });

      const answer = await route.handler(c, { caller, params, query, body, headers });
      if (answer instanceof Response) return answer;
      return new Response(answer.status === 204 ? null : JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'content-type': 'application/json; charset=utf-8', 'x-ratelimit-remaining': String(counted.remaining), ...answer.headers },
      });
    });
  }
  return router;
}
