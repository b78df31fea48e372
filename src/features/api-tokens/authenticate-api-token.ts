import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { sha256 } from '../../auth/tokens';
import type { Db } from '../../db/client';
import { clients } from '../clients/schema';
import { partners } from '../partners/schema';
import { apiTokens, type ApiScope, type ApiTokenKind } from './schema';

export type ApiTokenHolder = { id: string; kind: ApiTokenKind; clientId: string | null; partnerId: string | null; scopes: ApiScope[] };

export type ApiAuthentication = { ok: true; token: ApiTokenHolder } | { ok: false; reason: 'missing' | 'invalid' | 'expired' | 'revoked' };

const bearer = /^Bearer (mw_[A-Za-z0-9_-]{40})$/i;

/** How often last_used_at is written at most: once a minute is plenty to see whether a token is in use. */
const lastUsedEveryMs = 60_000;

/**
 * Who an `Authorization: Bearer <secret>` header speaks for. The secret is found by its hash
 * (an index lookup, so nothing compares secrets character by character). A revoked token, or
 * one whose partner town has ended or whose client is no longer active, is 'revoked'; one past
 * its expiry is 'expired'; anything else unknown or malformed is 'invalid'.
 */
export async function authenticateApiToken(db: Db, authorizationHeader: string | undefined, now = new Date()): Promise<ApiAuthentication> {
  if (!authorizationHeader?.trim()) return { ok: false, reason: 'missing' };
  const secret = bearer.exec(authorizationHeader.trim())?.[1];
  if (!secret) return { ok: false, reason: 'invalid' };
  const [token] = await db
    .select({
      id: apiTokens.id,
      kind: apiTokens.kind,
      clientId: apiTokens.clientId,
      partnerId: apiTokens.partnerId,
      scopes: apiTokens.scopes,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
      lastUsedAt: apiTokens.lastUsedAt,
      clientStatus: clients.status,
      partnerEndedAt: partners.endedAt,
    })
    .from(apiTokens)
    .leftJoin(clients, eq(clients.id, apiTokens.clientId))
    .leftJoin(partners, eq(partners.id, apiTokens.partnerId))
    .where(eq(apiTokens.tokenHash, sha256(secret)));
  if (!token) return { ok: false, reason: 'invalid' };
  const ownerGone = token.kind === 'client' ? token.clientStatus !== 'active' : token.partnerEndedAt !== null;
  if (token.revokedAt || ownerGone) return { ok: false, reason: 'revoked' };
  if (token.expiresAt <= now) return { ok: false, reason: 'expired' };
  const aMinuteAgo = new Date(now.getTime() - lastUsedEveryMs);
  if (!token.lastUsedAt || token.lastUsedAt < aMinuteAgo) {
    // Conditional, so processes answering the same token at once write it once.
    await db
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(and(eq(apiTokens.id, token.id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, aMinuteAgo))));
  }
  return { ok: true, token: { id: token.id, kind: token.kind, clientId: token.clientId, partnerId: token.partnerId, scopes: token.scopes as ApiScope[] } };
}
