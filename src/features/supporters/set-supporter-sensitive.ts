import type { Db } from '../../db/client';
import { hasSharableSensitive } from './find-sensitive-for-supporter';
import { setSupporterConsent, type SetSupporterConsentResult } from './set-supporter-consent';

export type SetSupporterSensitiveResult = SetSupporterConsentResult;

/**
 * The worker lets a linked supporter see their disability and health details (a
 * 'supporter_sensitive' consent), or stops it (the consent is withdrawn). Allowing needs an active
 * link and details stored under the worker's own sensitive-data consent.
 */
export function setSupporterSensitive(db: Db, workerId: string, supporterId: string, share: boolean, now = new Date()): Promise<SetSupporterSensitiveResult> {
  return setSupporterConsent(
    db,
    { workerId, supporterId, purpose: 'supporter_sensitive', share, mayShare: (tx) => hasSharableSensitive(tx, workerId) },
    now,
  );
}
