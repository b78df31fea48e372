import { defineMessages } from '../../ui/messages/define';

export const centreFeeMessages = defineMessages({
  ja: {},
  en: {},
});
