import { defineMessages } from '../../ui/messages/define';

export const transferMessages = defineMessages({
  ja: {},
  en: {},
});
