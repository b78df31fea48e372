import { inArray } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { addDays, todayInJapan } from '../availability/calendar';
import { clientContacts, clients, salesActivities } from '../clients/schema';

/**
 * Two clients: the town itself, whose contact is the demo `client` account, and a prospect
 * company with one visit in its sales log.
 */
export async function seedDemoClients(db: Db): Promise<void> {
  const accounts = await db.select({ id: users.id, loginId: users.loginId }).from(users).where(inArray(users.loginId, ['client', 'director']));
  const idOf = (loginId: string) => accounts.find((account) => account.loginId === loginId)?.id ?? null;
  const director = idOf('director');
  const [town, prospect] = await db
    .insert(clients)
    .values([
      {
        name: '立科町',
        nameKana: 'タテシナマチ',
        status: 'active',
        isMunicipality: true,
        postalCode: '3842392',
        address: '長野県北佐久郡立科町大字芦田2532',
        phone: '0267-56-2311',
        createdBy: director,
      },
      {
        name: '株式会社しらかばデータ',
        nameKana: 'シラカバデータ',
        status: 'prospect',
        postalCode: '3860018',
        address: '長野県上田市常田1-2-3',
        email: 'info@example.jp',
        createdBy: director,
      },
    ])
    .returning({ id: clients.id });
  await db.insert(clientContacts).values({ clientId: town!.id, name: '川口 発注者', nameKana: 'カワグチ', department: '企画課', userId: idOf('client') });
  const today = todayInJapan();
  await db.insert(salesActivities).values({
    clientId: prospect!.id,
    kind: 'visit',
    occurredOn: addDays(today, -3),
    summary: 'アンケートの入力作業について、ご相談をうかがいました。',
    nextStep: '見積りをお送りする',
    nextStepOn: addDays(today, 4),
    authorId: director,
  });
}

