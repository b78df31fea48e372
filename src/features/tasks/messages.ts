import { defineMessages } from '../../ui/messages/define';

/** Sharing — taking, doing and handing in tasks, the work log, sudden absence. */
export const taskMessages = defineMessages({
  ja: {
    'nav.tasks': '仕事をさがす',
  },
  en: {
    'nav.tasks': 'Find work',
  },
});
