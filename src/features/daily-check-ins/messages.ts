import { defineMessages } from '../../ui/messages/define';

/** Daily check-ins a worker chooses to make, and the coordinators' "may need a call" list. */
export const dailyCheckInMessages = defineMessages({
  ja: {
    'nav.myCheckIn': '今日の調子',
    'nav.checkIns': '調子の記録と気にかける人',
  },
  en: {
    'nav.myCheckIn': 'How I am today',
    'nav.checkIns': 'Check-ins and who may need a call',
  },
});
