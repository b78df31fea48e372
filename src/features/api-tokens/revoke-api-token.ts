import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { apiTokens } from './schema';

/** Stops a token for good, at once; false when there is no such token or it was already revoked. */
export async function revokeApiToken(db: Db, actorId: string, tokenId: string, now = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(apiTokens)
      .set({ revokedAt: now, revokedBy: actorId })
      .where(and(eq(apiTokens.id, tokenId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id, name: apiTokens.name });
    if (!revoked) return false;
    await recordAudit(tx, { actorId, action: 'apiToken.revoke', detail: { tokenId: revoked.id, name: revoked.name } });
    return true;
  });
}
