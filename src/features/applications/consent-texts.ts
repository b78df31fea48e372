import type { MessageKey } from '../../ui/i18n';

/**
 * The consent texts people agree to, by purpose. A changed text gets a new version (and new
 * messages); each consent record keeps the version that was agreed to.
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
} as const satisfies Record<string, { version: string; title: MessageKey; body: MessageKey }>;

/** The message keys of a purpose's text at a given version, for showing what was agreed to. */
export function consentTitle(purpose: string, version: string): MessageKey | undefined {
  const text = consentTexts[purpose as keyof typeof consentTexts];
  return text?.version === version ? text.title : undefined;
}
