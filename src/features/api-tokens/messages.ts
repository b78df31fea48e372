import { defineMessages } from '../../ui/messages/define';

/** API tokens for clients and partner towns. */
export const apiTokenMessages = defineMessages({
  ja: {
    'nav.apiTokens': 'APIトークン',
  },
  en: {
    'nav.apiTokens': 'API tokens',
  },
});
