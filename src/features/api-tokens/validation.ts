import { z } from 'zod';
import { checkedCodes, orEmpty, requiredDate, requiredText, typedText } from '../../ui/form';
import { apiScopes, apiTokenKinds } from './schema';

/** The shape of the issue form; the rules that depend on the kind, the day and the owner are in apiTokenProblems. */
export const issueTokenForm = z.object({
  name: orEmpty(requiredText(100, 'apiTokens.error.nameTooLong')),
  kind: orEmpty(z.enum(apiTokenKinds, { error: 'apiTokens.error.chooseKind' })),
  clientId: orEmpty(typedText()),
  partnerId: orEmpty(typedText()),
  scopes: checkedCodes(apiScopes),
  expiresOn: orEmpty(requiredDate('apiTokens.error.expiryDate')),
});
