import { defineMessages } from '../../ui/messages/define';

/** Direct messages between a worker and their coordinator or leader. */
export const directMessageMessages = defineMessages({
  ja: {
    'nav.messages': 'メッセージ',
  },
  en: {
    'nav.messages': 'Messages',
  },
});
