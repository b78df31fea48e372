import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/policy';
import { createAccount } from '../accounts/create-account';
import { applications, consents, pickPersonalFields, workerProfiles, workerSkills, workerStatusChanges } from '../workers/schema';

const undecided = inArray(applications.status, ['new', 'interviewing']);

export type AcceptResult =
  | { ok: true; user: { id: string; loginId: string; displayName: string }; code: string; expiresAt: Date }
  | { ok: false; reason: 'notFound' | 'alreadyDecided' | 'loginIdTaken' | 'forbidden' };

/**
 * Accepts an application: creates the trainee or worker account with a setup code, the worker
 * profile (copied from the application, sensitive data still sealed), the first status, the
 * self-declared skills, and moves the consents to the new account — all or nothing.
 */
export async function acceptApplication(
  db: Db,
  actor: Actor,
  applicationId: string,
  input: { role: 'trainee' | 'worker'; loginId: string; reason: string },
  now = new Date(),
): Promise<AcceptResult> {
  return db.transaction(async (tx) => {
    // The row lock makes a second coordinator accepting at the same moment wait, then see it decided.
    const [application] = await tx.select().from(applications).where(eq(applications.id, applicationId)).for('update');
    if (!application) return { ok: false, reason: 'notFound' } as const;
    if (application.status === 'accepted' || application.status === 'declined') return { ok: false, reason: 'alreadyDecided' } as const;

    const account = await createAccount(
      tx as unknown as Db,
      actor,
      {
        displayName: `${application.familyName} ${application.givenName}`,
        loginId: input.loginId,
        role: input.role,
        email: application.email ?? '',
      },
      now,
    );
    if (!account.ok) return account;
    const userId = account.user.id;
    const status = input.role === 'trainee' ? 'trainee' : 'active';
    await tx.insert(workerProfiles).values({ ...pickPersonalFields(application), userId, applicationId, status, updatedAt: now });
    await tx.insert(workerStatusChanges).values({ userId, fromStatus: null, toStatus: status, reason: input.reason, changedBy: actor.id, changedAt: now });
    if (application.skills.length > 0) {
      await tx.insert(workerSkills).values(application.skills.map((skill) => ({ userId, skill, level: 1, source: 'self' as const, updatedAt: now })));
    }
    await tx.update(consents).set({ userId }).where(eq(consents.applicationId, applicationId));
    await tx
      .update(applications)
      .set({ status: 'accepted', userId, decidedAt: now, decidedBy: actor.id })
      .where(and(eq(applications.id, applicationId), undecided));
    await recordAudit(tx as unknown as Db, {
      actorId: actor.id,
      action: 'application.accept',
      subjectUserId: userId,
      subjectApplicationId: applicationId,
      detail: { role: input.role },
    });
    return { ok: true, user: account.user, code: account.code, expiresAt: account.expiresAt } as const;
  });
}

/** Declines an application with a reason to pass on to the person. */
export async function declineApplication(
  db: Db,
  actor: Actor,
  applicationId: string,
  reason: string,
  now = new Date(),
): Promise<{ ok: true } | { ok: false; reason: 'notFound' | 'alreadyDecided' }> {
  const [declined] = await db
    .update(applications)
    .set({ status: 'declined', declineReason: reason, decidedAt: now, decidedBy: actor.id })
    .where(and(eq(applications.id, applicationId), undecided))
    .returning({ id: applications.id });
  if (declined) {
    await recordAudit(db, { actorId: actor.id, action: 'application.decline', subjectApplicationId: applicationId });
    return { ok: true };
  }
  const [existing] = await db.select({ id: applications.id }).from(applications).where(eq(applications.id, applicationId));
  return { ok: false, reason: existing ? 'alreadyDecided' : 'notFound' };
}
