import { defineMessages } from '../../ui/messages/define';

/** Team threads per order (text, attachments, mentions) and direct messages. */
export const teamTalkMessages = defineMessages({
  ja: {},
  en: {},
});
