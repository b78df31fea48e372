import type { Db } from '../../db/client';
import { clientContacts } from './schema';
import type { ContactInput } from './validation';

/** Adds a person at a client. */
export async function addClientContact(db: Db, clientId: string, input: ContactInput): Promise<string> {
  const [row] = await db.insert(clientContacts).values({ ...input, clientId }).returning({ id: clientContacts.id });
  return row!.id;
}
