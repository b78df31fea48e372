import type { AppContext } from '../app-env';
import type { MessageKey } from '../ui/i18n';

export type ProblemField = { name: string; message: string };

/**
 * An error as `application/problem+json` (RFC 9457): `title` in the caller's language (Accept-Language
 * en or ja), and for invalid input which field and why.
 */
export function problemResponse(c: AppContext, status: number, title: MessageKey, extra: { detail?: string; errors?: ProblemField[]; headers?: Record<string, string> } = {}) {
  const body = { type: 'about:blank', title: c.var.t(title), status, ...(extra.detail ? { detail: extra.detail } : {}), ...(extra.errors ? { errors: extra.errors } : {}) };
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json; charset=utf-8', ...extra.headers } });
}
