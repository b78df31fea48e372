import type { TestContext } from '../../testing/test-app';
import { addDays, todayInJapan } from '../availability/calendar';
import { clients } from '../clients/schema';
import { partners } from '../partners/schema';
import { issueApiToken } from './issue-api-token';
import type { ApiScope } from './schema';

/**
 * For tests: a token for a new active client (or, with `partner`, a new partner town) with the
 * given scopes, valid for 30 days; returns its id, secret, owner and the Authorization header.
 */
export async function issueTestToken(
  test: TestContext,
  settings: { scopes?: ApiScope[]; clientId?: string; partner?: boolean; now?: Date } = {},
): Promise<{ id: string; secret: string; ownerId: string; authorization: string }> {
  const now = settings.now ?? new Date();
  const admin = await test.createUser('admin');
  let ownerId = settings.clientId;
  if (settings.partner) {
    const [partner] = await test.db.insert(partners).values({ name: '連携町', baseUrl: 'https://partner.example.jp', createdBy: admin.id }).returning({ id: partners.id });
    ownerId = partner!.id;
  } else if (!ownerId) {
    const [client] = await test.db.insert(clients).values({ name: '株式会社API発注', status: 'active' }).returning({ id: clients.id });
    ownerId = client!.id;
  }
  const kind = settings.partner ? 'partner' : 'client';
  const { id, secret } = await issueApiToken(
    test.db,
    admin.id,
    {
      name: `${kind} token`,
      kind,
      ...(kind === 'partner' ? { partnerId: ownerId } : { clientId: ownerId }),
      scopes: settings.scopes ?? (kind === 'partner' ? ['partner.exchange'] : ['orders.read', 'orders.write', 'deliverables.read']),
      expiresOn: addDays(todayInJapan(now), 30),
    },
    now,
  );
  return { id, secret, ownerId, authorization: `Bearer ${secret}` };
}
