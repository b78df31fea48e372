import { defineMessages } from '../../ui/messages/define';

/** The client portal — a client's own orders and accepted deliverables. */
export const portalMessages = defineMessages({
  ja: {
    'nav.portal': 'ご依頼の状況',
  },
  en: {
    'nav.portal': 'Your orders',
  },
});
