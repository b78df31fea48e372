import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/client';
import { releaseExpiredHolds } from '../tasks/release-expired-holds';
import type { TaskStatus } from './schema';

export const taskPageSize = 100;

export type OrderTaskRow = {
  id: string;
  title: string;
  packageTitle: string;
  status: TaskStatus;
  units: number;
  deadline: string;
  requiredSkills: string[];
  /** Whoever has it now: the holder, or for handed-in work the one who handed it in. */
  holderName: string | null;
  since: Date | null;
  expiresAt: Date | null;
  offeredToName: string | null;
  offeredAt: Date | null;
};

/**
 * "Who holds what": the order's tasks, in package and task order, with who has each and since
 * when, when a reservation runs out, and any offer waiting for an answer. One page of 100.
 */
export async function listOrderTasks(
  db: Db,
  orderId: string,
  filter: { status?: TaskStatus | undefined; packageId?: string | undefined; page: number },
  now = new Date(),
): Promise<{ rows: OrderTaskRow[]; total: number }> {
  await releaseExpiredHolds(db, now);
  const where = sql`tasks.order_id = ${orderId}
    ${filter.status ? sql`and tasks.status = ${filter.status}` : sql``}
    ${filter.packageId ? sql`and tasks.package_id = ${filter.packageId}` : sql``}`;
  const [counted] = await queryRows<{ total: number }>(db, sql`select count(*)::int as total from tasks where ${where}`);
  const rows = await queryRows<OrderTaskRow>(
    db,
    sql`select tasks.id, tasks.title, work_packages.title as "packageTitle", tasks.status, tasks.units, tasks.deadline::text as deadline,
          tasks.required_skills as "requiredSkills",
          coalesce(holder.display_name, submitter.display_name) as "holderName",
          coalesce(task_holds.started_at, submissions.submitted_at) as since,
          task_holds.expires_at as "expiresAt",
          offered.display_name as "offeredToName", task_offers.offered_at as "offeredAt"
        from tasks
        join work_packages on work_packages.id = tasks.package_id
        left join task_holds on task_holds.task_id = tasks.id and task_holds.ended_at is null
        left join users holder on holder.id = task_holds.worker_id
        left join submissions on submissions.task_id = tasks.id and submissions.decision is null and tasks.status = 'handed_in'
        left join users submitter on submitter.id = submissions.worker_id
        left join task_offers on task_offers.task_id = tasks.id and task_offers.responded_at is null
        left join users offered on offered.id = task_offers.worker_id
        where ${where}
        order by work_packages.position, tasks.position
        limit ${taskPageSize} offset ${(filter.page - 1) * taskPageSize}`,
  );
  // PGlite and node-postgres both give timestamps as Date; normalise in case a driver gives text.
  const moment = (value: Date | string | null) => (value === null ? null : new Date(value));
  return { rows: rows.map((row) => ({ ...row, since: moment(row.since), expiresAt: moment(row.expiresAt), offeredAt: moment(row.offeredAt) })), total: counted?.total ?? 0 };
}
