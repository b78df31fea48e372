import { sql, type SQL } from 'drizzle-orm';
import { consents, supporterLinks } from '../workers/schema';
import type { SupporterSharingPurpose } from './set-supporter-consent';

/**
 * Whether the worker of a `supporter_links` row shares something with its supporter: an active
 * (not withdrawn) consent to `purpose` for the two of them.
 */
export function sharesWithSupporterColumn(purpose: SupporterSharingPurpose): SQL<boolean> {
  return sql<boolean>`exists (
  select 1 from ${consents}
  where ${consents.userId} = ${supporterLinks.workerId}
    and ${consents.supporterId} = ${supporterLinks.supporterId}
    and ${consents.purpose} = ${purpose}
    and ${consents.withdrawnAt} is null
)`;
}

/** Whether the worker of a `supporter_links` row shares disability and health data with its supporter. */
export const sharesSensitiveColumn: SQL<boolean> = sharesWithSupporterColumn('supporter_sensitive');
