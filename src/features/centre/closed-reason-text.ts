import type { Locale, Translate } from '../../ui/i18n';
import type { SiteClosedReason } from './site-closed-reason';

/** Why a site is closed, for people: 年末年始の休館, the holiday's name in their language, or the closure's reason. */
export function closedReasonText(t: Translate, locale: Locale, reason: SiteClosedReason): string {
  if (reason.kind === 'yearly') return t('centre.closed.yearly');
  if (reason.kind === 'holiday') return t('centre.closed.holiday', { name: locale === 'ja' ? reason.name : reason.nameEn });
  return reason.name;
}
