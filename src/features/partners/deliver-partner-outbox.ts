import { and, asc, eq, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import { unseal } from '../../crypto/sealed-box';
import type { Db } from '../../db/client';
import { partnerOutbox, partners, subcontracts } from './schema';

/** Where each kind of message goes on the partner's installation. */
const paths: Record<string, string> = { offer: '/api/v1/partner/offers', status: '/api/v1/partner/status' };

/** Minutes to wait after the 1st, 2nd, 3rd… failed attempt; the last repeats. */
const backoffMinutes = [1, 5, 15, 60, 240];

export type PartnerDelivery = { encryptionKey?: Buffer | undefined; fetch?: typeof fetch | undefined };

/** How long to wait for a partner's answer before counting the attempt as failed. */
const timeoutMs = 30_000;

/** How many messages one run sends at most, so a long queue cannot hold the jobs up. */
const perRun = 100;

/**
 * Sends what we have to tell partner towns (partner_outbox), oldest first and one partner's
 * messages in the order they were written: a message waits while an older one to the same
 * partner is unsent. Each row is held with `for update skip locked` while it is sent, so two
 * processes never send it twice. On a 2xx it is marked sent (and an offer's answer names the
 * partner's order); otherwise it is tried again later with growing waits, and the error is kept
 * (the status or the network error, never the token). Messages to ended partners, or to partners whose token we do not have yet, stay unsent.
 */
export async function deliverPartnerOutbox(db: Db, now: Date, settings: PartnerDelivery): Promise<number> {
  const key = settings.encryptionKey;
  if (!key) return 0;
  const send = settings.fetch ?? fetch;
  let sent = 0;
  for (let round = 0; round < perRun; round++) {
    const outcome = await db.transaction(async (tx) => {
      const [row] = await tx
        .select({ id: partnerOutbox.id, kind: partnerOutbox.kind, payload: partnerOutbox.payload, attempts: partnerOutbox.attempts, baseUrl: partners.baseUrl, token: partners.theirTokenSealed })
        .from(partnerOutbox)
        .innerJoin(partners, eq(partners.id, partnerOutbox.partnerId))
        .where(
          and(
            isNull(partnerOutbox.sentAt),
            lte(partnerOutbox.nextAttemptAt, now),
            isNull(partners.endedAt),
            isNotNull(partners.theirTokenSealed),
            sql`not exists (select 1 from partner_outbox older where older.partner_id = ${partnerOutbox.partnerId} and older.sent_at is null and older.created_at < ${partnerOutbox.createdAt})`,
          ),
        )
        .orderBy(asc(partnerOutbox.createdAt))
        .limit(1)
        .for('update', { of: partnerOutbox, skipLocked: true });
      if (!row) return 'none' as const;
      let error: string | null = null;
      let answer: unknown;
      try {
        const response = await send(`${row.baseUrl}${paths[row.kind]}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${unseal<string>(key, row.token!)}` },
          body: JSON.stringify(row.payload),
          // A partner that never answers must not hold the jobs (and this row's lock) for ever.
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (response.ok) answer = await response.json().catch(() => undefined);
        else error = `HTTP ${response.status}`;
      } catch (caught) {
        error = caught instanceof Error ? `${caught.name}: ${caught.message}`.slice(0, 500) : 'network error';
      }
      if (error) {
        const wait = backoffMinutes[Math.min(row.attempts, backoffMinutes.length - 1)]!;
        await tx
          .update(partnerOutbox)
          .set({ attempts: row.attempts + 1, lastError: error, nextAttemptAt: new Date(now.getTime() + wait * 60_000) })
          .where(eq(partnerOutbox.id, row.id));
        return 'failed' as const;
      }
      await tx.update(partnerOutbox).set({ sentAt: now, attempts: row.attempts + 1, lastError: null }).where(eq(partnerOutbox.id, row.id));
      const remoteOrderId = (answer as { orderId?: unknown } | undefined)?.orderId;
      if (row.kind === 'offer' && typeof remoteOrderId === 'string') {
        await tx.update(subcontracts).set({ remoteOrderId }).where(eq(subcontracts.id, String(row.payload.reference)));
      }
      return 'sent' as const;
    });
    if (outcome === 'none') break;
    if (outcome === 'sent') sent++;
  }
  return sent;
}
