import { index, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import { orders } from '../orders/schema';

/**
 * 作業中: a worker chose to show their team they are working on an order now, until `until` (or
 * until they say they have stopped, which deletes the row). Only the current showing is kept: no
 * history of when anyone worked.
 */
export const presence = pgTable(
  'presence',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    since: timestamp('since', { withTimezone: true }).notNull().defaultNow(),
    until: timestamp('until', { withTimezone: true }).notNull(),
  },
  (table) => [index('presence_order_idx').on(table.orderId, table.until)],
);
