import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { clientContacts, clients } from './schema';

/** The name of the company a client account belongs to, through its contact; null when not linked. */
export async function findUsersClient(db: Db, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ name: clients.name })
    .from(clientContacts)
    .innerJoin(clients, eq(clients.id, clientContacts.clientId))
    .where(eq(clientContacts.userId, userId));
  return row?.name ?? null;
}
