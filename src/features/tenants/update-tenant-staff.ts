import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { tenantStaff } from './schema';
import type { StaffEditInput } from './validation';

/** Changes a staff member's telework type and the day they left (empty: still there). */
export async function updateTenantStaff(db: Db, companyId: string, userId: string, input: StaffEditInput): Promise<boolean> {
  const updated = await db
    .update(tenantStaff)
    .set(input)
    .where(and(eq(tenantStaff.companyId, companyId), eq(tenantStaff.userId, userId)))
    .returning({ userId: tenantStaff.userId });
  return updated.length > 0;
}
