import { and, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { hashPassword } from '../../auth/password';
import { installSecrets, users } from '../../auth/schema';
import { attemptThrottled, type ThrottledResult } from '../../auth/throttle';
import { generateSetupCode, normalizeSetupCode, sha256 } from '../../auth/tokens';

const secretName = 'first-admin';

export async function hasNoAccounts(db: Db): Promise<boolean> {
  const [row] = await db.select({ total: count() }).from(users);
  return (row?.total ?? 0) === 0;
}

/**
 * On a start with no accounts, makes a fresh one-time code for creating the first admin, to be
 * printed to the server's log: only whoever runs the server can read it. Returns null once an
 * account exists.
 */
export async function prepareFirstAdminCode(db: Db): Promise<string | null> {
  if (!(await hasNoAccounts(db))) {
    await db.delete(installSecrets).where(eq(installSecrets.name, secretName));
    return null;
  }
  const code = generateSetupCode();
  const values = { name: secretName, valueHash: sha256(code), createdAt: new Date() };
  await db.insert(installSecrets).values(values).onConflictDoUpdate({ target: installSecrets.name, set: values });
  return code;
}

/** Creates the first admin with the code from the server log; the code is used up. */
export async function createFirstAdmin(
  db: Db,
  input: { code: string; displayName: string; loginId: string; newPassword: string; address: string },
): Promise<ThrottledResult<string>> {
  const passwordHash = await hashPassword(input.newPassword);
  return attemptThrottled(db, [{ key: `first-admin:${input.address}`, freeFailures: 5 }], () =>
    db.transaction(async (tx) => {
      const [claimed] = await tx
        .delete(installSecrets)
        .where(and(eq(installSecrets.name, secretName), eq(installSecrets.valueHash, sha256(normalizeSetupCode(input.code)))))
        .returning();
      if (!claimed || !(await hasNoAccounts(tx as unknown as Db))) return null;
      const [admin] = await tx
        .insert(users)
        .values({
          loginId: input.loginId,
          displayName: input.displayName,
          role: 'admin',
          passwordHash,
          passwordChangedAt: new Date(),
        })
        .returning({ id: users.id });
      return admin?.id ?? null;
    }),
  );
}
