import { renderPdf, type PdfBlock } from '../../pdf/render-pdf';
import { formatDateTime } from '../../ui/format';
import { translator } from '../../ui/i18n';
import type { FoundTermsNotice } from './find-terms-notice';
import { termsNoticeSections } from './notice-sections';

/**
 * The notice as a Japanese PDF, the document of record: every item, the worker's answer so far,
 * and the SHA-256 of the content as issued.
 */
export async function renderTermsNoticePdf(notice: FoundTermsNotice): Promise<Uint8Array<ArrayBuffer>> {
  const locale = 'ja';
  const t = translator(locale);
  const { content } = notice;
  const title = t('termsNotices.title', { number: notice.number });
  const blocks: PdfBlock[] = [
    { kind: 'title', text: t('termsNotices.documentTitle') },
    { kind: 'paragraph', text: t('termsNotices.pdf.numberAndDate', { number: notice.number, date: formatDateTime(notice.issuedAt, locale) }), align: 'right', size: 'small' },
    { kind: 'paragraph', text: t('termsNotices.pdf.to', { name: content.worker.name }), size: 'large' },
    { kind: 'paragraph', text: t(notice.requiresAgreement ? 'termsNotices.pdf.leadChange' : 'termsNotices.pdf.lead') },
  ];
  if (notice.previous) blocks.push({ kind: 'paragraph', text: t('termsNotices.change.replaces', { number: notice.previous.number }) });
  for (const section of termsNoticeSections(t, locale, content)) {
    blocks.push({ kind: 'heading', text: section.title }, { kind: 'fields', rows: section.rows.map((row) => [row.label, row.value] as const) });
  }
  blocks.push(
    { kind: 'heading', text: t('termsNotices.responseTitle') },
    { kind: 'paragraph', text: responseText(t, locale, notice) },
    { kind: 'spacer' },
    { kind: 'paragraph', text: t('termsNotices.sha256', { hash: notice.contentSha256 }), size: 'small' },
  );
  return renderPdf({ title, lang: locale, blocks });
}

/** The worker's answer in words: waiting, or what they answered and when. */
export function responseText(t: ReturnType<typeof translator>, locale: 'ja' | 'en', notice: Pick<FoundTermsNotice, 'response' | 'respondedAt' | 'requiresAgreement'>): string {
  if (!notice.response || !notice.respondedAt) return t(notice.requiresAgreement ? 'termsNotices.status.awaitingAgreement' : 'termsNotices.status.awaitingAcknowledgement');
  return t(`termsNotices.status.${notice.response}On`, { date: formatDateTime(notice.respondedAt, locale) });
}
