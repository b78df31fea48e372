import type { TestContext } from '../../testing/test-app';
import { TestBrowser } from '../../testing/test-app';
import { addDays, todayInJapan } from '../availability/calendar';
import { tenantCompanies, tenantContracts, tenantStaff, type TenantTeleworkType } from './schema';

/** For tests: a tenant company. */
export async function createCompany(test: TestContext, name = '株式会社テスト'): Promise<string> {
  const [company] = await test.db.insert(tenantCompanies).values({ name }).returning({ id: tenantCompanies.id });
  return company!.id;
}

/** For tests: a contract for a booth from the first day of this month, with no last day. */
export async function createContract(test: TestContext, companyId: string, spaceId: string, meetingMinutesPerMonth = 0): Promise<string> {
  const [contract] = await test.db
    .insert(tenantContracts)
    .values({ companyId, spaceId, startsOn: `${todayInJapan().slice(0, 7)}-01`, monthlyFee: 30_000, meetingMinutesPerMonth })
    .returning({ id: tenantContracts.id });
  return contract!.id;
}

/** For tests: a tenant-role person on the company's staff since a year ago, and a browser signed in as them. */
export async function signedInStaff(test: TestContext, companyId: string, teleworkType: TenantTeleworkType = 'A') {
  const user = await test.createUser('tenant');
  await test.db.insert(tenantStaff).values({ userId: user.id, companyId, teleworkType, joinedOn: addDays(todayInJapan(), -365) });
  const browser = new TestBrowser(test.app);
  await browser.signIn(user.loginId);
  return { user, browser };
}
