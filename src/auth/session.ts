import { and, eq, gt, isNull, lt, ne } from 'drizzle-orm';
import type { Db } from '../db/client';
import type { Locale } from '../ui/i18n';
import type { Role } from './roles';
import { sessions, users } from './schema';
import { randomToken, sha256 } from './tokens';

export type SessionUser = {
  id: string;
  loginId: string;
  displayName: string;
  role: Role;
  locale: Locale | null;
};

const day = 24 * 60 * 60 * 1000;
export const sessionLifetimeMs = 14 * day;
// A session used within its last week is extended, so people who come back often stay signed in.
const renewWhenLeftMs = 7 * day;

/** Starts a session for a user and returns the token for the cookie; only its hash is stored. */
export async function createSession(db: Db, userId: string, now = new Date()): Promise<string> {
  const token = randomToken();
  await db.insert(sessions).values({
    tokenHash: sha256(token),
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + sessionLifetimeMs),
  });
  // Expired sessions of anyone are removed here rather than by a separate job.
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
  return token;
}

/** The user behind a session token, or null if the session is unknown, expired or the account is disabled. */
export async function findSessionUser(db: Db, token: string, now = new Date()): Promise<SessionUser | null> {
  const tokenHash = sha256(token);
  const [row] = await db
    .select({
      id: users.id,
      loginId: users.loginId,
      displayName: users.displayName,
      role: users.role,
      locale: users.locale,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), isNull(users.disabledAt)));
  if (!row) return null;
  if (row.expiresAt.getTime() - now.getTime() < renewWhenLeftMs) {
    await db
      .update(sessions)
      .set({ expiresAt: new Date(now.getTime() + sessionLifetimeMs) })
      .where(eq(sessions.tokenHash, tokenHash));
  }
  const { expiresAt: _, ...user } = row;
  return user;
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, sha256(token)));
}

/** Signs a user out everywhere except, optionally, the session they are using. */
export async function deleteOtherSessions(db: Db, userId: string, keepToken?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), keepToken ? ne(sessions.tokenHash, sha256(keepToken)) : undefined));
}
