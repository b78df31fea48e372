import type { SessionUser } from '../../auth/session';
import type { Db } from '../../db/client';
import { notify } from '../notifications/notify';
import { findMessageContact } from './message-contacts';
import { directMessages } from './schema';

/**
 * Sends a direct message to someone the sender may message, and tells them (in the app, and by
 * e-mail if they chose so) in the same transaction. False when the sender may not message them.
 */
export async function sendDirectMessage(db: Db, sender: Pick<SessionUser, 'id' | 'role' | 'displayName'>, recipientId: string, body: string, now = new Date()): Promise<boolean> {
  const recipient = await findMessageContact(db, sender, recipientId);
  if (!recipient) return false;
  await db.transaction(async (tx) => {
    await tx.insert(directMessages).values({ senderId: sender.id, recipientId: recipient.id, body, sentAt: now });
    await notify(tx as unknown as Db, [recipient.id], { key: 'messages.notice', params: { name: sender.displayName }, link: `/messages/${sender.id}` }, now);
  });
  return true;
}
