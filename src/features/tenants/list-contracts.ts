import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sites, spaces } from '../centre/schema';
import { tenantContracts } from './schema';

export type ContractRow = {
  id: string;
  siteId: string;
  spaceId: string;
  boothName: string;
  siteName: string;
  startsOn: string;
  endsOn: string | null;
  monthlyFee: number;
  meetingMinutesPerMonth: number;
};

const contractColumns = {
  id: tenantContracts.id,
  siteId: spaces.siteId,
  spaceId: tenantContracts.spaceId,
  boothName: spaces.name,
  siteName: sites.name,
  startsOn: tenantContracts.startsOn,
  endsOn: tenantContracts.endsOn,
  monthlyFee: tenantContracts.monthlyFee,
  meetingMinutesPerMonth: tenantContracts.meetingMinutesPerMonth,
};

/** A company's contracts, the latest first. */
export async function listContracts(db: Db, companyId: string): Promise<ContractRow[]> {
  return db
    .select(contractColumns)
    .from(tenantContracts)
    .innerJoin(spaces, eq(spaces.id, tenantContracts.spaceId))
    .innerJoin(sites, eq(sites.id, spaces.siteId))
    .where(eq(tenantContracts.companyId, companyId))
    .orderBy(desc(tenantContracts.startsOn));
}

/** One of the company's contracts. */
export async function findContract(db: Db, companyId: string, contractId: string): Promise<ContractRow | undefined> {
  const [contract] = await db
    .select(contractColumns)
    .from(tenantContracts)
    .innerJoin(spaces, eq(spaces.id, tenantContracts.spaceId))
    .innerJoin(sites, eq(sites.id, spaces.siteId))
    .where(and(eq(tenantContracts.companyId, companyId), eq(tenantContracts.id, contractId)));
  return contract;
}

/** The booths (not retired) a contract may let, site by site in the sites' order. */
export async function listContractBooths(db: Db): Promise<{ id: string; name: string; siteName: string }[]> {
  return db
    .select({ id: spaces.id, name: spaces.name, siteName: sites.name })
    .from(spaces)
    .innerJoin(sites, eq(sites.id, spaces.siteId))
    .where(and(eq(spaces.kind, 'booth'), isNull(spaces.retiredAt)))
    .orderBy(asc(sites.name), asc(spaces.sortOrder), asc(spaces.name));
}
