import { defineMessages } from '../../ui/messages/define';

export const centreMessages = defineMessages({
  ja: {},
  en: {},
});
