import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import { sha256 } from '../../auth/tokens';
import type { Db } from '../../db/client';
import type { FieldErrors } from '../../ui/form';
import { todayInJapan, type BusinessDate } from '../availability/calendar';
import { japanDayBounds } from '../check-in/japan-day';
import { clients } from '../clients/schema';
import { partners } from '../partners/schema';
import { tokenRuleProblems } from './token-rules';
import { apiTokens, type ApiScope, type ApiTokenKind } from './schema';

export type IssueApiTokenInput = {
  name: string;
  kind: ApiTokenKind;
  clientId?: string;
  partnerId?: string;
  scopes: ApiScope[];
  /** The last day the token works (Japan time); it stops at the following midnight. */
  expiresOn: BusinessDate;
};

/** Characters of the secret kept in the clear, so people can tell tokens apart: `mw_` and eight more. */
export const prefixLength = 11;

/** Thrown when a token is asked for that the rules do not allow; `problems` are by form field. */
export class ApiTokenInputError extends Error {
  constructor(readonly problems: FieldErrors) {
    super(`API token refused: ${Object.entries(problems).map(([field, key]) => `${field} (${key})`).join(', ')}`);
    this.name = 'ApiTokenInputError';
  }
}

/** Whether a form's owner choice can be an id at all (anything else would make the database complain, not refuse). */
const isId = (value: string | undefined): value is string => z.uuid().safeParse(value).success;

/**
 * What is wrong with a token request, by form field: scopes outside the kind's, an expiry not
 * between tomorrow and a year ahead, or an owner who cannot have one (a client not active, a
 * partner unknown or ended). Empty when it may be issued.
 */
export async function apiTokenProblems(db: Db, input: IssueApiTokenInput, now = new Date()): Promise<FieldErrors> {
  const problems = tokenRuleProblems(input, todayInJapan(now));
  if (input.kind === 'client') {
    const [client] = isId(input.clientId) ? await db.select({ id: clients.id }).from(clients).where(and(eq(clients.id, input.clientId), eq(clients.status, 'active'))) : [];
    if (!client) problems.clientId = 'apiTokens.error.chooseClient';
  } else {
    const [partner] = isId(input.partnerId) ? await db.select({ id: partners.id }).from(partners).where(and(eq(partners.id, input.partnerId), isNull(partners.endedAt))) : [];
    if (!partner) problems.partnerId = 'apiTokens.error.choosePartner';
  }
  return problems;
}

/**
 * Issues a token and returns its secret: the only time the secret exists outside the request,
 * as only its SHA-256 hash (and the first characters, to recognise it) is stored. The audit
 * line names the token, never the secret. Throws ApiTokenInputError when the rules refuse it.
 */
export async function issueApiToken(db: Db, actorId: string, input: IssueApiTokenInput, now = new Date()): Promise<{ id: string; secret: string }> {
  const problems = await apiTokenProblems(db, input, now);
  if (Object.keys(problems).length > 0) throw new ApiTokenInputError(problems);
  // 30 random bytes are exactly 40 base64url characters (240 bits).
  const secret = `mw_${randomBytes(30).toString('base64url')}`;
  const id = await db.transaction(async (tx) => {
    const [token] = await tx
      .insert(apiTokens)
      .values({
        name: input.name,
        kind: input.kind,
        clientId: input.kind === 'client' ? input.clientId! : null,
        partnerId: input.kind === 'partner' ? input.partnerId! : null,
        tokenHash: sha256(secret),
        prefix: secret.slice(0, prefixLength),
        scopes: [...new Set(input.scopes)],
        createdBy: actorId,
        createdAt: now,
        expiresAt: japanDayBounds(input.expiresOn).to,
      })
      .returning({ id: apiTokens.id });
    await recordAudit(tx, {
      actorId,
      action: 'apiToken.issue',
      detail: { tokenId: token!.id, name: input.name, kind: input.kind, clientId: input.clientId ?? null, partnerId: input.partnerId ?? null, scopes: input.scopes, expiresOn: input.expiresOn },
    });
    return token!.id;
  });
  return { id, secret };
}
