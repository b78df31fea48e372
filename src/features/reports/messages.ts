import { defineMessages } from '../../ui/messages/define';

/** Outcome reports: the report page, its charts and tables, and the exports. */
export const reportMessages = defineMessages({
  ja: {},
  en: {},
});
