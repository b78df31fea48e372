import { and, asc, eq, isNull, lt, notInArray, sql } from 'drizzle-orm';
import { createTransport } from 'nodemailer';
import type { SmtpSettings } from '../../config';
import type { Db } from '../../db/client';
import { outboxMessages } from './schema';

/** After this many failed attempts a message is left in the outbox, with its error, for an admin. */
export const maxDeliveryAttempts = 5;
/** Messages sent per job round at most, so one round stays short. */
const roundLimit = 50;

/** An error's text without the SMTP URL's user name and password, which must never reach the database or logs. */
function withoutCredentials(error: unknown, smtpUrl: string): string {
  let text = error instanceof Error ? error.message : String(error);
  const { username, password } = new URL(smtpUrl);
  for (const secret of [password, decodeURIComponent(password), username, decodeURIComponent(username)]) {
    if (secret) text = text.split(secret).join('***');
  }
  return text.slice(0, 500);
}

/**
 * Sends outbox messages not yet sent through SMTP, oldest first, when SMTP is configured (without
 * it, mail stays in the outbox for admins to read). Each message is held with a row lock while it
 * is sent, so two processes never send one twice; a failure counts an attempt and records the error,
 * and the message is tried again next round, up to `maxDeliveryAttempts`. Returns how many were sent.
 */
export async function deliverOutbox(db: Db, smtp: SmtpSettings | undefined, now = new Date()): Promise<number> {
  if (!smtp) return 0;
  const transport = createTransport(smtp.url);
  const tried: string[] = [];
  let sent = 0;
  try {
    while (tried.length < roundLimit) {
      const outcome = await db.transaction(async (tx) => {
        const [message] = await tx
          .select()
          .from(outboxMessages)
          .where(and(isNull(outboxMessages.sentAt), lt(outboxMessages.attempts, maxDeliveryAttempts), tried.length > 0 ? notInArray(outboxMessages.id, tried) : undefined))
          .orderBy(asc(outboxMessages.createdAt), asc(outboxMessages.id))
          .limit(1)
          .for('update', { skipLocked: true });
        if (!message) return 'none';
        tried.push(message.id);
        const attempts = sql`${outboxMessages.attempts} + 1`;
        try {
          await transport.sendMail({ from: smtp.from, to: message.toAddress, subject: message.subject, text: message.body });
          await tx.update(outboxMessages).set({ sentAt: now, attempts, lastError: null }).where(eq(outboxMessages.id, message.id));
          return 'sent';
        } catch (error) {
          await tx.update(outboxMessages).set({ attempts, lastError: withoutCredentials(error, smtp.url) }).where(eq(outboxMessages.id, message.id));
          return 'failed';
        }
      });
      if (outcome === 'none') break;
      if (outcome === 'sent') sent++;
    }
  } finally {
    transport.close();
  }
  return sent;
}
