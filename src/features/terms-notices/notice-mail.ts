import type { Locale } from '../../ui/i18n';
import { translator } from '../../ui/i18n';
import type { TermsNoticeContent } from './content';
import { termsNoticeSections } from './notice-sections';

/**
 * The e-mail that carries a notice: every item as plain text in the worker's language, so the
 * mail alone is the written notice (フリーランス法 §3 allows e-mail), plus where to acknowledge it.
 */
export function termsNoticeMail(locale: Locale, notice: { number: number; content: TermsNoticeContent; contentSha256: string; requiresAgreement: boolean }) {
  const t = translator(locale);
  const { content } = notice;
  const indent = (value: string) => value.replaceAll('\n', '\n    ');
  const sections = termsNoticeSections(t, locale, content).map(
    (section) => `■ ${section.title}\n${section.rows.map((row) => `${row.label}:\n    ${indent(row.value)}`).join('\n')}`,
  );
  const body = [
    t('termsNotices.mail.greeting', { name: content.worker.name }),
    t(notice.requiresAgreement ? 'termsNotices.mail.leadChange' : 'termsNotices.mail.lead', { number: notice.number }),
    t('termsNotices.title', { number: notice.number }),
    ...sections,
    t('termsNotices.sha256', { hash: notice.contentSha256 }),
  ].join('\n\n');
  const subject = t(notice.requiresAgreement ? 'termsNotices.mail.subjectChange' : 'termsNotices.mail.subject', { number: notice.number, order: content.order.title });
  return { subject, body: `${body}\n` };
}
