import { and, eq, isNotNull } from 'drizzle-orm';
import { unseal } from '../../crypto/sealed-box';
import type { Db } from '../../db/client';
import type { SensitiveData } from '../applications/submit-application';
import { activeConsent } from '../workers/active-consent';
import { consents, workerProfiles } from '../workers/schema';

/** The sealed disability and health details, if stored under an active sensitive-data consent. */
async function findSealedSensitive(db: Db, workerId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ sealed: workerProfiles.sensitiveEncrypted })
    .from(workerProfiles)
    .innerJoin(consents, activeConsent(workerId, 'sensitive_data'))
    .where(and(eq(workerProfiles.userId, workerId), isNotNull(workerProfiles.sensitiveEncrypted)))
    .limit(1);
  return row?.sealed ?? undefined;
}

/**
 * The worker's disability and health details, opened, or null when none are stored under an
 * active sensitive-data consent. The caller decides (through the policy) who may see them.
 */
export async function findSensitiveForSupporter(db: Db, encryptionKey: Buffer, workerId: string): Promise<SensitiveData | null> {
  const sealed = await findSealedSensitive(db, workerId);
  return sealed ? unseal<SensitiveData>(encryptionKey, sealed) : null;
}

/** Whether the worker has disability or health details stored under an active consent (nothing is opened). */
export async function hasSharableSensitive(db: Db, workerId: string): Promise<boolean> {
  return (await findSealedSensitive(db, workerId)) !== undefined;
}
