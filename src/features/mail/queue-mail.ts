import type { Db } from '../../db/client';
import { outboxMessages } from './schema';

export type Mail = { userId?: string | null; toAddress: string; subject: string; body: string };

/**
 * Writes an e-mail to the outbox, in the caller's transaction: it goes out only if what it tells
 * of really happened. Delivery (SMTP) reads the outbox later; until then admins read it at /admin/outbox.
 */
export async function queueMail(db: Db, mail: Mail, now = new Date()): Promise<string> {
  const [row] = await db
    .insert(outboxMessages)
    .values({ userId: mail.userId ?? null, toAddress: mail.toAddress, subject: mail.subject, body: mail.body, createdAt: now })
    .returning({ id: outboxMessages.id });
  return row!.id;
}
