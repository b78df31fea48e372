import { defineMessages } from '../../ui/messages/define';

/** Partner towns (連携先) and the work we sub-contract to them (再委託). */
export const partnerMessages = defineMessages({
  ja: {
    'nav.partners': '連携先の自治体',
  },
  en: {
    'nav.partners': 'Partner towns',
  },
});
