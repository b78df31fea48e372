import { defineMessages } from '../../ui/messages/define';

export const trainingMessages = defineMessages({
  ja: {},
  en: {},
});
