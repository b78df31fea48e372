import { defineMessages } from '../../ui/messages/define';

export const payMessages = defineMessages({
  ja: {},
  en: {},
});
