import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { hasPendingProposal, proposalActions } from './proposals';

/** The worker says no to a proposed supporter; nothing is shared, and the coordinator sees the answer. */
export async function declineSupporterProposal(db: Db, workerId: string, supporterId: string): Promise<boolean> {
  if (!(await hasPendingProposal(db, workerId, supporterId))) return false;
  await recordAudit(db, { actorId: workerId, action: proposalActions.declined, subjectUserId: workerId, detail: { supporterId } });
  return true;
}
