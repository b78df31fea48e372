import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { tenantCompanies } from './schema';
import type { CompanyInput } from './validation';

/** Adds a tenant company; returns its id. */
export async function addCompany(db: Db, createdBy: string, input: CompanyInput): Promise<string> {
  const [company] = await db.insert(tenantCompanies).values({ ...input, createdBy }).returning({ id: tenantCompanies.id });
  return company!.id;
}

/** Saves a company's details; false when there is no such company. */
export async function updateCompany(db: Db, companyId: string, input: CompanyInput): Promise<boolean> {
  const updated = await db.update(tenantCompanies).set(input).where(eq(tenantCompanies.id, companyId)).returning({ id: tenantCompanies.id });
  return updated.length > 0;
}
