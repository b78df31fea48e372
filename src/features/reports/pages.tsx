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
import { groupText, hoursText, peopleText, periodLabel, rateText, yenText } from './report-text';
import { teleworkTypes } from './count-telework-types';


export type ReportPageInput = {
  report: OutcomeReport | undefined;
  years: number[];
  values: Record<string, string>;
  errors: FieldErrors;
  /** The period's query string, for the download links. */
  query: string;
};

export function renderReportPage(c: AppContext, input: ReportPageInput, status: 200 | 400 = 200) {
  const { t, locale, user } = c.var;
  const { report } = input;
  // Figures link to the records behind them only for those who may open them.
  const link = (href: string, needs: Parameters<typeof can>[1], text: Child) => (can(user, needs) ? <a href={href}>{text}</a> : text);
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
          {report ? <ReportBody c={c} report={report} query={input.query} link={link} /> : null}
        </>
      ),
    },
    status,
  );
}

function ReportBody(props: { c: AppContext; report: OutcomeReport; query: string; link: (href: string, needs: Parameters<typeof can>[1], text: Child) => Child }) {
  const { t, locale } = props.c.var;
  const { report, link } = props;
  const count = (value: number) => t('reports.count', { count: value });
  const people = (value: number) => t('reports.people', { count: value });
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
          { label: t('reports.workers.atStart'), cells: [people(report.registered.atStart)] },
          { label: t('reports.workers.joined'), cells: [people(report.registered.joined)] },
          { label: t('reports.workers.left'), cells: [people(report.registered.left)] },
          { label: t('reports.workers.atEnd'), cells: [link('/workers', 'workers.manage', people(report.registered.atEnd))] },
          { label: t('reports.workers.netChange'), cells: [`${report.registered.netChange > 0 ? '+' : ''}${people(report.registered.netChange)}`] },
          { label: t('reports.workers.active'), cells: [people(report.work.activeWorkers)] },
        ]}
      />

      <h2>{t('reports.section.work')}</h2>
      <FigureTable
        caption={t('reports.work.caption')}
        columns={[t('reports.item'), t('reports.work.hours'), t('reports.work.income')]}
        rows={(['total', 'lowerQuartile', 'median', 'upperQuartile'] as const).map((key) => ({
          label: t(`reports.work.${key}`),
          cells: [hoursText(t, report.work.hours[key]), yenText(locale, report.work.incomeYen[key])],
        }))}
      />

      <h2>{t('reports.section.types')}</h2>
      <BarChart
        id="telework-types"
        title={t('reports.types.caption')}
        categoryHeading={t('reports.types.heading')}
        series={[t('reports.value')]}
        rows={teleworkTypes.map((type) => ({ label: t(`reports.type.${type}`), values: [{ value: report.teleworkTypes[type], text: people(report.teleworkTypes[type]) }] }))}
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
              cells: [count(client.orders), yenText(locale, client.revenueYen)],
            })),
            { label: t('reports.orders.total'), cells: [link('/orders', 'orders.manage', count(report.orders.orders)), link('/invoices', 'invoices.manage', yenText(locale, report.orders.revenueYen))] },
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
          }))}
          emptyText={t('reports.none')}
        />
      ) : null}

      <h2>{t('reports.section.quality')}</h2>
      <FigureTable
        caption={t('reports.quality.caption')}
        columns={[t('reports.item'), t('reports.value'), '']}
        rows={[
          { label: t('reports.quality.onTime'), cells: [rateText(t, report.orders.onTimeRate), t('reports.quality.onTimeDetail', { onTime: report.orders.deliveredOnTime, delivered: report.orders.delivered })] },
          { label: t('reports.quality.returnRate'), cells: [rateText(t, report.work.returnRate), t('reports.quality.returnDetail', { returned: report.work.returned, reviewed: report.work.reviewed })] },
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
              label: link('/centre/reception', 'centre.manage', space.name),
              cells: [count(space.bookings), hoursText(t, space.hours), count(space.checkedIn)],
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
          rows={report.completions.map((row) => ({ label: link(`/training/courses/${row.courseId}`, 'training.manage', row.title), cells: [people(row.completions)] }))}
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
