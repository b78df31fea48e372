import { desc, asc, eq } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { clientContacts, clients, salesActivities } from './schema';

/** A client with its contacts (and their accounts) and its sales log, newest first; null when none. */
export async function findClient(db: Db, id: string) {
  const [client] = await db.select().from(clients).where(eq(clients.id, id));
  if (!client) return null;
  const contacts = await db
    .select({ contact: clientContacts, loginId: users.loginId })
    .from(clientContacts)
    .leftJoin(users, eq(users.id, clientContacts.userId))
    .where(eq(clientContacts.clientId, id))
    .orderBy(asc(clientContacts.createdAt), asc(clientContacts.name));
  const activities = await db
    .select({ activity: salesActivities, authorName: users.displayName })
    .from(salesActivities)
    .leftJoin(users, eq(users.id, salesActivities.authorId))
    .where(eq(salesActivities.clientId, id))
    .orderBy(desc(salesActivities.occurredOn), desc(salesActivities.createdAt));
  return {
    client,
    contacts: contacts.map((row) => ({ ...row.contact, loginId: row.loginId })),
    activities: activities.map((row) => ({ ...row.activity, authorName: row.authorName })),
  };
}

export type ClientDetails = NonNullable<Awaited<ReturnType<typeof findClient>>>;
