import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import { unseal } from '../../crypto/sealed-box';
import type { Db } from '../../db/client';
import type { SensitiveData } from '../applications/submit-application';
import type { BankAccount } from './normalize-bank-account';
import { consents, workerProfiles, workerSkills, workerStatusChanges } from './schema';

const changer = alias(users, 'changer');
const verifier = alias(users, 'verifier');

/** Everything a profile page shows about one worker, with the sealed parts opened. */
export async function findWorkerProfile(db: Db, encryptionKey: Buffer, workerId: string) {
  const [row] = await db
    .select({ profile: workerProfiles, displayName: users.displayName, loginId: users.loginId, role: users.role })
    .from(workerProfiles)
    .innerJoin(users, eq(users.id, workerProfiles.userId))
    .where(eq(workerProfiles.userId, workerId));
  if (!row) return undefined;
  const { sensitiveEncrypted, bankAccountEncrypted, ...profile } = row.profile;
  const activeConsents = await db
    .select({ purpose: consents.purpose, textVersion: consents.textVersion, givenAt: consents.givenAt })
    .from(consents)
    .where(and(eq(consents.userId, workerId), isNull(consents.withdrawnAt)))
    .orderBy(desc(consents.givenAt));
  const sensitiveConsent = activeConsents.find((consent) => consent.purpose === 'sensitive_data');
  const skills = await db
    .select({
      skill: workerSkills.skill,
      level: workerSkills.level,
      source: workerSkills.source,
      note: workerSkills.note,
      verifiedBy: verifier.displayName,
      updatedAt: workerSkills.updatedAt,
    })
    .from(workerSkills)
    .leftJoin(verifier, eq(verifier.id, workerSkills.verifiedBy))
    .where(eq(workerSkills.userId, workerId))
    .orderBy(asc(workerSkills.skill));
  const statusHistory = await db
    .select({
      fromStatus: workerStatusChanges.fromStatus,
      toStatus: workerStatusChanges.toStatus,
      reason: workerStatusChanges.reason,
      changedAt: workerStatusChanges.changedAt,
      changedBy: changer.displayName,
    })
    .from(workerStatusChanges)
    .leftJoin(changer, eq(changer.id, workerStatusChanges.changedBy))
    .where(eq(workerStatusChanges.userId, workerId))
    .orderBy(desc(workerStatusChanges.changedAt));
  return {
    ...profile,
    displayName: row.displayName,
    loginId: row.loginId,
    role: row.role,
    // Sensitive data is only ever shown under an active consent, even if a sealed value lingers.
    sensitive: sensitiveEncrypted && sensitiveConsent ? unseal<SensitiveData>(encryptionKey, sensitiveEncrypted) : null,
    sensitiveConsent: sensitiveConsent ?? null,
    /** Every consent in force, newest first, for staff to see. */
    activeConsents,
    bank: bankAccountEncrypted ? unseal<BankAccount>(encryptionKey, bankAccountEncrypted) : null,
    skills,
    statusHistory,
  };
}

export type WorkerProfile = NonNullable<Awaited<ReturnType<typeof findWorkerProfile>>>;
