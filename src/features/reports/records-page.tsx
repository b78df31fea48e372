import type { AppContext } from '../../app-env';
import type { BusinessDate } from '../availability/calendar';
import { formatBusinessDate } from '../availability/format';
import { FigureTable } from '../../ui/figure-table';
import { formatDateTime, formatYen } from '../../ui/format';
import { renderPage } from '../../ui/layout';
import { Pagination } from '../../ui/pagination';
import type { Locale, Translate } from '../../ui/i18n';
import type { OrderStatus } from '../orders/schema';
import type { WorkerStatus } from '../workers/schema';
import type { CellKind, FigureRecords } from './figure-records';
import { figureRecordsPageSize, type FigureRecordRow } from './list-figure-records';
import { hoursText } from './report-text';

export type RecordsPageInput = {
  figure: FigureRecords;
  periodText: string;
  /** What the figure is narrowed to (a client's name, a type), if anything. */
  filterText: string | undefined;
  total: number;
  rows: FigureRecordRow[];
  page: number;
  /** The report's period as a query string, to go back to it. */
  periodQuery: string;
  pageHref: (page: number) => string;
};

function cellText(t: Translate, locale: Locale, kind: CellKind, value: string | number | boolean | null): string {
  if (value === null) return '';
  switch (kind) {
    case 'day':
      return formatBusinessDate(String(value) as BusinessDate, locale, { year: true });
    case 'moment':
      return formatDateTime(new Date(Number(value) * 1000), locale);
    case 'yen':
      return formatYen(Number(value), locale);
    case 'minutes':
      return hoursText(t, Number(value) / 60);
    case 'yes-no':
      return value === true ? t('reports.records.yes') : t('reports.records.no');
    case 'worker-status':
      return t(`workerStatus.${value as WorkerStatus}`);
    case 'order-status':
      return t(`order.status.${value as OrderStatus}`);
    case 'text':
      return String(value);
  }
}

/** The records behind one figure of the report, each opening its own page. */
export function renderRecordsPage(c: AppContext, input: RecordsPageInput) {
  const { t, locale } = c.var;
  const { figure } = input;
  const pages = Math.max(1, Math.ceil(input.total / figureRecordsPageSize));
  const title = t('reports.records.title', { figure: t(figure.title), period: input.periodText });
  return renderPage(c, {
    title,
    children: (
      <>
        <p>
          <a href={`/reports?${input.periodQuery}`}>{t('reports.records.back')}</a>
        </p>
        {input.filterText ? <p>{t('reports.records.filter', { filter: input.filterText })}</p> : null}
        <p>{t('reports.records.total', { count: input.total })}</p>
        {input.rows.length === 0 ? (
          <p>{t('reports.none')}</p>
        ) : (
          <FigureTable
            caption={input.filterText ? t('reports.records.captionFiltered', { title, filter: input.filterText }) : title}
            columns={[t(figure.labelHeading), ...figure.columns.map((column) => t(column.heading))]}
            numeric="last"
            rows={input.rows.map((row) => ({
              label: <a href={figure.href(row.id)}>{row.label}</a>,
              cells: row.cells.map((value, index) => cellText(t, locale, figure.columns[index]!.kind, value)),
            }))}
          />
        )}
        <Pagination
          label={t('reports.records.pagination')}
          page={input.page}
          pages={pages}
          href={input.pageHref}
          previous={t('reports.records.previous', { count: figureRecordsPageSize })}
          next={t('reports.records.next', { count: figureRecordsPageSize })}
          current={t('reports.records.pageOf', { page: input.page, pages })}
        />
      </>
    ),
  });
}
