import type { Table } from '../../export/table-file';
import type { Locale, Translate } from '../../ui/i18n';
import type { OutcomeReport } from './build-outcome-report';
import { teleworkTypes } from './count-telework-types';
import { periodLabel } from './report-text';

/**
 * The report as one sheet of section, item and figure, for CSV and Excel: numbers stay numbers,
 * withheld counts are written as 「3人未満」, rates as percentages with one decimal.
 */
export function reportTable(t: Translate, locale: Locale, report: OutcomeReport): Table {
  const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);
  const rows: (string | number | null)[][] = [];
  const section = (name: string, items: [string, string | number | null][]) => {
    for (const [item, value] of items) rows.push([name, item, value]);
  };
  const { registered, work, orders, centre } = report;
  section(t('reports.section.workers'), [
    [t('reports.workers.atStart'), registered.atStart],
    [t('reports.workers.joined'), registered.joined],
    [t('reports.workers.left'), registered.left],
    [t('reports.workers.atEnd'), registered.atEnd],
    [t('reports.workers.netChange'), registered.netChange],
    [t('reports.workers.active'), work.activeWorkers],
  ]);
  section(
    t('reports.section.work'),
    (['total', 'lowerQuartile', 'median', 'upperQuartile'] as const).flatMap((key) => [
      [`${t('reports.work.hours')} ${t(`reports.work.${key}`)}`, Math.round(work.hours[key] * 10) / 10],
      [`${t('reports.work.income')} ${t(`reports.work.${key}`)}`, Math.round(work.incomeYen[key])],
    ]) as [string, number][],
  );
  section(t('reports.section.types'), teleworkTypes.map((type) => [t(`reports.type.${type}`), report.teleworkTypes[type]]));
  section(
    t('reports.section.groups'),
    report.targetGroups.flatMap((row) => [
      [`${t(`targetGroup.${row.group}`)} ${t('reports.groups.registered')}`, row.registered === 'fewerThan3' ? t('reports.fewerThan3') : row.registered],
      [`${t(`targetGroup.${row.group}`)} ${t('reports.groups.active')}`, row.active === 'fewerThan3' ? t('reports.fewerThan3') : row.active],
    ]) as [string, string | number][],
  );
  section(t('reports.section.orders'), [
    ...orders.clients.flatMap((client) => [
      [`${client.name} ${t('reports.orders.orders')}`, client.orders],
      [`${client.name} ${t('reports.orders.revenue')}`, client.revenueYen],
    ]) as [string, number][],
    [`${t('reports.orders.total')} ${t('reports.orders.orders')}`, orders.orders],
    [`${t('reports.orders.total')} ${t('reports.orders.revenue')}`, orders.revenueYen],
    [`${t('reports.orders.townShare')} (%)`, percent(orders.municipalityShare)],
  ]);
  section(t('reports.section.quality'), [
    [`${t('reports.quality.onTime')} (%)`, percent(orders.onTimeRate)],
    [`${t('reports.quality.returnRate')} (%)`, percent(work.returnRate)],
  ]);
  section(
    t('reports.section.centre'),
    centre.spaces.flatMap((space) => [
      [`${space.name} ${t('reports.centre.bookings')}`, space.bookings],
      [`${space.name} ${t('reports.centre.hours')}`, Math.round(space.hours * 10) / 10],
    ]) as [string, number][],
  );
  section(t('reports.section.tenants'), centre.tenants.map((tenant) => [tenant.name, tenant.staff]));
  section(t('reports.section.training'), report.completions.map((row) => [row.title, row.completions]));
  return { sheetName: periodLabel(t, locale, report.period), columns: [t('reports.export.section'), t('reports.item'), t('reports.value')], rows };
}
