import type { Db } from '../../db/client';
import { todayInJapan } from '../availability/calendar';
import { findTenantCompanyOn, loadMeetingQuota } from './check-tenant-booking';
import { findCompany } from './list-companies';
import { listCompanyBookings } from './list-company-bookings';
import { listContracts } from './list-contracts';
import { listTenantStaff } from './list-tenant-staff';
import type { TenantView } from './tenant-page';

/**
 * What a tenant sees of their own company today, found from their own staff row only (so no
 * request can name another company); undefined when they work for none.
 */
export async function loadTenantView(db: Db, userId: string, now: Date): Promise<Omit<TenantView, 'monthText'> | undefined> {
  const today = todayInJapan(now);
  const companyId = await findTenantCompanyOn(db, userId, today);
  const company = companyId ? await findCompany(db, companyId) : undefined;
  if (!company) return undefined;
  const current = (from: string, to: string | null) => from <= today && (to === null || to >= today);
  return {
    companyName: company.name,
    contracts: (await listContracts(db, company.id)).filter((contract) => current(contract.startsOn, contract.endsOn)),
    quota: await loadMeetingQuota(db, company.id, today),
    staff: (await listTenantStaff(db, company.id)).filter((staff) => current(staff.joinedOn, staff.leftOn)),
    bookings: await listCompanyBookings(db, company.id, now),
  };
}
