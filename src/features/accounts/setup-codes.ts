import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { hashPassword } from '../../auth/password';
import { setupCodes, users } from '../../auth/schema';
import { attemptThrottled, type ThrottledResult } from '../../auth/throttle';
import { generateSetupCode, normalizeSetupCode, sha256 } from '../../auth/tokens';

export const setupCodeLifetimeDays = 14;

/**
 * Issues a new one-time setup code for an account, replacing any earlier one. The code is
 * returned once, for printing; only its hash is kept.
 */
export async function issueSetupCode(
  db: Db,
  userId: string,
  issuedBy: string | null,
  now = new Date(),
): Promise<{ code: string; expiresAt: Date }> {
  const code = generateSetupCode();
  const expiresAt = new Date(now.getTime() + setupCodeLifetimeDays * 24 * 60 * 60 * 1000);
  const values = { userId, codeHash: sha256(code), issuedBy, issuedAt: now, expiresAt };
  await db
    .insert(setupCodes)
    .values(values)
    .onConflictDoUpdate({ target: setupCodes.userId, set: values });
  return { code, expiresAt };
}

/** Sets a person's password with the code they were handed; the code then stops working. */
export async function completeSetup(
  db: Db,
  input: { loginId: string; code: string; newPassword: string; address: string },
  now = new Date(),
): Promise<ThrottledResult<string>> {
  const keys = [
    { key: `setup:${input.loginId}`, freeFailures: 5 },
    { key: `setup-address:${input.address}`, freeFailures: 30 },
  ];
  const codeHash = sha256(normalizeSetupCode(input.code));
  const passwordHash = await hashPassword(input.newPassword);
  return attemptThrottled(
    db,
    keys,
    () =>
      db.transaction(async (tx) => {
        // Deleting the code is the claim: two submissions of one code cannot both succeed.
        const [claimed] = await tx
          .delete(setupCodes)
          .where(
            and(
              eq(setupCodes.codeHash, codeHash),
              gt(setupCodes.expiresAt, now),
              eq(
                setupCodes.userId,
                tx
                  .select({ id: users.id })
                  .from(users)
                  .where(and(eq(users.loginId, input.loginId), isNull(users.disabledAt))),
              ),
            ),
          )
          .returning({ userId: setupCodes.userId });
        if (!claimed) return null;
        await tx.update(users).set({ passwordHash, passwordChangedAt: now }).where(eq(users.id, claimed.userId));
        return claimed.userId;
      }),
    now,
  );
}
