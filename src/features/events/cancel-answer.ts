import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { closedReason, type ClosedReason } from './answer-event';
import { fillPlaces } from './fill-places';
import { lockEvent } from './lock-event';
import { eventRsvps } from './schema';

/**
 * Withdraws one's answer before the event starts; a place given up goes to the first person
 * waiting for that way, who is told, in the same transaction.
 */
export async function cancelAnswer(db: Db, userId: string, eventId: string, now = new Date()): Promise<{ ok: true } | { ok: false; reason: ClosedReason | 'noAnswer' }> {
  return db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const event = await lockEvent(db, eventId);
    const closed = closedReason(event, now);
    if (closed || !event) return { ok: false, reason: closed ?? 'notFound' } as const;
    const [withdrawn] = await db
      .update(eventRsvps)
      .set({ status: 'cancelled', cancelledAt: now })
      .where(and(eq(eventRsvps.eventId, eventId), eq(eventRsvps.userId, userId), ne(eventRsvps.status, 'cancelled')))
      .returning({ mode: eventRsvps.mode });
    if (!withdrawn) return { ok: false, reason: 'noAnswer' } as const;
    await fillPlaces(db, event, withdrawn.mode, now);
    return { ok: true } as const;
  });
}
