import { and, eq, isNull } from 'drizzle-orm';
import { consents } from './schema';

/** The condition for a worker's sensitive-data consent that has not been withdrawn. */
export function activeSensitiveConsent(workerId: string) {
  return and(eq(consents.userId, workerId), eq(consents.purpose, 'sensitive_data'), isNull(consents.withdrawnAt));
}
