import { can, type Actor } from '../../auth/policy';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { findActiveLink } from './find-active-link';
import { findSupporterByLoginId } from './find-worker-account';
import { hasPendingProposal, proposalActions } from './proposals';

export type ProposeResult =
  | { ok: true; supporter: { id: string; displayName: string } }
  | { ok: false; reason: 'forbidden' | 'noSuchSupporter' | 'alreadyLinked' | 'alreadyProposed' };

/**
 * A coordinator proposes a supporter for a worker. Nothing is shared yet: the proposal waits on
 * the worker's 「支援者」 page until they agree or decline.
 */
export async function proposeSupporterLink(
  db: Db,
  actor: Actor,
  input: { workerId: string; supporterLoginId: string },
): Promise<ProposeResult> {
  if (!can(actor, 'workers.manage')) return { ok: false, reason: 'forbidden' };
  const supporter = await findSupporterByLoginId(db, input.supporterLoginId);
  if (!supporter) return { ok: false, reason: 'noSuchSupporter' };
  if (await findActiveLink(db, supporter.id, input.workerId)) return { ok: false, reason: 'alreadyLinked' };
  if (await hasPendingProposal(db, input.workerId, supporter.id)) return { ok: false, reason: 'alreadyProposed' };
  await recordAudit(db, {
    actorId: actor.id,
    action: proposalActions.proposed,
    subjectUserId: input.workerId,
    detail: { supporterId: supporter.id },
  });
  return { ok: true, supporter };
}
