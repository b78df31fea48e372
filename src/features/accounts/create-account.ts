import type { Db } from '../../db/client';
import { can, type Actor } from '../../auth/policy';
import { users } from '../../auth/schema';
import { issueSetupCode } from './setup-codes';
import type { CreateAccountInput } from './validation';

export type CreateAccountResult =
  | { ok: true; user: { id: string; loginId: string; displayName: string }; code: string; expiresAt: Date }
  | { ok: false; reason: 'forbidden' | 'loginIdTaken' };

/**
 * Staff create an account and get a one-time setup code to print and hand over; the person
 * chooses their own password with it. Coordinators cannot create staff accounts.
 */
export async function createAccount(
  db: Db,
  actor: Actor,
  input: CreateAccountInput,
  now = new Date(),
): Promise<CreateAccountResult> {
  if (!can(actor, 'accounts.manage', { kind: 'account', role: input.role })) return { ok: false, reason: 'forbidden' };
  return db.transaction(async (tx) => {
    // The unique index decides between two staff creating the same login ID at once.
    const [user] = await tx
      .insert(users)
      .values({
        loginId: input.loginId,
        displayName: input.displayName,
        email: input.email || null,
        role: input.role,
        createdBy: actor.id,
        createdAt: now,
      })
      .onConflictDoNothing({ target: users.loginId })
      .returning({ id: users.id, loginId: users.loginId, displayName: users.displayName });
    if (!user) return { ok: false, reason: 'loginIdTaken' } as const;
    const { code, expiresAt } = await issueSetupCode(tx as unknown as Db, user.id, actor.id, now);
    return { ok: true, user, code, expiresAt } as const;
  });
}
