import { defineMessages } from '../../ui/messages/define';

/** Team pages: each order's thread (text, attachments, mentions) and who is working on it now. */
export const teamTalkMessages = defineMessages({
  ja: {
    'nav.teams': 'チーム',
  },
  en: {
    'nav.teams': 'Teams',
  },
});
