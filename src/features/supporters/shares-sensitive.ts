import { sql, type SQL } from 'drizzle-orm';
import { consents, supporterLinks } from '../workers/schema';

/**
 * Whether the worker of a `supporter_links` row shares disability and health data with its
 * supporter: an active (not withdrawn) `supporter_sensitive` consent for the two of them.
 */
export const sharesSensitiveColumn: SQL<boolean> = sql<boolean>`exists (
  select 1 from ${consents}
  where ${consents.userId} = ${supporterLinks.workerId}
    and ${consents.supporterId} = ${supporterLinks.supporterId}
    and ${consents.purpose} = 'supporter_sensitive'
    and ${consents.withdrawnAt} is null
)`;
