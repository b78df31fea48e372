import type { MessageKey } from '../../ui/i18n';

/**
 * What a worker agrees to when a supporter is linked to them, and when they also let the
 * supporter see their pay. A changed text gets a new version (and new messages); each consent
 * record keeps the version that was agreed to.
 */
export const supporterConsentTexts = {
  supporter_link: {
    version: '2026-11',
    title: 'consent.supporter_link.2026-11.title',
    body: 'consent.supporter_link.2026-11.body',
  },
  supporter_pay: {
    version: '2026-11',
    title: 'consent.supporter_pay.2026-11.title',
    body: 'consent.supporter_pay.2026-11.body',
  },
} as const satisfies Record<'supporter_link' | 'supporter_pay', { version: string; title: MessageKey; body: MessageKey }>;
