import { defineMessages } from '../../ui/messages/define';

/** The career path: proposals, sign-off, history and the progress page. */
export const promotionMessages = defineMessages({
  ja: {},
  en: {},
});
