import { sql, type SQL } from 'drizzle-orm';
import { can, type Actor, type Capability } from '../../auth/policy';
import type { MessageKey } from '../../ui/i18n';
import { completionsDuring } from './count-training-completions';
import { teleworkPeople, teleworkTypes } from './count-telework-types';
import { periodMoments, type ReportPeriod } from './fiscal-year';
import { joinedDuring, leftDuring, registeredAtMoment } from './registered-during';
import { bookingsDuring } from './summarise-centre';
import { deliveriesDuring, issuedInvoices, takenOrders } from './summarise-orders';
import { activeWorkerTotals, reviewedDuring } from './summarise-work';

/** A figure narrowed to part of it, as its link from the report says: one type, client, space or course, or only returned work. */
export type FigureFilter = { type?: (typeof teleworkTypes)[number]; client?: string; space?: string; course?: string; returned?: boolean };

/** How a column's values are written: worker and order statuses and yes/no are translated, days and moments formatted. */
export type CellKind = 'text' | 'day' | 'moment' | 'yen' | 'minutes' | 'yes-no' | 'worker-status' | 'order-status';

/**
 * The records behind one figure of the report. `rows` selects, from the same SQL the figure is
 * counted from, `id` (for the record's link), `label` and the columns `c0`, `c1`, … in order.
 */
export type FigureRecords = {
  /** Who may see these records and open them: every one of these capabilities. */
  needs: readonly Capability[];
  title: MessageKey;
  labelHeading: MessageKey;
  columns: readonly { heading: MessageKey; kind: CellKind }[];
  href: (id: string) => string;
  rows: (period: ReportPeriod, filter: FigureFilter) => SQL;
  orderBy: SQL;
};

const workerHref = (id: string) => `/workers/${id}`;
const epoch = (column: SQL) => sql`extract(epoch from ${column})::float8`;
/** A condition kept only when the filter has the value. */
const when = (value: unknown, condition: SQL) => (value === undefined ? sql`true` : condition);

/** The registered workers at the start or end of the period, with the status they had then. */
const registeredAt = (title: MessageKey, moment: (period: ReportPeriod) => Date): FigureRecords => ({
  needs: ['workers.manage'],
  title,
  labelHeading: 'reports.records.name',
  columns: [{ heading: 'reports.records.status', kind: 'worker-status' }],
  href: workerHref,
  rows: (period) => sql`select r.user_id as id, u.display_name as label, r.status as c0 from ${registeredAtMoment(moment(period))} r join users u on u.id = r.user_id`,
  orderBy: sql`label, id`,
});

/** Moves onto or off the register in the period, with when. */
const moves = (title: MessageKey, moved: (start: Date, end: Date) => SQL): FigureRecords => ({
  needs: ['workers.manage'],
  title,
  labelHeading: 'reports.records.name',
  columns: [{ heading: 'reports.records.when', kind: 'moment' }],
  href: workerHref,
  rows: (period) => {
    const { start, end } = periodMoments(period);
    return sql`select m.user_id as id, u.display_name as label, ${epoch(sql`m.changed_at`)} as c0 from ${moved(start, end)} m join users u on u.id = m.user_id`;
  },
  orderBy: sql`c0, label, id`,
});

export const figureRecords = {
  'registered-at-start': registeredAt('reports.workers.atStart', (period) => periodMoments(period).start),
  joined: moves('reports.workers.joined', joinedDuring),
  left: moves('reports.workers.left', leftDuring),
  'registered-at-end': registeredAt('reports.workers.atEnd', (period) => periodMoments(period).end),
  active: {
    needs: ['workers.manage', 'pay.manage'],
    title: 'reports.workers.active',
    labelHeading: 'reports.records.name',
    columns: [
      { heading: 'reports.work.hours', kind: 'minutes' },
      { heading: 'reports.work.income', kind: 'yen' },
    ],
    href: workerHref,
    rows: (period) => sql`select t.worker_id as id, u.display_name as label, t.minutes as c0, t.yen as c1 from ${activeWorkerTotals(period)} t join users u on u.id = t.worker_id`,
    orderBy: sql`label, id`,
  },
  'telework-type': {
    needs: ['workers.manage', 'centre.manage'],
    title: 'reports.types.caption',
    labelHeading: 'reports.records.name',
    columns: [
      { heading: 'reports.types.heading', kind: 'text' },
      { heading: 'reports.tenants.company', kind: 'text' },
    ],
    // Registered workers open their record; tenant staff their company's.
    href: (id) => (id.startsWith('company:') ? `/centre/tenants/${id.slice('company:'.length)}` : workerHref(id)),
    rows: (period, filter) =>
      sql`select coalesce('company:' || p.company_id::text, p.user_id::text) as id, u.display_name as label, p.type as c0, coalesce(c.name, '') as c1
        from ${teleworkPeople(period)} p join users u on u.id = p.user_id left join tenant_companies c on c.id = p.company_id
        where ${when(filter.type, sql`p.type = ${filter.type}`)}`,
    orderBy: sql`c0, label, id`,
  },
  orders: {
    needs: ['orders.manage'],
    title: 'reports.orders.orders',
    labelHeading: 'reports.records.order',
    columns: [
      { heading: 'reports.orders.client', kind: 'text' },
      { heading: 'reports.records.received', kind: 'day' },
      { heading: 'reports.records.status', kind: 'order-status' },
    ],
    href: (id) => `/orders/${id}`,
    rows: (period, filter) =>
      sql`select o.id, o.title as label, c.name as c0, o.received_on::text as c1, o.status::text as c2
        from ${takenOrders(period)} o join clients c on c.id = o.client_id where ${when(filter.client, sql`o.client_id = ${filter.client}`)}`,
    orderBy: sql`c1, label, id`,
  },
  revenue: {
    needs: ['invoices.manage'],
    title: 'reports.orders.revenue',
    labelHeading: 'reports.records.invoice',
    columns: [
      { heading: 'reports.records.number', kind: 'text' },
      { heading: 'reports.orders.client', kind: 'text' },
      { heading: 'reports.records.issued', kind: 'day' },
      { heading: 'reports.records.total.yen', kind: 'yen' },
    ],
    href: (id) => `/invoices/${id}`,
    rows: (period, filter) =>
      sql`select i.id, i.subject as label, i.number::text as c0, c.name as c1, i.issued_on::text as c2, i.total_yen as c3
        from ${issuedInvoices(period)} i join clients c on c.id = i.client_id where ${when(filter.client, sql`i.client_id = ${filter.client}`)}`,
    orderBy: sql`c2, c0::int, id`,
  },
  deliveries: {
    needs: ['orders.manage'],
    title: 'reports.quality.onTime',
    labelHeading: 'reports.records.order',
    columns: [
      { heading: 'reports.records.deliveryDate', kind: 'day' },
      { heading: 'reports.records.delivered', kind: 'moment' },
      { heading: 'reports.records.onTime', kind: 'yes-no' },
    ],
    href: (id) => `/orders/${id}`,
    rows: (period) => {
      const { start, end } = periodMoments(period);
      return sql`select d.order_id as id, o.title as label, d.delivery_date::text as c0, ${epoch(sql`d.first_delivered`)} as c1, d.on_time as c2
        from ${deliveriesDuring(start, end)} d join orders o on o.id = d.order_id`;
    },
    orderBy: sql`c1, label, id`,
  },
  reviews: {
    needs: ['orders.review'],
    title: 'reports.quality.returnRate',
    labelHeading: 'reports.records.task',
    columns: [
      { heading: 'reports.records.worker', kind: 'text' },
      { heading: 'reports.records.reviewed', kind: 'moment' },
      { heading: 'reports.records.returned', kind: 'yes-no' },
    ],
    href: (id) => `/review/${id}`,
    rows: (period, filter) => {
      const { start, end } = periodMoments(period);
      return sql`select s.id, t.title as label, u.display_name as c0, ${epoch(sql`s.reviewed_at`)} as c1, s.decision = 'returned' as c2
        from ${reviewedDuring(start, end)} s join tasks t on t.id = s.task_id join users u on u.id = s.worker_id
        where ${when(filter.returned, sql`s.decision = 'returned'`)}`;
    },
    orderBy: sql`c1, label, id`,
  },
  bookings: {
    needs: ['centre.manage'],
    title: 'reports.centre.bookings',
    labelHeading: 'reports.centre.space',
    columns: [
      { heading: 'reports.records.person', kind: 'text' },
      { heading: 'reports.records.starts', kind: 'moment' },
      { heading: 'reports.records.ends', kind: 'moment' },
      { heading: 'reports.centre.checkedIn', kind: 'yes-no' },
    ],
    href: (id) => `/centre/bookings/${id}`,
    rows: (period, filter) => {
      const { start, end } = periodMoments(period);
      return sql`select b.id, s.name as label, u.display_name as c0, ${epoch(sql`b.starts_at`)} as c1, ${epoch(sql`b.ends_at`)} as c2, b.checked_in_at is not null as c3
        from ${bookingsDuring(start, end)} b join spaces s on s.id = b.space_id join users u on u.id = b.user_id
        where ${when(filter.space, sql`b.space_id = ${filter.space}`)}`;
    },
    orderBy: sql`c1, label, id`,
  },
  completions: {
    needs: ['training.manage', 'promotions.propose'],
    title: 'reports.training.completions',
    labelHeading: 'reports.records.name',
    columns: [
      { heading: 'reports.training.course', kind: 'text' },
      { heading: 'reports.records.completed', kind: 'moment' },
    ],
    href: (id) => `/people/${id}/progress`,
    rows: (period, filter) => {
      const { start, end } = periodMoments(period);
      return sql`select cc.user_id as id, u.display_name as label, c.title as c0, ${epoch(sql`cc.completed_at`)} as c1
        from ${completionsDuring(start, end)} cc join courses c on c.id = cc.course_id join users u on u.id = cc.user_id
        where ${when(filter.course, sql`cc.course_id = ${filter.course}`)}`;
    },
    orderBy: sql`c1, label, id`,
  },
} satisfies Record<string, FigureRecords>;

export type FigureName = keyof typeof figureRecords;
export const figureNames = Object.keys(figureRecords) as FigureName[];

/** Whether someone may see a figure's records: they hold every capability its records need. */
export function canOpenFigure(actor: Actor | null, name: FigureName): boolean {
  return figureRecords[name].needs.every((capability) => can(actor, capability));
}

/** The link to a figure's records for a period (its query string), narrowed by a filter, at a page. */
export function figureRecordsHref(name: FigureName, periodQuery: string, filter: FigureFilter = {}, page = 1): string {
  const query = new URLSearchParams(periodQuery);
  for (const [key, value] of Object.entries(filter)) if (value !== undefined) query.set(key, value === true ? '1' : String(value));
  if (page > 1) query.set('page', String(page));
  return `/reports/records/${name}?${query.toString()}`;
}
