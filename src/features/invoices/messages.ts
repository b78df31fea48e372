import { defineMessages } from '../../ui/messages/define';

export const invoiceMessages = defineMessages({
  ja: {},
  en: {},
});
