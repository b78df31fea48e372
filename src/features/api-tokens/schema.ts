import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import { clients } from '../clients/schema';
import { partners } from '../partners/schema';

/**
 * What a token may do. Client tokens: `orders.read` (their orders' progress), `orders.write`
 * (send inquiries and orders), `deliverables.read` (accepted deliverables). Partner tokens:
 * `partner.exchange` (offers, acceptance, progress and deliveries of sub-contracted work).
 */
export const apiScopes = ['orders.read', 'orders.write', 'deliverables.read', 'partner.exchange'] as const;
export type ApiScope = (typeof apiScopes)[number];

export const apiTokenKinds = ['client', 'partner'] as const;
export type ApiTokenKind = (typeof apiTokenKinds)[number];
export const apiTokenKindEnum = pgEnum('api_token_kind', apiTokenKinds);

/**
 * An API token for a client (acting as that client, as its people do in the portal) or a partner
 * town. Only a SHA-256 hash of the secret is kept; `prefix` (the first characters) lets people
 * tell tokens apart. Every token expires; revoking is immediate.
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: apiTokenKindEnum('kind').notNull(),
    clientId: uuid('client_id').references(() => clients.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id').references(() => partners.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    prefix: text('prefix').notNull(),
    scopes: text('scopes').array().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by').references(() => users.id, { onDelete: 'set null' }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('api_tokens_hash_idx').on(table.tokenHash),
    index('api_tokens_client_idx').on(table.clientId),
    index('api_tokens_partner_idx').on(table.partnerId),
    check('api_tokens_owner_check', sql`(${table.clientId} is not null) = (${table.kind}::text = 'client') and (${table.partnerId} is not null) = (${table.kind}::text = 'partner')`),
    check('api_tokens_scopes_check', sql`${table.scopes} <@ array[${sql.raw(apiScopes.map((scope) => `'${scope}'`).join(', '))}]::text[] and cardinality(${table.scopes}) > 0`),
  ],
);

/** Requests counted per token per minute, for the rate limit; shared by every app process. */
export const apiRequestCounts = pgTable(
  'api_request_counts',
  {
    tokenId: uuid('token_id')
      .notNull()
      .references(() => apiTokens.id, { onDelete: 'cascade' }),
    minute: timestamp('minute', { withTimezone: true }).notNull(),
    requests: integer('requests').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.tokenId, table.minute] })],
);
