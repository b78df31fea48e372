import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { clientContacts, clients } from './schema';

/** The company a client account speaks for, through its contact; null when the account is not linked. */
export async function findUsersClient(db: Db, userId: string): Promise<{ id: string; name: string } | null> {
  const [row] = await db
    .select({ id: clients.id, name: clients.name })
    .from(clientContacts)
    .innerJoin(clients, eq(clients.id, clientContacts.clientId))
    .where(eq(clientContacts.userId, userId));
  return row ?? null;
}
