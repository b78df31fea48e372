import type { Child } from 'hono/jsx';
import type { AppContext } from '../../app-env';
import { can } from '../../auth/policy';
import { FigureTable } from '../../ui/figure-table';
import { BarChart } from '../../ui/bar-chart';
import { ErrorSummary, SelectField, SubmitButton, TextField, type FieldErrors } from '../../ui/form';
import type { MessageKey } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import type { OutcomeReport } from './build-outcome-report';
import { fiscalYearLabel } from './fiscal-year';
import { bandText, groupText, hoursText, peopleText, periodLabel, rateText, yenText } from './report-text';
import { teleworkTypes } from './count-telework-types';
import { canOpenFigure, figureRecordsHref, type FigureFilter, type FigureName } from './figure-records';
import type { Band } from './quartiles';


export type ReportPageInput = {
  report: OutcomeReport | undefined;
  years: number[];
  values: Record<string, string>;
  errors: FieldErrors;
  /** The period's query string, for the download links. */
  query: string;
};

export function renderReportPage(c: AppContext, input: ReportPageInput, status: 200 | 400 = 200) {
  const { t, locale } = c.var;
  const { report } = input;
  const title = report ? t('reports.titleFor', { period: periodLabel(t, locale, report.period) }) : t('reports.title');
  return renderPage(
    c,
    {
      title,
      children: (
        <>
          <p>{t('reports.lead')}</p>
          <ErrorSummary t={t} errors={input.errors} labels={{ from: 'reports.from', to: 'reports.to' }} />
          <form method="get" action="/reports" novalidate>
            <fieldset>
              <legend>{t('reports.periodLegend')}</legend>
              <SelectField
                t={t}
                name="year"
                label="reports.year"
                value={input.values.year}
                options={input.years.map((year) => ({ value: String(year), label: fiscalYearLabel(year, locale) }))}
              />
              <TextField t={t} name="from" type="date" label="reports.from" hint="reports.datesHint" value={input.values.from} error={input.errors.from} />
              <TextField t={t} name="to" type="date" label="reports.to" value={input.values.to} error={input.errors.to} />
            </fieldset>
            <SubmitButton>{t('reports.show')}</SubmitButton>
          </form>
          {report ? <ReportBody c={c} report={report} query={input.query} /> : null}
        </>
      ),
    },
    status,
  );
}

function ReportBody(props: { c: AppContext; report: OutcomeReport; query: string }) {
  const { t, locale, user } = props.c.var;
  const { report } = props;
  const count = (value: number) => t('reports.count', { count: value });
  const people = (value: number) => t('reports.people', { count: value });
  // Figures link to the records behind them, and names to their own records, only for those who may open them.
  const link = (href: string, needs: Parameters<typeof can>[1], text: Child) => (can(user, needs) ? <a href={href}>{text}</a> : text);
  const recordsHref = (name: FigureName, filter?: FigureFilter) => (canOpenFigure(user, name) ? figureRecordsHref(name, props.query, filter) : undefined);
  const figureLink = (name: FigureName, text: Child, filter?: FigureFilter) => {
    const href = recordsHref(name, filter);
    return href ? <a href={href}>{text}</a> : text;
  };
  const bandRows = (unit: 'hours' | 'yen', bands: Band[]) =>
    bands.map((band) => ({ label: bandText(t, locale, unit, band), values: [{ value: band.count, text: people(band.count) }] }));
  const defs: MessageKey[] = ['reports.def.registered', 'reports.def.active', 'reports.def.income', 'reports.def.types', 'reports.def.orders', 'reports.def.centre'];
  return (
    <>
      <h2>{t('reports.downloads')}</h2>
      <ul>
        <li><a href={`/reports/export?format=csv&${props.query}`}>{t('reports.download.csv')}</a></li>
        <li><a href={`/reports/export?format=csv-sjis&${props.query}`}>{t('reports.download.csvSjis')}</a></li>
        <li><a href={`/reports/export?format=xlsx&${props.query}`}>{t('reports.download.xlsx')}</a></li>
        <li><a href={`/reports/summary.pdf?${props.query}`}>{t('reports.download.pdf')}</a></li>
      </ul>

      <h2>{t('reports.section.workers')}</h2>
      <FigureTable
        caption={t('reports.workers.caption')}
        columns={[t('reports.item'), t('reports.value')]}
        rows={[
          { label: t('reports.workers.atStart'), cells: [figureLink('registered-at-start', people(report.registered.atStart))] },
          { label: t('reports.workers.joined'), cells: [figureLink('joined', people(report.registered.joined))] },
          { label: t('reports.workers.left'), cells: [figureLink('left', people(report.registered.left))] },
          { label: t('reports.workers.atEnd'), cells: [figureLink('registered-at-end', people(report.registered.atEnd))] },
          { label: t('reports.workers.netChange'), cells: [`${report.registered.netChange > 0 ? '+' : ''}${people(report.registered.netChange)}`] },
          { label: t('reports.workers.active'), cells: [figureLink('active', people(report.work.activeWorkers))] },
        ]}
      />
      <BarChart
        id="registered-workers"
        title={t('reports.workers.chart')}
        categoryHeading={t('reports.item')}
        series={[t('reports.value')]}
        rows={(
          [
            ['registered-at-start', 'reports.workers.atStart', report.registered.atStart],
            ['joined', 'reports.workers.joined', report.registered.joined],
            ['left', 'reports.workers.left', report.registered.left],
            ['registered-at-end', 'reports.workers.atEnd', report.registered.atEnd],
          ] as const
        ).map(([name, label, value]) => ({ label: t(label), values: [{ value, text: people(value) }], href: recordsHref(name) }))}
        emptyText={t('reports.none')}
      />

      <h2>{t('reports.section.work')}</h2>
      <FigureTable
        caption={t('reports.work.caption')}
        columns={[t('reports.item'), t('reports.work.hours'), t('reports.work.income')]}
        rows={(['total', 'lowerQuartile', 'median', 'upperQuartile'] as const).map((key) => ({
          label: key === 'total' ? figureLink('active', t('reports.work.total')) : t(`reports.work.${key}`),
          cells: [hoursText(t, report.work.hours[key]), yenText(locale, report.work.incomeYen[key])],
        }))}
      />
      {(['hours', 'yen'] as const).map((unit) => (
        <BarChart
          id={`${unit}-bands`}
          title={t(unit === 'hours' ? 'reports.work.hoursChart' : 'reports.work.incomeChart')}
          categoryHeading={t('reports.work.band')}
          series={[t('reports.value')]}
          rows={bandRows(unit, unit === 'hours' ? report.work.hoursBands : report.work.incomeBands)}
          emptyText={t('reports.none')}
        />
      ))}

      <h2>{t('reports.section.types')}</h2>
      <BarChart
        id="telework-types"
        title={t('reports.types.caption')}
        categoryHeading={t('reports.types.heading')}
        series={[t('reports.value')]}
        rows={teleworkTypes.map((type) => ({
          label: t(`reports.type.${type}`),
          values: [{ value: report.teleworkTypes[type], text: people(report.teleworkTypes[type]) }],
          href: recordsHref('telework-type', { type }),
        }))}
        emptyText={t('reports.none')}
      />

      <h2>{t('reports.section.groups')}</h2>
      <p>{t('reports.groups.note')}</p>
      <FigureTable
        caption={t('reports.groups.caption')}
        columns={[t('reports.groups.group'), t('reports.groups.registered'), t('reports.groups.active')]}
        rows={report.targetGroups.map((row) => ({ label: groupText(t, row.group), cells: [peopleText(t, row.registered), peopleText(t, row.active)] }))}
      />

      <h2>{t('reports.section.orders')}</h2>
      {report.orders.clients.length === 0 ? (
        <p>{t('reports.none')}</p>
      ) : (
        <FigureTable
          caption={t('reports.orders.caption')}
          columns={[t('reports.orders.client'), t('reports.orders.orders'), t('reports.orders.revenue')]}
          rows={[
            ...report.orders.clients.map((client) => ({
              label: link(`/clients/${client.clientId}`, 'clients.manage', `${client.name}${client.isMunicipality ? t('reports.orders.town') : ''}`),
              cells: [figureLink('orders', count(client.orders), { client: client.clientId }), figureLink('revenue', yenText(locale, client.revenueYen), { client: client.clientId })],
            })),
            { label: t('reports.orders.total'), cells: [figureLink('orders', count(report.orders.orders)), figureLink('revenue', yenText(locale, report.orders.revenueYen))] },
            { label: t('reports.orders.townShare'), cells: ['', rateText(t, report.orders.municipalityShare)] },
          ]}
        />
      )}
      {report.orders.clients.length > 0 ? (
        <BarChart
          id="revenue-by-client"
          title={t('reports.orders.revenueChart')}
          categoryHeading={t('reports.orders.client')}
          series={[t('reports.orders.revenue')]}
          rows={report.orders.clients.map((client) => ({
            label: `${client.name}${client.isMunicipality ? t('reports.orders.town') : ''}`,
            values: [{ value: client.revenueYen, text: yenText(locale, client.revenueYen) }],
            href: recordsHref('revenue', { client: client.clientId }),
          }))}
          emptyText={t('reports.none')}
        />
      ) : null}

      <h2>{t('reports.section.quality')}</h2>
      <FigureTable
        caption={t('reports.quality.caption')}
        columns={[t('reports.item'), t('reports.value'), '']}
        rows={[
          {
            label: t('reports.quality.onTime'),
            cells: [rateText(t, report.orders.onTimeRate), figureLink('deliveries', t('reports.quality.onTimeDetail', { onTime: report.orders.deliveredOnTime, delivered: report.orders.delivered }))],
          },
          {
            label: t('reports.quality.returnRate'),
            cells: [rateText(t, report.work.returnRate), figureLink('reviews', t('reports.quality.returnDetail', { returned: report.work.returned, reviewed: report.work.reviewed }))],
          },
        ]}
      />

      <h2>{t('reports.section.centre')}</h2>
      {report.centre.spaces.length === 0 ? (
        <p>{t('reports.none')}</p>
      ) : (
        <>
          <FigureTable
            caption={t('reports.centre.caption')}
            columns={[t('reports.centre.space'), t('reports.centre.bookings'), t('reports.centre.hours'), t('reports.centre.checkedIn')]}
            rows={report.centre.spaces.map((space) => ({
              label: figureLink('bookings', space.name, { space: space.spaceId }),
              cells: [figureLink('bookings', count(space.bookings), { space: space.spaceId }), hoursText(t, space.hours), count(space.checkedIn)],
            }))}
          />
          <BarChart
            id="centre-hours"
            title={t('reports.centre.byHour')}
            categoryHeading={t('reports.centre.hour')}
            series={[t('reports.centre.bookings')]}
            rows={report.centre.byHour.map((row) => ({ label: t('reports.centre.hourLabel', { hour: row.hour }), values: [{ value: row.bookings, text: count(row.bookings) }] }))}
            emptyText={t('reports.none')}
          />
        </>
      )}

      <h2>{t('reports.section.tenants')}</h2>
      {report.centre.tenants.length === 0 ? (
        <p>{t('reports.none')}</p>
      ) : (
        <FigureTable
          caption={t('reports.tenants.caption')}
          columns={[t('reports.tenants.company'), t('reports.tenants.booths'), t('reports.tenants.staff')]}
          rows={report.centre.tenants.map((tenant) => ({
            label: link(`/centre/tenants/${tenant.companyId}`, 'centre.manage', tenant.name),
            cells: [String(tenant.booths), people(tenant.staff)],
          }))}
        />
      )}

      <h2>{t('reports.section.training')}</h2>
      {report.completions.length === 0 ? (
        <p>{t('reports.none')}</p>
      ) : (
        <FigureTable
          caption={t('reports.training.caption')}
          columns={[t('reports.training.course'), t('reports.training.completions')]}
          rows={report.completions.map((row) => ({
            label: link(`/training/courses/${row.courseId}`, 'training.manage', row.title),
            cells: [figureLink('completions', people(row.completions), { course: row.courseId })],
          }))}
        />
      )}

      <h2>{t('reports.section.definitions')}</h2>
      <ul>
        {defs.map((key) => (
          <li>{t(key)}</li>
        ))}
      </ul>
    </>
  );
}
