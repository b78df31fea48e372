import { sql } from 'drizzle-orm';
import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { roles } from './roles';

export const roleEnum = pgEnum('role', roles);
export const localeEnum = pgEnum('locale', ['ja', 'en']);

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** What people type to sign in; stored in lower case, unique. Many workers have no e-mail. */
  loginId: text('login_id').notNull().unique(),
  displayName: text('display_name').notNull(),
  email: text('email'),
  role: roleEnum('role').notNull(),
  /** Null until the person has chosen a password with their setup code. */
  passwordHash: text('password_hash'),
  locale: localeEnum('locale'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
});

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a leaked table does not let anyone sign in. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('sessions_user_id_idx').on(table.userId)],
);

/** One-time codes that staff print and hand over so a person can choose their own password. */
export const setupCodes = pgTable('setup_codes', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  codeHash: text('code_hash').notNull(),
  issuedBy: uuid('issued_by').references(() => users.id, { onDelete: 'set null' }),
  issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

/** Consecutive failed attempts per key (a login ID, a client address): slows guessing down. */
export const failedAttempts = pgTable('failed_attempts', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  lastFailedAt: timestamp('last_failed_at', { withTimezone: true }).notNull(),
});

/** Secrets of the installation itself, such as the one-time code for creating the first admin. */
export const installSecrets = pgTable('install_secrets', {
  name: text('name').primaryKey(),
  valueHash: text('value_hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
});
