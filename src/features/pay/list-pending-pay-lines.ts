import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/client';
import { legalPayDueOn } from '../../money/pay-due-date';
import { payForWork } from '../../money/pay-for-work';
import { withTrainingRate } from '../../money/training-rate';
import type { BusinessDate } from '../availability/calendar';
import type { PayKind } from '../breakdown/schema';

export type PendingPayLine = {
  submissionId: string;
  workerId: string;
  taskId: string;
  orderId: string;
  /** Order and task title, as the statement will show them. */
  description: string;
  workCategory: string;
  withholds: boolean;
  payKind: PayKind;
  /** The rate paid: for OJT work the training rate (trainingRateYen of the task's rate). */
  payRateYen: number;
  /** OJT work: the order's training rate, fixed when it was handed in. */
  trainingRatePercent: number | null;
  unitName: string;
  units: number;
  minutes: number;
  yen: number;
  inspectedOn: BusinessDate;
  /** The due date of the client's invoice for this order, counted only where re-commissioning was disclosed. */
  clientPaymentDueOn: BusinessDate | null;
  legalDueOn: BusinessDate;
};

/**
 * Accepted work not yet on any statement, inspected on or before `until`: what a close would pay,
 * one line per accepted submission. Piece pay counts the units handed in; hourly pay the minutes
 * the worker logged on the task; OJT work is paid at the training rate fixed at hand-in. The legal limit counts 60 days from 検収, or 30 days from the
 * client's payment date where the order disclosed re-commissioning and an issued invoice says when.
 */
export async function listPendingPayLines(
  db: Db,
  options: { until: BusinessDate; withholdingCategories: readonly string[]; workerId?: string },
): Promise<PendingPayLine[]> {
  const rows = await queryRows<Omit<PendingPayLine, 'yen' | 'withholds' | 'legalDueOn'>>(
    db,
    sql`select submissions.id as "submissionId", submissions.worker_id as "workerId", tasks.id as "taskId", orders.id as "orderId",
          orders.title || ' / ' || tasks.title as description, work_packages.work_category as "workCategory",
          tasks.pay_kind as "payKind", tasks.pay_rate_yen as "payRateYen", submissions.training_rate_percent as "trainingRatePercent",
          work_packages.unit_name as "unitName", submissions.units,
          coalesce((select sum(entry.minutes) from work_log_entries entry where entry.task_id = tasks.id and entry.worker_id = submissions.worker_id), 0)::int as minutes,
          submissions.inspected_on::text as "inspectedOn",
          case when orders.subcontracting_disclosed then (
            select min(invoices.due_on)::text from invoices
            where invoices.status = 'issued' and invoices.due_on is not null
              and (invoices.order_id = orders.id
                   or exists (select 1 from invoice_items item where item.invoice_id = invoices.id and item.order_id = orders.id))
          ) end as "clientPaymentDueOn"
        from submissions join tasks on tasks.id = submissions.task_id join orders on orders.id = tasks.order_id
          join work_packages on work_packages.id = tasks.package_id
        where submissions.decision = 'accepted' and submissions.inspected_on <= ${options.until}
          and not exists (select 1 from pay_statement_lines line where line.submission_id = submissions.id)
          ${options.workerId ? sql`and submissions.worker_id = ${options.workerId}` : sql``}
        order by submissions.inspected_on, orders.number, tasks.position, submissions.submitted_at`,
  );
  return rows.map(withTrainingRate).map((row) => ({
    ...row,
    yen: payForWork(row),
    withholds: options.withholdingCategories.includes(row.workCategory),
    legalDueOn: legalPayDueOn(row.inspectedOn, row.clientPaymentDueOn),
  }));
}
