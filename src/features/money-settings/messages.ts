import { defineMessages } from '../../ui/messages/define';

export const moneySettingsMessages = defineMessages({
  ja: {},
  en: {},
});
