import { defineMessages } from '../../ui/messages/define';

/** お知らせ: staff and leaders tell everyone, a role, a site or a team; read status. */
export const announcementMessages = defineMessages({
  ja: {
    'nav.announcements': 'お知らせ',
  },
  en: {
    'nav.announcements': 'Announcements',
  },
});
