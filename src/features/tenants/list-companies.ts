import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { BusinessDate } from '../availability/calendar';
import { spaces } from '../centre/schema';
import { contractRunsOn, staffCurrentOn } from './running-on';
import { tenantCompanies, tenantContracts, tenantStaff } from './schema';

export type Company = typeof tenantCompanies.$inferSelect;

export type CompanyRow = { id: string; name: string; headOffice: string | null; booths: string[]; staffCount: number };

/** Every tenant company by name, with the booths it rents and the number of its staff on `date`. */
export async function listCompanies(db: Db, date: BusinessDate): Promise<CompanyRow[]> {
  const companies = await db.select().from(tenantCompanies).orderBy(asc(tenantCompanies.name));
  const booths = await db
    .select({ companyId: tenantContracts.companyId, name: spaces.name })
    .from(tenantContracts)
    .innerJoin(spaces, eq(spaces.id, tenantContracts.spaceId))
    .where(contractRunsOn(date))
    .orderBy(asc(spaces.sortOrder));
  const staff = await db
    .select({ companyId: tenantStaff.companyId, count: sql<number>`count(*)::int` })
    .from(tenantStaff)
    .where(staffCurrentOn(date))
    .groupBy(tenantStaff.companyId);
  return companies.map((company) => ({
    id: company.id,
    name: company.name,
    headOffice: company.headOffice,
    booths: booths.filter((booth) => booth.companyId === company.id).map((booth) => booth.name),
    staffCount: staff.find((row) => row.companyId === company.id)?.count ?? 0,
  }));
}

export async function findCompany(db: Db, companyId: string): Promise<Company | undefined> {
  const [company] = await db.select().from(tenantCompanies).where(eq(tenantCompanies.id, companyId));
  return company;
}
