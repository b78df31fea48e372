import { renderPdf } from '../../pdf/render-pdf';
import type { Locale, Translate } from '../../ui/i18n';
import type { OutcomeReport } from './build-outcome-report';
import { teleworkTypes } from './count-telework-types';
import { hoursText, periodLabel, rateText, yenText } from './report-text';

/** The one-page summary for the town council: the key figures under the period's 令和 label. */
export function renderSummaryPdf(t: Translate, locale: Locale, report: OutcomeReport) {
  const title = t('reports.pdf.title', { period: periodLabel(t, locale, report.period) });
  const people = (count: number) => t('reports.people', { count });
  const { registered, work, orders } = report;
  return renderPdf({
    title,
    lang: locale,
    blocks: [
      { kind: 'title', text: title },
      { kind: 'paragraph', text: t('reports.periodText', { from: report.period.from, to: report.period.to }), align: 'right', size: 'small' },
      { kind: 'heading', text: t('reports.section.workers') },
      {
        kind: 'fields',
        rows: [
          [t('reports.workers.atStart'), people(registered.atStart)],
          [t('reports.workers.joined'), people(registered.joined)],
          [t('reports.workers.left'), people(registered.left)],
          [t('reports.workers.atEnd'), people(registered.atEnd)],
          [t('reports.workers.netChange'), `${registered.netChange > 0 ? '+' : ''}${people(registered.netChange)}`],
          [t('reports.workers.active'), people(work.activeWorkers)],
        ],
      },
      { kind: 'heading', text: t('reports.section.types') },
      { kind: 'fields', rows: teleworkTypes.map((type) => [t(`reports.type.${type}`), people(report.teleworkTypes[type])]) },
      { kind: 'heading', text: t('reports.pdf.keyFigures') },
      {
        kind: 'fields',
        rows: [
          [`${t('reports.work.hours')} ${t('reports.work.median')}`, hoursText(t, work.hours.median)],
          [`${t('reports.work.income')} ${t('reports.work.median')}`, yenText(locale, work.incomeYen.median)],
          [`${t('reports.orders.orders')}`, t('reports.count', { count: orders.orders })],
          [`${t('reports.orders.revenue')}`, yenText(locale, orders.revenueYen)],
          [t('reports.orders.townShare'), rateText(t, orders.municipalityShare)],
          [t('reports.quality.onTime'), rateText(t, orders.onTimeRate)],
          [t('reports.quality.returnRate'), rateText(t, work.returnRate)],
        ],
      },
    ],
  });
}
