import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/client';
import { notify } from '../notifications/notify';
import { stopTimers } from './stop-timers';

export type AbsenceResult = {
  /** The tasks that went back to the pool. */
  returned: { taskId: string; title: string; orderTitle: string }[];
  declinedOffers: number;
};

/**
 * 「今日は作業できません」: every task the worker holds goes back to the pool (returned-for-redo
 * ones too), open offers to them are declined and their timer stops. Logged time and handed-in
 * work stay. The leaders of the orders concerned are told how many tasks came back — or, when
 * none was, the leaders of every running order the worker is on, so they can plan.
 */
export async function declareAbsence(db: Db, worker: { id: string; displayName: string }, now = new Date()): Promise<AbsenceResult> {
  return db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const returned = await queryRows<{ taskId: string; title: string; orderTitle: string; orderId: string }>(
      db,
      sql`with ended as (
            update task_holds set ended_at = ${now}, end_reason = 'absence'
            where worker_id = ${worker.id} and ended_at is null
            returning task_id
          ), reopened as (
            update tasks set status = 'open' where id in (select task_id from ended) and status = 'held'
            returning id, title, order_id
          )
          select reopened.id as "taskId", reopened.title, orders.title as "orderTitle", orders.id as "orderId"
          from reopened join orders on orders.id = reopened.order_id
          order by orders.number, reopened.title`,
    );
    const declined = await queryRows<{ orderId: string }>(
      db,
      sql`with declined as (
            update task_offers set responded_at = ${now}, response = 'declined'
            where worker_id = ${worker.id} and responded_at is null
            returning task_id
          ), reopened as (
            update tasks set status = 'open' where id in (select task_id from declined) and status = 'offered'
            returning order_id
          )
          select order_id as "orderId" from reopened`,
    );
    await stopTimers(db, worker.id, now);

    const concerned = [...new Set([...returned, ...declined].map((row) => row.orderId))];
    const orderIds = concerned.length
      ? concerned
      : (
          await queryRows<{ orderId: string }>(
            db,
            sql`select orders.id as "orderId" from orders join order_team_members member on member.order_id = orders.id
                where member.user_id = ${worker.id} and orders.status in ('ordered', 'in_progress')`,
          )
        ).map((row) => row.orderId);
    for (const orderId of orderIds) {
      const leaders = await queryRows<{ userId: string }>(
        db,
        sql`select user_id as "userId" from order_team_members where order_id = ${orderId} and role = 'leader' and user_id <> ${worker.id}`,
      );
      const count = returned.filter((row) => row.orderId === orderId).length;
      await notify(db, leaders.map((leader) => leader.userId), { key: 'notification.absence', params: { name: worker.displayName, count }, link: `/orders/${orderId}/progress` }, now);
    }
    return { returned: returned.map(({ orderId: _orderId, ...task }) => task), declinedOffers: declined.length };
  });
}
