import type { Table } from '../../export/table-file';
import type { Locale, Translate } from '../../ui/i18n';
import type { OutcomeReport } from './build-outcome-report';
import { teleworkTypes } from './count-telework-types';
import { bandText, groupText, periodLabel } from './report-text';
import type { ShownCount } from './suppress-count';

/**
 * The report as tables for CSV and Excel, one per section of the page (a sheet each in Excel):
 * numbers stay numbers, withheld counts are written 「3人未満」, rates are percentages with one decimal.
 */
export function reportTables(t: Translate, locale: Locale, report: OutcomeReport): Table[] {
  const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);
  const oneDecimal = (value: number) => Math.round(value * 10) / 10;
  const shown = (count: ShownCount) => (count === 'fewerThan3' ? t('reports.fewerThan3') : count);
  const { registered, work, orders, centre } = report;
  const spreadKeys = ['total', 'lowerQuartile', 'median', 'upperQuartile'] as const;
  return [
    {
      sheetName: t('reports.title'),
      columns: [t('reports.item'), t('reports.value')],
      rows: [
        [t('reports.export.period'), periodLabel(t, locale, report.period)],
        [t('reports.from'), report.period.from],
        [t('reports.to'), report.period.to],
      ],
    },
    {
      sheetName: t('reports.section.workers'),
      columns: [t('reports.item'), t('reports.export.people')],
      rows: [
        [t('reports.workers.atStart'), registered.atStart],
        [t('reports.workers.joined'), registered.joined],
        [t('reports.workers.left'), registered.left],
        [t('reports.workers.atEnd'), registered.atEnd],
        [t('reports.workers.netChange'), registered.netChange],
        [t('reports.workers.active'), work.activeWorkers],
      ],
    },
    {
      sheetName: t('reports.section.work'),
      columns: [t('reports.item'), t('reports.export.hours'), t('reports.export.yen')],
      rows: spreadKeys.map((key) => [t(`reports.work.${key}`), oneDecimal(work.hours[key]), Math.round(work.incomeYen[key])]),
    },
    ...(['hours', 'yen'] as const).map((unit) => ({
      sheetName: t(unit === 'hours' ? 'reports.work.hoursChart' : 'reports.work.incomeChart'),
      columns: [t('reports.work.band'), t('reports.export.people')],
      rows: (unit === 'hours' ? work.hoursBands : work.incomeBands).map((band) => [bandText(t, locale, unit, band), band.count]),
    })),
    {
      sheetName: t('reports.section.types'),
      columns: [t('reports.types.heading'), t('reports.export.people')],
      rows: teleworkTypes.map((type) => [t(`reports.type.${type}`), report.teleworkTypes[type]]),
    },
    {
      sheetName: t('reports.section.groups'),
      columns: [t('reports.groups.group'), t('reports.groups.registered'), t('reports.groups.active')],
      rows: report.targetGroups.map((row) => [groupText(t, row.group), shown(row.registered), shown(row.active)]),
    },
    {
      sheetName: t('reports.section.orders'),
      columns: [t('reports.orders.client'), t('reports.orders.orders'), t('reports.export.revenueYen')],
      rows: [
        ...orders.clients.map((client) => [`${client.name}${client.isMunicipality ? t('reports.orders.town') : ''}`, client.orders, client.revenueYen]),
        [t('reports.orders.total'), orders.orders, orders.revenueYen],
        [`${t('reports.orders.townShare')} (%)`, null, percent(orders.municipalityShare)],
      ],
    },
    {
      sheetName: t('reports.section.quality'),
      columns: [t('reports.item'), t('reports.export.percent'), t('reports.export.counted'), t('reports.export.of')],
      rows: [
        [t('reports.quality.onTime'), percent(orders.onTimeRate), orders.deliveredOnTime, orders.delivered],
        [t('reports.quality.returnRate'), percent(work.returnRate), work.returned, work.reviewed],
      ],
    },
    {
      sheetName: t('reports.section.centre'),
      columns: [t('reports.centre.space'), t('reports.centre.bookings'), t('reports.export.hours'), t('reports.centre.checkedIn')],
      rows: centre.spaces.map((space) => [space.name, space.bookings, oneDecimal(space.hours), space.checkedIn]),
    },
    {
      sheetName: t('reports.centre.byHour'),
      columns: [t('reports.centre.hour'), t('reports.centre.bookings')],
      rows: centre.byHour.map((row) => [t('reports.centre.hourLabel', { hour: row.hour }), row.bookings]),
    },
    {
      sheetName: t('reports.section.tenants'),
      columns: [t('reports.tenants.company'), t('reports.tenants.booths'), t('reports.tenants.staff')],
      rows: centre.tenants.map((tenant) => [tenant.name, tenant.booths, tenant.staff]),
    },
    {
      sheetName: t('reports.section.training'),
      columns: [t('reports.training.course'), t('reports.training.completions')],
      rows: report.completions.map((row) => [row.title, row.completions]),
    },
  ];
}
