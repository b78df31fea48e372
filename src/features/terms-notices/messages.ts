import { defineMessages } from '../../ui/messages/define';

export const termsNoticeMessages = defineMessages({
  ja: {},
  en: {},
});
