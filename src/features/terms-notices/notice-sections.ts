import { formatYen } from '../../ui/format';
import type { Locale, Translate } from '../../ui/i18n';
import { formatBusinessDate } from '../availability/format';
import { formatDuration } from '../tasks/duration';
import type { TermsNoticeContent, TermsNoticeWork } from './content';

/** One stated item: `key` stays the same across notices, so a change notice can mark what changed. */
export type NoticeRow = { key: string; label: string; value: string };
export type NoticeSection = { key: string; title: string; rows: NoticeRow[] };

function amountText(t: Translate, locale: Locale, work: TermsNoticeWork): string {
  const yen = (value: number) => formatYen(value, locale);
  const params = { amount: yen(work.amountYen), rate: yen(work.rateYen), unit: work.unitName };
  const amount =
    work.kind === 'task'
      ? work.payKind === 'piece'
        ? t('termsNotices.amount.taskPiece', { ...params, units: work.units })
        : t('termsNotices.amount.taskHour', { ...params, time: formatDuration(t, work.estimateMinutes) })
      : work.payKind === 'piece'
        ? t('termsNotices.amount.planPiece', { ...params, units: work.estimatedUnits })
        : t('termsNotices.amount.planHour', { ...params, time: formatDuration(t, work.minutes) });
  return work.standardRateYen === undefined ? amount : `${amount}\n${t('termsNotices.amount.training', { standard: yen(work.standardRateYen) })}`;
}

function workSection(t: Translate, locale: Locale, work: TermsNoticeWork, index: number, count: number): NoticeSection {
  const key = `work.${index}`;
  const date = (value: string) => formatBusinessDate(value, locale, { year: true });
  const name = work.kind === 'task' ? t('termsNotices.work.taskName', { package: work.packageTitle, task: work.title }) : work.packageTitle;
  const rows: NoticeRow[] =
    work.kind === 'task'
      ? [
          { key: `${key}.name`, label: t('termsNotices.item.task'), value: name },
          { key: `${key}.units`, label: t('termsNotices.item.units'), value: t('termsNotices.work.units', { units: work.units, unit: work.unitName }) },
          { key: `${key}.estimate`, label: t('termsNotices.item.estimate'), value: formatDuration(t, work.estimateMinutes) },
        ]
      : [
          { key: `${key}.name`, label: t('termsNotices.item.package'), value: name },
          { key: `${key}.workDate`, label: t('termsNotices.item.workDate'), value: date(work.workDate) },
          { key: `${key}.time`, label: t('termsNotices.item.plannedTime'), value: formatDuration(t, work.minutes) },
          { key: `${key}.units`, label: t('termsNotices.item.estimatedUnits'), value: t('termsNotices.work.units', { units: work.estimatedUnits, unit: work.unitName }) },
        ];
  rows.push(
    { key: `${key}.deadline`, label: t('termsNotices.item.deadline'), value: date(work.deadline) },
    { key: `${key}.amount`, label: t('termsNotices.item.amount'), value: amountText(t, locale, work) },
  );
  return { key, title: count > 1 ? t('termsNotices.section.workNumbered', { number: index + 1, name }) : t('termsNotices.section.work'), rows };
}

function paymentDateText(t: Translate, terms: TermsNoticeContent['terms']): string {
  const day = terms.payment.payDay === 31 ? t('termsNotices.payment.lastDay') : t('termsNotices.payment.day', { day: terms.payment.payDay });
  const rule = t('termsNotices.payment.rule', { day });
  return terms.subcontracting.disclosed ? `${rule}\n${t('termsNotices.payment.subcontracted')}` : `${rule}\n${t('termsNotices.payment.within60')}`;
}

/**
 * Every item of a notice in words, by section, in one language: the page, the PDF and the e-mail
 * all show these, so they always say the same.
 */
export function termsNoticeSections(t: Translate, locale: Locale, content: TermsNoticeContent): NoticeSection[] {
  const { commissioner, terms } = content;
  const stated = (value: string | null) => value?.trim() || t('termsNotices.notStated');
  const date = (value: string | null) => (value ? formatBusinessDate(value, locale, { year: true }) : t('termsNotices.notStated'));
  const commissionerLines = [
    commissioner.name,
    commissioner.registrationNumber ? t('termsNotices.party.registration', { number: commissioner.registrationNumber }) : null,
    commissioner.address,
    commissioner.phone ? t('termsNotices.party.phone', { phone: commissioner.phone }) : null,
  ].filter((line) => line);
  const subcontracting = terms.subcontracting.disclosed
    ? [t('termsNotices.subcontracting.disclosed', { client: terms.subcontracting.clientName ?? '' }), terms.subcontracting.text].filter((line) => line).join('\n')
    : t('termsNotices.subcontracting.none');
  return [
    {
      key: 'parties',
      title: t('termsNotices.section.parties'),
      rows: [
        { key: 'commissioner', label: t('termsNotices.item.commissioner'), value: commissionerLines.join('\n') },
        { key: 'worker', label: t('termsNotices.item.worker'), value: content.worker.name },
      ],
    },
    {
      key: 'commission',
      title: t('termsNotices.section.commission'),
      rows: [
        { key: 'commissionedOn', label: t('termsNotices.item.commissionedOn'), value: date(content.commissionedOn) },
        { key: 'order', label: t('termsNotices.item.order'), value: t('termsNotices.orderName', { number: content.order.number, title: content.order.title }) },
        { key: 'workContent', label: t('termsNotices.item.workContent'), value: stated(terms.workContent) },
        { key: 'deliverable', label: t('termsNotices.item.deliverable'), value: stated(terms.deliverable) },
      ],
    },
    ...content.works.map((work, index) => workSection(t, locale, work, index, content.works.length)),
    {
      key: 'delivery',
      title: t('termsNotices.section.delivery'),
      rows: [
        { key: 'deliveryPlace', label: t('termsNotices.item.deliveryPlace'), value: stated(terms.deliveryPlace) },
        { key: 'deliveryMethod', label: t('termsNotices.item.deliveryMethod'), value: stated(terms.deliveryMethod) },
        { key: 'inspectionDueOn', label: t('termsNotices.item.inspectionDueOn'), value: date(terms.inspectionDueOn) },
      ],
    },
    {
      key: 'pay',
      title: t('termsNotices.section.pay'),
      rows: [
        { key: 'rate', label: t('termsNotices.item.rate'), value: stated(terms.rate) },
        ...(terms.trainingRatePercent === undefined
          ? []
          : [{ key: 'trainingRate', label: t('termsNotices.item.trainingRate'), value: t('termsNotices.trainingRate', { percent: terms.trainingRatePercent }) }]),
        { key: 'paymentDate', label: t('termsNotices.item.paymentDate'), value: paymentDateText(t, terms) },
        { key: 'paymentMethod', label: t('termsNotices.item.paymentMethod'), value: stated(terms.payment.method) },
        { key: 'expenses', label: t('termsNotices.item.expenses'), value: stated(terms.expenses) },
      ],
    },
    {
      key: 'other',
      title: t('termsNotices.section.other'),
      rows: [
        { key: 'intellectualProperty', label: t('termsNotices.item.intellectualProperty'), value: stated(terms.intellectualProperty) },
        { key: 'personalData', label: t('termsNotices.item.personalData'), value: stated(terms.personalData) },
        { key: 'defects', label: t('termsNotices.item.defects'), value: stated(terms.defects) },
        { key: 'subcontracting', label: t('termsNotices.item.subcontracting'), value: subcontracting },
        {
          key: 'confidentiality',
          label: t('termsNotices.item.confidentiality'),
          value: `${t('termsNotices.confidentiality.clause')}\n${t('termsNotices.confidentiality.place', { place: t(`order.terms.confidentiality.${terms.confidentiality}`) })}`,
        },
      ],
    },
  ];
}

/** The keys of the items whose words differ from the notice before (for a change of terms), compared as sameTerms does. */
export function changedItemKeys(sections: NoticeSection[], before: NoticeSection[]): Set<string> {
  const folded = (row: NoticeRow) => row.value.normalize('NFKC');
  const earlier = new Map(before.flatMap((section) => section.rows).map((row) => [row.key, folded(row)]));
  // The date of the notice itself always differs; it is not a changed term.
  return new Set(sections.flatMap((section) => section.rows).filter((row) => row.key !== 'commissionedOn' && earlier.get(row.key) !== folded(row)).map((row) => row.key));
}
