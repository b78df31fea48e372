import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/client';
import { todayInJapan } from '../availability/calendar';
import { loadMoneySettings } from '../money-settings/load-money-settings';
import { teamTrainingRate } from '../orders/team-training-rate';
import type { TermsNoticeFacts, WorkFacts } from './content';

/** Which work a notice covers: tasks of the order, or one planner offer. */
export type NoticeWork = { taskIds: readonly string[] } | { planOfferId: string };

/**
 * What a notice to this worker about this work states, read from the database; for a trainee on
 * the order's team (OJT), with the training rate their work would be paid at now. The order row is
 * locked FOR SHARE: a terms change waits for an accepting transaction to finish (and then sees the
 * new holder), and an acceptance that waits for a terms change reads the changed terms.
 */
export async function gatherTermsNoticeFacts(db: Db, workerId: string, orderId: string, work: NoticeWork, now: Date): Promise<TermsNoticeFacts> {
  const [order] = await queryRows<TermsNoticeFacts['order']>(
    db,
    sql`select orders.number, orders.title, clients.name as "clientName",
          orders.terms_work_content as "termsWorkContent", orders.terms_deliverable as "termsDeliverable",
          orders.terms_delivery_place as "termsDeliveryPlace", orders.terms_delivery_method as "termsDeliveryMethod",
          orders.inspection_due_on::text as "inspectionDueOn", orders.terms_rate as "termsRate",
          orders.terms_payment_method as "termsPaymentMethod", orders.terms_expenses as "termsExpenses",
          orders.terms_intellectual_property as "termsIntellectualProperty", orders.terms_personal_data as "termsPersonalData",
          orders.terms_defects as "termsDefects", orders.confidentiality,
          orders.subcontracting_disclosed as "subcontractingDisclosed", orders.terms_subcontracting as "termsSubcontracting",
          ${teamTrainingRate(workerId)} as "trainingRatePercent"
        from orders join clients on clients.id = orders.client_id
        where orders.id = ${orderId}
        for share of orders`,
  );
  if (!order) throw new Error(`no order ${orderId}`);
  const [worker] = await queryRows<{ name: string }>(
    db,
    sql`select coalesce(worker_profiles.family_name || ' ' || worker_profiles.given_name, users.display_name) as name
        from users left join worker_profiles on worker_profiles.user_id = users.id
        where users.id = ${workerId}`,
  );
  if (!worker) throw new Error(`no worker ${workerId}`);
  const works =
    'taskIds' in work
      ? await queryRows<WorkFacts>(
          db,
          sql`select 'task' as kind, tasks.title, work_packages.title as "packageTitle", work_packages.unit_name as "unitName",
                tasks.units, tasks.estimate_minutes as "estimateMinutes", tasks.deadline::text as deadline,
                tasks.pay_kind as "payKind", tasks.pay_rate_yen as "payRateYen"
              from tasks join work_packages on work_packages.id = tasks.package_id
              where tasks.order_id = ${orderId} and tasks.id in (${sql.join(work.taskIds.map((id) => sql`${id}`), sql`, `)})
              order by tasks.deadline, work_packages.position, tasks.position`,
        )
      : await queryRows<WorkFacts>(
          db,
          sql`select 'plan' as kind, work_packages.title as "packageTitle", work_packages.unit_name as "unitName",
                plan_offers.work_date::text as "workDate", plan_offers.minutes, plan_offers.estimated_units as "estimatedUnits",
                work_packages.deadline::text as deadline, work_packages.pay_kind as "payKind", work_packages.pay_rate_yen as "payRateYen"
              from plan_offers join work_packages on work_packages.id = plan_offers.package_id
              where plan_offers.id = ${work.planOfferId} and work_packages.order_id = ${orderId}`,
        );
  if (works.length === 0) throw new Error('a terms notice covers some work');
  return { commissionedOn: todayInJapan(now), settings: await loadMoneySettings(db), workerName: worker.name, order, works };
}
