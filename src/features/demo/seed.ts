import type { Db } from '../../db/client';
import { hashPassword } from '../../auth/password';
import { users } from '../../auth/schema';
import { seedTateshinaCentre } from '../centre/seed-tateshina';
import { hasNoAccounts } from '../accounts/first-admin';
import { demoAccounts, demoPassword } from './accounts';
import { seedDemoApplications } from './seed-applications';
import { seedDemoClients } from './seed-clients';
import { seedDemoOrders } from './seed-orders';
import { seedDemoWorkerProfiles } from './seed-worker-profiles';
import { seedDemoPay } from '../pay/seed-pay';
import { seedDemoInvoices } from '../invoices/seed-invoices';
import { seedDemoTermsNotices } from '../terms-notices/seed-terms-notices';
import { seedDemoTransfers } from '../transfers/seed-transfers';
import { seedDemoCheckIns } from '../check-in/seed-check-in';
import { seedDemoCalendarFeeds } from '../calendar-feeds/seed-calendar-feeds';
import { seedDemoBookings } from '../bookings/seed-bookings';
import { seedDemoTenants } from '../tenants/seed-tenants';
import { seedDemoFees } from '../centre-fees/seed-fees';
import { seedDemoGuests } from '../guests/seed-guests';
import { seedDemoEvents } from '../events/seed-events';
import { seedDemoTraining } from '../training/seed-training';
import { seedDemoPromotions } from '../promotions/seed-promotions';
import { seedDemoTeamTalk } from '../team-talk/seed-team-talk';
import { seedDemoAnnouncements } from '../announcements/seed-announcements';
import { seedDemoNotificationSettings } from '../notifications/seed-notification-settings';
import { seedDemoDailyCheckIns } from '../daily-check-ins/seed-check-ins';

/**
 * Fills an empty database with the Tateshina centre, one account per role, profiles for the
 * demo workers, two applications in the inbox, three clients (the town, a prospect and a company)
 * orders at every stage of the pipeline, last month's pay closed, two invoices to the town
 * (one paid, one overdue), the terms notices of the work workers took, and the transfer account
 * with the paid workers' bank accounts (sealed with `encryptionKey`, so only when one is given).
 * Does nothing when any account exists, so restarts keep what people changed.
 */
export async function seedDemo(db: Db, encryptionKey?: Buffer, dataDir?: string): Promise<boolean> {
  if (!(await hasNoAccounts(db))) return false;
  const passwordHash = await hashPassword(demoPassword);
  await db.transaction(async (tx) => {
    await seedTateshinaCentre(tx);
    await tx
      .insert(users)
      .values(demoAccounts.map((account) => ({ ...account, passwordHash, passwordChangedAt: new Date() })))
      .onConflictDoNothing();
    await seedDemoWorkerProfiles(tx);
    await seedDemoApplications(tx);
    await seedDemoClients(tx);
    await seedDemoOrders(tx);
    await seedDemoPay(tx);
    await seedDemoInvoices(tx);
    await seedDemoTermsNotices(tx);
    await seedDemoTransfers(tx, encryptionKey);
    await seedDemoCheckIns(tx);
    await seedDemoBookings(tx);
    await seedDemoFees(tx);
    await seedDemoTenants(tx);
    await seedDemoGuests(tx);
    await seedDemoCalendarFeeds(tx);
    await seedDemoEvents(tx);
    await seedDemoTraining(tx, dataDir);
    await seedDemoPromotions(tx);
    await seedDemoTeamTalk(tx);
    await seedDemoAnnouncements(tx);
    await seedDemoNotificationSettings(tx);
    await seedDemoDailyCheckIns(tx);
  });
  return true;
}
