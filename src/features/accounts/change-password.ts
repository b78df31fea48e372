import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { hashPassword, verifyPassword } from '../../auth/password';
import { users } from '../../auth/schema';
import { deleteOtherSessions } from '../../auth/session';
import { attemptThrottled, type ThrottledResult } from '../../auth/throttle';

/**
 * Changes a signed-in person's password after checking the current one, and signs out their
 * other sessions (a lost phone stays signed out).
 */
export async function changePassword(
  db: Db,
  input: { userId: string; currentPassword: string; newPassword: string; keepSessionToken: string | null },
  now = new Date(),
): Promise<ThrottledResult<true>> {
  return attemptThrottled(
    db,
    [{ key: `password:${input.userId}`, freeFailures: 5 }],
    async () => {
      const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, input.userId));
      if (!user?.passwordHash || !(await verifyPassword(input.currentPassword, user.passwordHash))) return null;
      await db
        .update(users)
        .set({ passwordHash: await hashPassword(input.newPassword), passwordChangedAt: now })
        .where(eq(users.id, input.userId));
      await deleteOtherSessions(db, input.userId, input.keepSessionToken ?? undefined);
      return true;
    },
    now,
  );
}
