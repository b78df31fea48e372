import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { partners } from './schema';

/** Ends work with a partner: nothing more is sent to it and its token to us is refused. False when unknown or already ended. */
export async function endPartner(db: Db, actorId: string, partnerId: string, now = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const ended = await tx
      .update(partners)
      .set({ endedAt: now })
      .where(and(eq(partners.id, partnerId), isNull(partners.endedAt)))
      .returning({ id: partners.id });
    if (ended.length === 0) return false;
    await recordAudit(tx, { actorId, action: 'partners.end', detail: { partnerId } });
    return true;
  });
}
