import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { periodMoments, type ReportPeriod } from './fiscal-year';
import { queryRows } from '../../db/client';

export type ClientRow = { clientId: string; name: string; isMunicipality: boolean; orders: number; revenueYen: number };

export type OrderSummary = {
  clients: ClientRow[];
  orders: number;
  revenueYen: number;
  /** Revenue from the town itself, and its share of all revenue (0–1, null with none). */
  municipalityYen: number;
  municipalityShare: number | null;
  delivered: number;
  deliveredOnTime: number;
  /** Orders delivered in the period by their delivery date, 0–1; null when none were delivered. */
  onTimeRate: number | null;
};

/** Orders taken (受注): ordered or later, received in the period. */
export function takenOrders(period: ReportPeriod): SQL {
  return sql`(select * from orders where status not in ('inquiry', 'quoted', 'lost') and received_on between ${period.from} and ${period.to})`;
}

/** Invoices issued in the period. */
export function issuedInvoices(period: ReportPeriod): SQL {
  return sql`(select * from invoices where status = 'issued' and issued_on between ${period.from} and ${period.to})`;
}

/** Orders first delivered in [start, end) that had a delivery date, as rows (order_id, delivery_date, first_delivered, on_time). */
export function deliveriesDuring(start: Date, end: Date): SQL {
  return sql`(select order_id, delivery_date, first_delivered, (first_delivered at time zone 'Asia/Tokyo')::date <= delivery_date as on_time
    from (select o.id as order_id, o.delivery_date, min(s.changed_at) as first_delivered from orders o join order_status_changes s on s.order_id = o.id
          where s.to_status = 'delivered' and o.delivery_date is not null group by o.id) d
    where first_delivered >= ${start} and first_delivered < ${end})`;
}

/**
 * Orders taken (受注: ordered or later, received in the period) and revenue (issued invoices dated
 * in the period, tax included) by client; delivery on time: the order's first move to delivered, on
 * or before its delivery date, in Japan. Orders without a delivery date are not counted for it.
 */
export async function summariseOrders(db: Db, period: ReportPeriod): Promise<OrderSummary> {
  const { start, end } = periodMoments(period);
  const clients = await queryRows<ClientRow>(
    db,
    sql`select c.id as "clientId", c.name, c.is_municipality as "isMunicipality",
        (select count(*)::int from ${takenOrders(period)} o where o.client_id = c.id) as orders,
        (select coalesce(sum(total_yen), 0)::int from ${issuedInvoices(period)} i where i.client_id = c.id) as "revenueYen"
      from clients c order by c.name_kana nulls last, c.name`,
  );
  const taken = clients.filter((client) => client.orders > 0 || client.revenueYen > 0);
  const [delivery] = await queryRows<{ delivered: number; onTime: number }>(
    db,
    sql`select count(*)::int as delivered, count(*) filter (where on_time)::int as "onTime" from ${deliveriesDuring(start, end)} d`,
  );
  const revenueYen = taken.reduce((sum, client) => sum + client.revenueYen, 0);
  const municipalityYen = taken.filter((client) => client.isMunicipality).reduce((sum, client) => sum + client.revenueYen, 0);
  return {
    clients: taken,
    orders: taken.reduce((sum, client) => sum + client.orders, 0),
    revenueYen,
    municipalityYen,
    municipalityShare: revenueYen === 0 ? null : municipalityYen / revenueYen,
    delivered: delivery!.delivered,
    deliveredOnTime: delivery!.onTime,
    onTimeRate: delivery!.delivered === 0 ? null : delivery!.onTime / delivery!.delivered,
  };
}
