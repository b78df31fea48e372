import type { MessageKey } from '../../ui/i18n';
import type { consentPurposeEnum } from './schema';

export type ConsentPurpose = (typeof consentPurposeEnum.enumValues)[number];

/** The consents a worker gives or withdraws themselves, on /me/consents (the others come with an application or a supporter). */
export const ownConsentPurposes = ['sensitive_data', 'statistics'] as const satisfies readonly ConsentPurpose[];
export type OwnConsentPurpose = (typeof ownConsentPurposes)[number];

/**
 * The consent texts people agree to, one per purpose. A changed text gets a new version (and
 * new messages, keeping the old ones); each consent record keeps the version agreed to.
 */
export const consentTexts = {
  registration: {
    version: '2026-11',
    title: 'consent.registration.2026-11.title',
    body: 'consent.registration.2026-11.body',
  },
  sensitive_data: {
    version: '2026-11',
    title: 'consent.sensitive_data.2026-11.title',
    body: 'consent.sensitive_data.2026-11.body',
  },
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
  supporter_sensitive: {
    version: '2026-11',
    title: 'consent.supporter_sensitive.2026-11.title',
    body: 'consent.supporter_sensitive.2026-11.body',
  },
  statistics: {
    version: '2026-11',
    title: 'consent.statistics.2026-11.title',
    body: 'consent.statistics.2026-11.body',
  },
  supporter_check_ins: {
    version: '2026-11',
    title: 'consent.supporter_check_ins.2026-11.title',
    body: 'consent.supporter_check_ins.2026-11.body',
  },
} as const satisfies Record<ConsentPurpose, { version: string; title: MessageKey; body: MessageKey }>;

/** The title of a purpose's text at a given version, for showing what was agreed to. */
export function consentTitle(purpose: string, version: string): MessageKey | undefined {
  const text = consentTexts[purpose as ConsentPurpose];
  return text?.version === version ? text.title : undefined;
}
