import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { downloadResponse } from '../../export/download-response';
import { renderTablesFile } from '../../export/table-file';
import { readQuery } from '../../ui/form';
import { buildOutcomeReport } from './build-outcome-report';
import { currentFiscalYear } from './fiscal-year';
import { renderReportPage } from './pages';
import { canOpenFigure, figureNames, figureRecords, figureRecordsHref, type FigureFilter, type FigureName } from './figure-records';
import { listFigureRecords } from './list-figure-records';
import { renderRecordsPage } from './records-page';
import { renderErrorPage } from '../../ui/error-pages';
import { queryRows } from '../../db/client';
import { sql } from 'drizzle-orm';
import { periodLabel } from './report-text';
import { reportTables } from './report-table';
import { renderSummaryPdf } from './summary-pdf';
import { figureFilterQuery, reportQuery } from './validation';

/** Outcome reports for the town council and the ministry: figures, charts, exports. */
export const reportRoutes = new Hono<AppEnv>();

/** The first fiscal year offered: the programme's records start in 令和元年度. */
const firstYear = 2019;

function readPeriod(c: AppContext) {
  const current = currentFiscalYear();
  return { current, form: readQuery(c, reportQuery(current)) };
}

/** The period's query string for the download links: the dates when custom, else the year. */
function periodQuery(data: { year: number; custom: boolean; period: { from: string; to: string } }) {
  return new URLSearchParams(data.custom ? { from: data.period.from, to: data.period.to } : { year: String(data.year) }).toString();
}

reportRoutes.get('/reports', allow('reports.view'), async (c) => {
  const { current, form } = readPeriod(c);
  const years = Array.from({ length: current - firstYear + 1 }, (_, index) => current - index);
  if (!form.ok) return renderReportPage(c, { report: undefined, years, values: form.values, errors: form.errors, query: '' }, 400);
  const report = await buildOutcomeReport(c.var.deps.db, c.var.deps.encryptionKey, form.data.period);
  return renderReportPage(c, { report, years, values: { ...form.values, year: String(form.data.year) }, errors: {}, query: periodQuery(form.data) });
});

reportRoutes.get('/reports/export', allow('reports.view'), async (c) => {
  const { form } = readPeriod(c);
  if (!form.ok) return c.redirect(`/reports?${new URLSearchParams(form.values).toString()}`, 303);
  const { t, locale } = c.var;
  const report = await buildOutcomeReport(c.var.deps.db, c.var.deps.encryptionKey, form.data.period);
  const file = await renderTablesFile(reportTables(t, locale, report), form.data.format);
  const { from, to } = form.data.period;
  return downloadResponse(c, file.bytes, file.contentType, `${t('reports.fileName', { period: periodLabel(t, locale, report.period) })}.${file.extension}`, `report-${from}-${to}.${file.extension}`);
});

reportRoutes.get('/reports/summary.pdf', allow('reports.view'), async (c) => {
  const { form } = readPeriod(c);
  if (!form.ok) return c.redirect(`/reports?${new URLSearchParams(form.values).toString()}`, 303);
  const { t, locale } = c.var;
  const report = await buildOutcomeReport(c.var.deps.db, c.var.deps.encryptionKey, form.data.period);
  const bytes = await renderSummaryPdf(t, locale, report);
  const { from, to } = form.data.period;
  return downloadResponse(c, bytes, 'application/pdf', `${t('reports.fileName', { period: periodLabel(t, locale, report.period) })}.pdf`, `report-${from}-${to}.pdf`);
});

/** What a filter narrows to, as people name it; undefined when a client, space or course named does not exist. */
async function describeFilter(c: AppContext, filter: FigureFilter): Promise<string | null | undefined> {
  const { t } = c.var;
  const named = async (table: string, column: string, id: string) =>
    (await queryRows<{ name: string }>(c.var.deps.db, sql`select ${sql.identifier(column)} as name from ${sql.identifier(table)} where id = ${id}`))[0]?.name;
  const parts = [
    filter.type ? t(`reports.type.${filter.type}`) : null,
    filter.client ? await named('clients', 'name', filter.client) : null,
    filter.space ? await named('spaces', 'name', filter.space) : null,
    filter.course ? await named('courses', 'title', filter.course) : null,
    filter.returned ? t('reports.records.onlyReturned') : null,
  ];
  if (parts.includes(undefined)) return undefined;
  const text = parts.filter((part) => part !== null).join(t('reports.records.filterSeparator'));
  return text === '' ? null : text;
}

// The records behind a figure: each figure's own records, only for those who may open them.
reportRoutes.get('/reports/records/:figure', allow('reports.view'), async (c) => {
  const name = c.req.param('figure');
  if (!figureNames.includes(name as FigureName)) return renderErrorPage(c, 'notFound');
  if (!canOpenFigure(c.var.user, name as FigureName)) return renderErrorPage(c, 'forbidden');
  const figure = figureRecords[name as FigureName];
  const { form } = readPeriod(c);
  if (!form.ok) return c.redirect(`/reports?${new URLSearchParams(form.values).toString()}`, 303);
  const filter = figureFilterQuery.safeParse(c.req.query());
  if (!filter.success) return renderErrorPage(c, 'notFound');
  const { page, ...narrowed } = filter.data;
  const filterText = await describeFilter(c, narrowed);
  if (filterText === undefined) return renderErrorPage(c, 'notFound');
  const { t, locale } = c.var;
  const { total, rows } = await listFigureRecords(c.var.deps.db, name as FigureName, form.data.period, narrowed, page);
  const query = periodQuery(form.data);
  return renderRecordsPage(c, {
    figure,
    periodText: periodLabel(t, locale, form.data.period),
    filterText: filterText ?? undefined,
    total,
    rows,
    page,
    periodQuery: query,
    pageHref: (pageNumber) => figureRecordsHref(name as FigureName, query, narrowed, pageNumber),
  });
});
