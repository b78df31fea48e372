import { defineMessages } from '../../ui/messages/define';

export const mailMessages = defineMessages({
  ja: {},
  en: {},
});
