import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';

/**
 * A partner town's Machiwork (連携先の自治体): where it answers (`base_url`) and the API token it
 * issued to us, sealed with the data encryption key (never shown again once saved). The token
 * we issue to them is an `api_tokens` row of kind 'partner'.
 */
export const partners = pgTable(
  'partners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    baseUrl: text('base_url').notNull(),
    theirTokenSealed: text('their_token_sealed'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** No longer working with this partner: nothing new is sent, their token is refused. */
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (table) => [index('partners_name_idx').on(table.name)],
);
