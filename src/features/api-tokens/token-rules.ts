import { addDays, type BusinessDate } from '../availability/calendar';
import type { FieldErrors } from '../../ui/form';
import type { ApiScope, ApiTokenKind } from './schema';

/** The scopes each kind of token may hold: a client's own orders and deliverables, or a partner's exchange. */
export const scopesByKind = {
  client: ['orders.read', 'orders.write', 'deliverables.read'],
  partner: ['partner.exchange'],
} as const satisfies Record<ApiTokenKind, readonly ApiScope[]>;

/** The latest day a token may run to: a year from today, so every secret is looked at again. */
export const longestValidDays = 365;

/** The first and last day a new token may expire on: tomorrow at the earliest, a year ahead at the latest. */
export function expiryRange(today: BusinessDate): { first: BusinessDate; last: BusinessDate } {
  return { first: addDays(today, 1), last: addDays(today, longestValidDays) };
}

/** What is wrong with a token's scopes and expiry, by field; empty when nothing is. */
export function tokenRuleProblems(input: { kind: ApiTokenKind; scopes: readonly ApiScope[]; expiresOn: BusinessDate }, today: BusinessDate): FieldErrors {
  const problems: FieldErrors = {};
  const allowed: readonly ApiScope[] = scopesByKind[input.kind];
  if (input.scopes.length === 0) problems.scopes = 'apiTokens.error.noScope';
  else if (input.scopes.some((scope) => !allowed.includes(scope))) problems.scopes = input.kind === 'client' ? 'apiTokens.error.clientScopes' : 'apiTokens.error.partnerScopes';
  const { first, last } = expiryRange(today);
  if (input.expiresOn < first) problems.expiresOn = 'apiTokens.error.expiryPast';
  else if (input.expiresOn > last) problems.expiresOn = 'apiTokens.error.expiryTooFar';
  return problems;
}
