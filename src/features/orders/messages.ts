import { defineMessages } from '../../ui/messages/define';

/** 注文 — the pipeline (引き合い → 見積 → 受注), terms, teams and NDAs. */
export const orderMessages = defineMessages({
  ja: {
    'nav.orders': '受注',
  },
  en: {
    'nav.orders': 'Orders',
  },
});
