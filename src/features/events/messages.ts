import { defineMessages } from '../../ui/messages/define';

export const eventMessages = defineMessages({
  ja: {},
  en: {},
});
