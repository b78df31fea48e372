import { and, eq, isNull, sql, type Column, type SQL } from 'drizzle-orm';
import type { ConsentPurpose } from './consent-texts';
import { consents } from './schema';

/** The condition for a worker's consent to a purpose that has not been withdrawn (a user id, or a column of the outer query). */
export function activeConsent(worker: string | Column, purpose: ConsentPurpose) {
  return and(eq(consents.userId, worker), eq(consents.purpose, purpose), isNull(consents.withdrawnAt));
}

/**
 * True where the worker whose id is in `userId` (a column of the outer query) has a consent to the
 * purpose that stands now; for the outcome reports, 'statistics' is what lets us count them by
 * target group. Workers who never agreed, or withdrew, are not counted.
 */
export function consentStands(userId: Column, purpose: ConsentPurpose): SQL {
  return sql`exists (select 1 from ${consents} where ${activeConsent(userId, purpose)})`;
}
