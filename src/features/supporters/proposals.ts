import { and, asc, eq, inArray } from 'drizzle-orm';
import { auditLog } from '../../audit/schema';
import type { Db } from '../../db/client';

/**
 * A coordinator's proposal to link a supporter is not a link (a link needs the worker's consent),
 * so it lives in the append-only audit log: 'supporter.link.proposed', then the worker's answer,
 * 'supporter.link.agreed' or 'supporter.link.declined'. A proposal is pending while it is the
 * latest of these for its worker and supporter.
 */
export const proposalActions = {
  proposed: 'supporter.link.proposed',
  agreed: 'supporter.link.agreed',
  declined: 'supporter.link.declined',
} as const;

export type PendingProposal = { supporterId: string; proposedAt: Date; proposedBy: string | null };

/** The supporters proposed to this worker whose proposal has not been answered yet, oldest first. */
export async function listPendingProposals(db: Db, workerId: string): Promise<PendingProposal[]> {
  const entries = await db
    .select({ id: auditLog.id, action: auditLog.action, at: auditLog.at, actorId: auditLog.actorId, detail: auditLog.detail })
    .from(auditLog)
    .where(and(eq(auditLog.subjectUserId, workerId), inArray(auditLog.action, Object.values(proposalActions))))
    .orderBy(asc(auditLog.id));
  const latest = new Map<string, (typeof entries)[number]>();
  for (const entry of entries) {
    const supporterId = entry.detail?.supporterId;
    if (typeof supporterId === 'string') latest.set(supporterId, entry);
  }
  return [...latest]
    .filter(([, entry]) => entry.action === proposalActions.proposed)
    .map(([supporterId, entry]) => ({ supporterId, proposedAt: entry.at, proposedBy: entry.actorId }));
}

/** Whether this supporter has an unanswered proposal for this worker. */
export async function hasPendingProposal(db: Db, workerId: string, supporterId: string): Promise<boolean> {
  return (await listPendingProposals(db, workerId)).some((proposal) => proposal.supporterId === supporterId);
}
