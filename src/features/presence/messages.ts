import { defineMessages } from '../../ui/messages/define';

/** Working now: teammates on the same order shown, by their choice, and a hello. */
export const presenceMessages = defineMessages({
  ja: {},
  en: {},
});
