import { defineMessages } from '../../ui/messages/define';

/** The client portal — a client's own orders and accepted deliverables. */
export const portalMessages = defineMessages({
  ja: {},
  en: {},
});
