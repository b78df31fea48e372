import { defineMessages } from '../../ui/messages/define';

/** 細分化 — work packages, tasks, instructions and offers. */
export const breakdownMessages = defineMessages({
  ja: {},
  en: {},
});
