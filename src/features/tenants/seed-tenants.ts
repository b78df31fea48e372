import { and, eq } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { todayInJapan } from '../availability/calendar';
import { spaces } from '../centre/schema';
import { tenantCompanies, tenantContracts, tenantStaff } from './schema';

/**
 * A demo tenant company, 株式会社ミライテック from Tokyo: the demo account `tenant` is its staff
 * sent from the head office (type A), `mirai-tanaka` one hired locally (type D, no password yet),
 * and it rents サテライトオフィスブース 4 from the first day of this month for ¥30,000 a month with
 * 600 video-meeting booth minutes a month (the demo tenant's meeting booking today uses some).
 */
export async function seedDemoTenants(db: Db, now = new Date()): Promise<void> {
  const [tenant] = await db.select({ id: users.id }).from(users).where(eq(users.loginId, 'tenant'));
  const [booth] = await db
    .select({ id: spaces.id })
    .from(spaces)
    .where(and(eq(spaces.kind, 'booth'), eq(spaces.name, 'サテライトオフィスブース 4')));
  if (!tenant || !booth) return;
  const today = todayInJapan(now);
  const [company] = await db
    .insert(tenantCompanies)
    .values({ name: '株式会社ミライテック', nameKana: 'かぶしきがいしゃみらいてっく', headOffice: '東京都千代田区', contactName: '東京 進出企業', note: 'サテライトオフィスとして2名が勤務' })
    .returning({ id: tenantCompanies.id });
  const [local] = await db.insert(users).values({ loginId: 'mirai-tanaka', role: 'tenant', displayName: '田中 みらい' }).returning({ id: users.id });
  // They came with the contract.
  const joinedOn = `${today.slice(0, 7)}-01`;
  await db.insert(tenantStaff).values([
    { userId: tenant.id, companyId: company!.id, teleworkType: 'A', joinedOn },
    { userId: local!.id, companyId: company!.id, teleworkType: 'D', joinedOn },
  ]);
  await db.insert(tenantContracts).values({ companyId: company!.id, spaceId: booth.id, startsOn: joinedOn, monthlyFee: 30_000, meetingMinutesPerMonth: 600 });
}
