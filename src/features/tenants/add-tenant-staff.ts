import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../auth/policy';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { createAccount, type CreateAccountResult } from '../accounts/create-account';
import { tenantStaff } from './schema';
import type { LinkStaffInput, NewStaffInput } from './validation';

/**
 * Creates a tenant-role account (with its one-time setup code to print) and makes it the company's
 * staff, both or neither.
 */
export async function createTenantStaff(db: Db, actor: Actor, companyId: string, input: NewStaffInput): Promise<CreateAccountResult> {
  return db.transaction(async (tx) => {
    const created = await createAccount(tx as unknown as Db, actor, { displayName: input.displayName, loginId: input.loginId, email: input.email, role: 'tenant' });
    if (created.ok) await tx.insert(tenantStaff).values({ userId: created.user.id, companyId, teleworkType: input.teleworkType, joinedOn: input.joinedOn });
    return created;
  });
}

/**
 * Makes an existing tenant-role account the company's staff. Refused unless the account is a
 * tenant's in use and belongs to no company; the staff row's key on the account decides between
 * two companies linking it at once.
 */
export async function linkTenantStaff(db: Db, companyId: string, input: LinkStaffInput): Promise<boolean> {
  const [account] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, input.userId), eq(users.role, 'tenant'), isNull(users.disabledAt)));
  if (!account) return false;
  const linked = await db
    .insert(tenantStaff)
    .values({ userId: account.id, companyId, teleworkType: input.teleworkType, joinedOn: input.joinedOn })
    .onConflictDoNothing()
    .returning({ userId: tenantStaff.userId });
  return linked.length > 0;
}
