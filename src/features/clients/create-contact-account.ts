import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../auth/policy';
import type { Db } from '../../db/client';
import { createAccount, type CreateAccountResult } from '../accounts/create-account';
import { clientContacts } from './schema';

export type CreateContactAccountResult =
  | CreateAccountResult
  | { ok: false; reason: 'notFound' | 'alreadyLinked' };

/**
 * Makes a client account for a contact and links it, in one transaction: either the contact has
 * its account and a setup code, or nothing changed.
 */
export async function createContactAccount(
  db: Db,
  actor: Actor,
  input: { clientId: string; contactId: string; loginId: string },
): Promise<CreateContactAccountResult> {
  return db.transaction(async (tx) => {
    const [contact] = await tx
      .select()
      .from(clientContacts)
      .where(and(eq(clientContacts.id, input.contactId), eq(clientContacts.clientId, input.clientId)))
      .for('update');
    if (!contact) return { ok: false, reason: 'notFound' } as const;
    if (contact.userId) return { ok: false, reason: 'alreadyLinked' } as const;
    const created = await createAccount(tx as unknown as Db, actor, {
      displayName: contact.name,
      loginId: input.loginId,
      role: 'client',
      email: contact.email ?? '',
    });
    if (!created.ok) return created;
    const linked = await tx
      .update(clientContacts)
      .set({ userId: created.user.id })
      .where(and(eq(clientContacts.id, contact.id), isNull(clientContacts.userId)))
      .returning({ id: clientContacts.id });
    if (linked.length === 0) throw new Error('contact was linked meanwhile');
    return created;
  });
}
