import { and, asc, eq, isNull, notExists } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { tenantStaff, type TenantTeleworkType } from './schema';

export type StaffRow = { userId: string; displayName: string; loginId: string; teleworkType: TenantTeleworkType; joinedOn: string; leftOn: string | null };

const staffColumns = {
  userId: tenantStaff.userId,
  displayName: users.displayName,
  loginId: users.loginId,
  teleworkType: tenantStaff.teleworkType,
  joinedOn: tenantStaff.joinedOn,
  leftOn: tenantStaff.leftOn,
};

/** A company's staff, past ones included, by name. */
export async function listTenantStaff(db: Db, companyId: string): Promise<StaffRow[]> {
  return db.select(staffColumns).from(tenantStaff).innerJoin(users, eq(users.id, tenantStaff.userId)).where(eq(tenantStaff.companyId, companyId)).orderBy(asc(users.displayName));
}

export async function findTenantStaff(db: Db, companyId: string, userId: string): Promise<StaffRow | undefined> {
  const [staff] = await db
    .select(staffColumns)
    .from(tenantStaff)
    .innerJoin(users, eq(users.id, tenantStaff.userId))
    .where(and(eq(tenantStaff.companyId, companyId), eq(tenantStaff.userId, userId)));
  return staff;
}

/** Tenant-role accounts in use that belong to no company yet, which staff may link to one. */
export async function listUnlinkedTenantAccounts(db: Db): Promise<{ id: string; displayName: string; loginId: string }[]> {
  return db
    .select({ id: users.id, displayName: users.displayName, loginId: users.loginId })
    .from(users)
    .where(and(eq(users.role, 'tenant'), isNull(users.disabledAt), notExists(db.select({ userId: tenantStaff.userId }).from(tenantStaff).where(eq(tenantStaff.userId, users.id)))))
    .orderBy(asc(users.displayName));
}
