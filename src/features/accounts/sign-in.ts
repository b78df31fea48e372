import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { decoyPasswordHash, verifyPassword } from '../../auth/password';
import { users } from '../../auth/schema';
import { createSession, type SessionUser } from '../../auth/session';
import { attemptThrottled, type ThrottledResult } from '../../auth/throttle';

/**
 * Checks a login ID and password and starts a session. Failures are counted per login ID (five
 * free, then waits from 30 s doubling) and per client address (more generous: a telework centre
 * shares one address).
 */
export async function signIn(
  db: Db,
  input: { loginId: string; password: string; address: string },
  now = new Date(),
): Promise<ThrottledResult<{ user: SessionUser; sessionToken: string }>> {
  const keys = [
    { key: `sign-in:${input.loginId}`, freeFailures: 5 },
    { key: `sign-in-address:${input.address}`, freeFailures: 50 },
  ];
  return attemptThrottled(
    db,
    keys,
    async () => {
      const [user] = await db
        .select()
        .from(users)
        .where(and(eq(users.loginId, input.loginId), isNull(users.disabledAt)));
      // Verify against a decoy when there is no such user, so timing does not reveal which login IDs exist.
      const valid = await verifyPassword(input.password, user?.passwordHash ?? (await decoyPasswordHash()));
      if (!user?.passwordHash || !valid) return null;
      const sessionToken = await createSession(db, user.id, now);
      const { id, loginId, displayName, role, locale } = user;
      return { sessionToken, user: { id, loginId, displayName, role, locale } };
    },
    now,
  );
}
