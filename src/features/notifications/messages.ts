import { defineMessages } from '../../ui/messages/define';

/** In-app notifications. */
export const notificationMessages = defineMessages({
  ja: {},
  en: {},
});
