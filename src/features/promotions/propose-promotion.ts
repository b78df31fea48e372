import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../auth/policy';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { isUniqueViolation } from '../../db/unique-violation';
import { nextStep, type PathRole, type StepProblem } from './career-path';
import { rolePromotions } from './schema';

export type ProposeProblem = StepProblem | 'open';

/** Whether the person already has a proposal waiting for a decision. */
export async function hasOpenPromotion(db: Db, userId: string): Promise<boolean> {
  const [open] = await db.select({ id: rolePromotions.id }).from(rolePromotions).where(and(eq(rolePromotions.userId, userId), isNull(rolePromotions.decision)));
  return open !== undefined;
}

/**
 * Proposes the next step on the path for a person, with the proposer's reason. One proposal
 * per person is open at a time: the partial unique index decides when two people propose at
 * once, and the second is told one is already waiting.
 */
export async function proposePromotion(
  db: Db,
  input: { person: { id: string; role: PathRole }; proposer: Actor; reason: string },
  now = new Date(),
): Promise<{ ok: true; id: string } | { ok: false; problem: ProposeProblem; role: PathRole }> {
  const step = nextStep(input.person, input.proposer);
  if (!step.ok) return step;
  if (await hasOpenPromotion(db, input.person.id)) return { ok: false, problem: 'open', role: step.toRole };
  try {
    const id = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(rolePromotions)
        .values({ userId: input.person.id, fromRole: input.person.role, toRole: step.toRole, reason: input.reason, proposedBy: input.proposer.id, proposedAt: now })
        .returning({ id: rolePromotions.id });
      await recordAudit(tx, { actorId: input.proposer.id, action: 'promotion.propose', subjectUserId: input.person.id, detail: { from: input.person.role, to: step.toRole } });
      return row!.id;
    });
    return { ok: true, id };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, problem: 'open', role: step.toRole };
    throw error;
  }
}
