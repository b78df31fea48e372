import { sql, type SQL } from 'drizzle-orm';
import type { BusinessDate } from '../availability/calendar';

/** A worker as the sharing rules see them: who, and whether this request comes from the centre. */
export type WorkerSeat = { workerId: string; atCentre: boolean };

/**
 * True for a task (in a query over `tasks` joined to `orders`) that this worker may see and
 * open: the order is running, the worker is on its team, and its confidentiality allows them —
 * centre-only work only from the centre, NDA work only with a signed NDA with that client.
 * `workerId` may be a column (an SQL fragment), to ask for many workers in one query.
 */
export function mayOpenTask(worker: { workerId: string | SQL; atCentre: boolean }, today: BusinessDate): SQL {
  return sql`(orders.status in ('ordered', 'in_progress')
    and exists (select 1 from order_team_members member where member.order_id = tasks.order_id and member.user_id = ${worker.workerId})
    and (orders.confidentiality = 'anywhere'
      or (orders.confidentiality = 'centre_only' and ${worker.atCentre})
      or (orders.confidentiality = 'nda' and exists (
        select 1 from nda_signatures nda
        where nda.user_id = ${worker.workerId} and nda.client_id = orders.client_id
          and nda.signed_on <= ${today} and (nda.valid_until is null or nda.valid_until >= ${today})))))`;
}

/** True when the worker has every skill the task needs (at any level). */
export function hasSkillsFor(workerId: string | SQL): SQL {
  return sql`tasks.required_skills <@ coalesce((select array_agg(skill.skill) from worker_skills skill where skill.user_id = ${workerId}), '{}'::text[])`;
}

/** True when the step this task follows (if any) has been accepted. */
export const dependencyDone: SQL = sql`(tasks.depends_on_task_id is null
  or exists (select 1 from tasks earlier where earlier.id = tasks.depends_on_task_id and earlier.status = 'accepted'))`;
