import { defineMessages } from '../../ui/messages/define';

export const guestMessages = defineMessages({
  ja: {},
  en: {},
});
