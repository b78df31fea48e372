import { defineMessages } from '../../ui/messages/define';

/** In-app notifications. */
export const notificationMessages = defineMessages({
  ja: {
    'nav.notifications': 'お知らせ',
  },
  en: {
    'nav.notifications': 'Notifications',
  },
});
