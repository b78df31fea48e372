import { defineMessages } from '../../ui/messages/define';

/** 検品 — reviewing handed-in work, and the progress of orders. */
export const reviewMessages = defineMessages({
  ja: {
    'nav.review': '検品',
  },
  en: {
    'nav.review': 'Review',
  },
});
