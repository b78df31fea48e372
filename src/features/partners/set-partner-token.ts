import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { seal } from '../../crypto/sealed-box';
import type { Db } from '../../db/client';
import { partners } from './schema';

/**
 * Sets or replaces the token a partner issued to us (the second half of the token exchange, or a
 * new token after theirs expired), sealed; messages waiting for it go out on the next run. False
 * when the partner is unknown or ended.
 */
export async function setPartnerToken(db: Db, key: Buffer, actorId: string, partnerId: string, token: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(partners)
      .set({ theirTokenSealed: seal(key, token) })
      .where(and(eq(partners.id, partnerId), isNull(partners.endedAt)))
      .returning({ id: partners.id });
    if (updated.length === 0) return false;
    await recordAudit(tx, { actorId, action: 'partners.token.set', detail: { partnerId } });
    return true;
  });
}
