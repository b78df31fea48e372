import { defineMessages } from '../../ui/messages/define';

/** Daily check-ins a worker chooses to make, and the coordinators' "may need a call" list. */
export const dailyCheckInMessages = defineMessages({
  ja: {},
  en: {},
});
