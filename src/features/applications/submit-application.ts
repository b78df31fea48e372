import type { Db } from '../../db/client';
import { recordAttempt, secondsToWait } from '../../auth/throttle';
import { seal } from '../../crypto/sealed-box';
import { applications, consents } from '../workers/schema';
import { consentTexts } from '../workers/consent-texts';
import type { ApplicationInput } from './validation';

/** What a person tells us about disability and health, kept only sealed. */
export type SensitiveData = { disability: boolean; details: string | null };

export type SubmitResult = { ok: true; applicationId: string | null } | { ok: false; waitSeconds: number };

// Five applications in a row from one address are free (a family at one computer); then each
// waits, from 30 s doubling, until the address has been quiet for 15 minutes. Too slow for a bot.
const perAddress = (address: string) => [{ key: `apply:${address}`, freeFailures: 4 }];

/**
 * Stores a 登録申込 with its consents (each with the version of the text agreed to).
 * Disability and health details are sealed, and only kept with their own consent. A filled
 * honeypot is answered like a success but nothing is stored.
 */
export async function submitApplication(
  db: Db,
  encryptionKey: Buffer,
  input: ApplicationInput,
  address: string,
  now = new Date(),
): Promise<SubmitResult> {
  if (input.website) return { ok: true, applicationId: null };
  const waitSeconds = await secondsToWait(db, perAddress(address), now);
  if (waitSeconds > 0) return { ok: false, waitSeconds };
  await recordAttempt(db, perAddress(address), now);

  const sensitive: SensitiveData | null =
    input.consentSensitive && (input.disability || input.sensitiveDetails)
      ? { disability: input.disability, details: input.sensitiveDetails }
      : null;
  const applicationId = await db.transaction(async (tx) => {
    const [application] = await tx
      .insert(applications)
      .values({
        familyName: input.familyName,
        givenName: input.givenName,
        familyNameKana: input.familyNameKana,
        givenNameKana: input.givenNameKana,
        phone: input.phone,
        email: input.email,
        postalAddress: input.postalAddress,
        preferredLocations: input.preferredLocations,
        hoursPerWeek: input.hoursPerWeek,
        skills: input.skills,
        accommodations: input.accommodations,
        accommodationNotes: input.accommodationNotes,
        targetGroups: input.targetGroups,
        sensitiveEncrypted: sensitive ? seal(encryptionKey, sensitive) : null,
        supporterName: input.supporterName,
        supporterContact: input.supporterContact,
        submittedAt: now,
      })
      .returning({ id: applications.id });
    if (!application) throw new Error('application was not stored');
    await tx.insert(consents).values([
      { applicationId: application.id, purpose: 'registration', textVersion: consentTexts.registration.version, givenAt: now },
      ...(sensitive
        ? [{ applicationId: application.id, purpose: 'sensitive_data' as const, textVersion: consentTexts.sensitive_data.version, givenAt: now }]
        : []),
    ]);
    return application.id;
  });
  return { ok: true, applicationId };
}
