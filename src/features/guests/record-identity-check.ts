import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { guestProfiles, type IdentityDocument } from './schema';

/**
 * Records that staff saw an identity document of the guest: which kind, who and when (never the
 * document's number). Recorded once; a second click, or two staff at once, changes nothing.
 */
export async function recordIdentityCheck(
  db: Db,
  input: { guestId: string; staffId: string; document: IdentityDocument; note: string | null; now?: Date },
): Promise<'recorded' | 'alreadyChecked' | 'notFound'> {
  const [updated] = await db
    .update(guestProfiles)
    .set({ identityCheckedAt: input.now ?? new Date(), identityCheckedBy: input.staffId, identityDocument: input.document, identityNote: input.note })
    .where(and(eq(guestProfiles.userId, input.guestId), isNull(guestProfiles.identityCheckedAt)))
    .returning({ userId: guestProfiles.userId });
  if (updated) {
    await recordAudit(db, { actorId: input.staffId, action: 'guest.identity.check', subjectUserId: input.guestId, detail: { document: input.document } });
    return 'recorded';
  }
  const [profile] = await db.select({ userId: guestProfiles.userId }).from(guestProfiles).where(eq(guestProfiles.userId, input.guestId));
  return profile ? 'alreadyChecked' : 'notFound';
}

/** Whether this person is a guest whose identity staff have not checked yet (others never are). */
export async function awaitsIdentityCheck(db: Db, userId: string): Promise<boolean> {
  const [profile] = await db
    .select({ userId: guestProfiles.userId })
    .from(guestProfiles)
    .where(and(eq(guestProfiles.userId, userId), isNull(guestProfiles.identityCheckedAt)));
  return Boolean(profile);
}
