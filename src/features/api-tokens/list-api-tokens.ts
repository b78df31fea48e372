import { asc, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { clients } from '../clients/schema';
import { partners } from '../partners/schema';
import { apiTokens, type ApiScope, type ApiTokenKind } from './schema';

export type ApiTokenSummary = {
  id: string;
  name: string;
  kind: ApiTokenKind;
  /** The client's or partner town's name. */
  ownerName: string;
  scopes: ApiScope[];
  prefix: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

/** Every token (or the one with `tokenId`), newest first, with whose it is; never the secret, which is not kept. */
export async function listApiTokens(db: Db, tokenId?: string): Promise<ApiTokenSummary[]> {
  const rows = await db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      kind: apiTokens.kind,
      clientName: clients.name,
      partnerName: partners.name,
      scopes: apiTokens.scopes,
      prefix: apiTokens.prefix,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .leftJoin(clients, eq(clients.id, apiTokens.clientId))
    .leftJoin(partners, eq(partners.id, apiTokens.partnerId))
    .where(tokenId ? eq(apiTokens.id, tokenId) : undefined)
    .orderBy(desc(apiTokens.createdAt), asc(apiTokens.name));
  return rows.map(({ clientName, partnerName, ...row }) => ({ ...row, ownerName: clientName ?? partnerName ?? '', scopes: row.scopes as ApiScope[] }));
}

export type TokenOwnerChoices = { clients: { id: string; name: string }[]; partners: { id: string; name: string }[] };

/** Who may be given a token: active clients and partner towns still worked with. */
export async function listTokenOwnerChoices(db: Db): Promise<TokenOwnerChoices> {
  const [activeClients, currentPartners] = await Promise.all([
    db.select({ id: clients.id, name: clients.name }).from(clients).where(eq(clients.status, 'active')).orderBy(asc(clients.name)),
    db.select({ id: partners.id, name: partners.name }).from(partners).where(isNull(partners.endedAt)).orderBy(asc(partners.name)),
  ]);
  return { clients: activeClients, partners: currentPartners };
}
