import { eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { seal, unseal } from '../../crypto/sealed-box';
import type { Db } from '../../db/client';
import { activeConsent } from './active-consent';
import type { SensitiveData } from '../applications/submit-application';
import { consents, workerProfiles } from './schema';
import type { ProfileInput } from './validation';

const plainFields = [
  'phone',
  'email',
  'postalAddress',
  'preferredLocations',
  'hoursPerWeek',
  'accommodations',
  'accommodationNotes',
  'targetGroups',
  'invoiceRegistrationNumber',
  'teleworkType',
  'movedFrom',
  'movedInOn',
] as const;

/**
 * Saves a profile form. The bank account is replaced only when re-entered; disability and
 * health details are sealed and kept only under an active sensitive-data consent. Each change
 * is audited by field name (never value): profile, bank and sensitive data separately.
 */
export async function updateWorkerProfile(
  db: Db,
  encryptionKey: Buffer,
  change: { actorId: string; workerId: string; input: ProfileInput },
): Promise<{ ok: true } | { ok: false; reason: 'notFound' }> {
  const { actorId, workerId, input } = change;
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(workerProfiles).where(eq(workerProfiles.userId, workerId)).for('update');
    if (!current) return { ok: false, reason: 'notFound' } as const;
    const [consent] = await tx
      .select({ id: consents.id })
      .from(consents)
      .where(activeConsent(workerId, 'sensitive_data'))
      .limit(1);

    const changedFields = plainFields.filter((field) => JSON.stringify(current[field]) !== JSON.stringify(input[field]));
    const values: Partial<typeof workerProfiles.$inferInsert> = {};
    for (const field of changedFields) Object.assign(values, { [field]: input[field] });

    if (input.bank) values.bankAccountEncrypted = seal(encryptionKey, input.bank);

    let sensitiveChanged = false;
    if (input.sensitive && consent) {
      const given = input.sensitive.disability || input.sensitive.details ? input.sensitive : null;
      const before = current.sensitiveEncrypted ? unseal<SensitiveData>(encryptionKey, current.sensitiveEncrypted) : null;
      if (JSON.stringify(before) !== JSON.stringify(given)) {
        sensitiveChanged = true;
        values.sensitiveEncrypted = given ? seal(encryptionKey, given) : null;
      }
    }

    if (Object.keys(values).length === 0) return { ok: true } as const;
    await tx.update(workerProfiles).set({ ...values, updatedAt: new Date() }).where(eq(workerProfiles.userId, workerId));
    if (changedFields.length > 0) {
      await recordAudit(tx, { actorId, action: 'worker.profile.update', subjectUserId: workerId, detail: { fields: changedFields } });
    }
    if (input.bank) {
      await recordAudit(tx, { actorId, action: 'worker.bank.update', subjectUserId: workerId, detail: { fields: ['bankAccount'] } });
    }
    if (sensitiveChanged) {
      await recordAudit(tx, { actorId, action: 'worker.sensitive.update', subjectUserId: workerId, detail: { fields: ['disability', 'details'] } });
    }
    return { ok: true } as const;
  });
}
