import { defineMessages } from '../../ui/messages/define';

export const bookingMessages = defineMessages({
  ja: {},
  en: {},
});
