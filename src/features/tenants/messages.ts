import { defineMessages } from '../../ui/messages/define';

export const tenantMessages = defineMessages({
  ja: {},
  en: {},
});
