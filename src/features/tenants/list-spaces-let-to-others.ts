import { and, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { BusinessDate } from '../availability/calendar';
import { findTenantCompanyOn } from './check-tenant-booking';
import { contractRunsOn } from './running-on';
import { tenantContracts } from './schema';

/**
 * Which of `spaceIds` are let on `date` to a company the viewer is not staff of: the grids show
 * them as a tenant's rather than as free, since booking them would be refused (`contracted`).
 */
export async function listSpacesLetToOthers(db: Db, viewerId: string, spaceIds: string[], date: BusinessDate): Promise<Set<string>> {
  if (spaceIds.length === 0) return new Set();
  const companyId = await findTenantCompanyOn(db, viewerId, date);
  const letSpaces = await db
    .select({ spaceId: tenantContracts.spaceId })
    .from(tenantContracts)
    .where(and(inArray(tenantContracts.spaceId, spaceIds), contractRunsOn(date), companyId ? ne(tenantContracts.companyId, companyId) : undefined));
  return new Set(letSpaces.map((row) => row.spaceId));
}
