import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/client';
import { todayInJapan, type BusinessDate } from '../availability/calendar';
import { withTrainingRate } from '../../money/training-rate';
import type { PayKind } from '../breakdown/schema';
import { teamTrainingRate } from '../orders/team-training-rate';
import { dependencyDone, hasSkillsFor, mayOpenTask, type WorkerSeat } from './eligibility';
import { releaseExpiredHolds } from './release-expired-holds';

/** A task as the worker's lists show it: what, for which order, how much work and pay, by when. */
export type TaskSummary = {
  id: string;
  title: string;
  orderId: string;
  orderNumber: number;
  orderTitle: string;
  packageTitle: string;
  unitName: string;
  units: number;
  estimateMinutes: number;
  payKind: PayKind;
  /** The rate this worker is paid: the training rate for OJT work (see trainingRateYen). */
  payRateYen: number;
  /** For a trainee on the order's team (OJT): the order's training rate now, or the one fixed at hand-in. */
  trainingRatePercent: number | null;
  deadline: BusinessDate;
};

export type HeldTask = TaskSummary & { expiresAt: Date; returnedComment: string | null };
export type HandedInTask = TaskSummary & { submittedAt: Date };
export type OfferedTask = TaskSummary & { offeredAt: Date; note: string | null };

export type WorkerTaskLists = {
  held: HeldTask[];
  handedIn: HandedInTask[];
  offers: OfferedTask[];
  open: TaskSummary[];
  /** All open tasks this worker may take, when there are more than `open` shows. */
  openCount: number;
  /** Open tasks on the worker's teams that need a skill they have not registered yet. */
  needSkillsCount: number;
};

export const openTasksShown = 50;

/** A task's summary; `trainingRate` is the OJT training rate that applies to this worker, or null. */
const summaryColumns = (trainingRate: SQL) => sql`tasks.id, tasks.title, tasks.order_id as "orderId", orders.number as "orderNumber",
  orders.title as "orderTitle", work_packages.title as "packageTitle", work_packages.unit_name as "unitName",
  tasks.units, tasks.estimate_minutes as "estimateMinutes", tasks.pay_kind as "payKind",
  tasks.pay_rate_yen as "payRateYen", ${trainingRate} as "trainingRatePercent", tasks.deadline::text as deadline`;

const taskJoins = sql`tasks join orders on orders.id = tasks.order_id join work_packages on work_packages.id = tasks.package_id`;

const byDeadline = sql`tasks.deadline, orders.number, work_packages.position, tasks.position`;

/** What `/tasks` shows a worker: their own tasks, offers made to them, and the open tasks they may take. */
export async function listWorkerTasks(db: Db, worker: WorkerSeat, now = new Date()): Promise<WorkerTaskLists> {
  await releaseExpiredHolds(db, now);
  const visible = mayOpenTask(worker, todayInJapan(now));
  const me = worker.workerId;
  const summary = summaryColumns(teamTrainingRate(me));
  const held = await queryRows<HeldTask>(
    db,
    sql`select ${summary}, task_holds.expires_at as "expiresAt",
          case when task_holds.source = 'returned' then (
            select submissions.comment from submissions
            where submissions.task_id = tasks.id and submissions.worker_id = ${me} and submissions.decision = 'returned'
            order by submissions.reviewed_at desc limit 1) end as "returnedComment"
        from task_holds join ${taskJoins} on tasks.id = task_holds.task_id
        where task_holds.worker_id = ${me} and task_holds.ended_at is null and ${visible}
        order by ${byDeadline}`,
  );
  const handedIn = await queryRows<HandedInTask>(
    db,
    sql`select ${summaryColumns(sql`submissions.training_rate_percent`)}, submissions.submitted_at as "submittedAt"
        from submissions join ${taskJoins} on tasks.id = submissions.task_id
        where submissions.worker_id = ${me} and submissions.decision is null and ${visible}
        order by submissions.submitted_at desc`,
  );
  const offers = await queryRows<OfferedTask>(
    db,
    sql`select ${summary}, task_offers.offered_at as "offeredAt", task_offers.note
        from task_offers join ${taskJoins} on tasks.id = task_offers.task_id
        where task_offers.worker_id = ${me} and task_offers.responded_at is null and tasks.status = 'offered' and ${visible}
        order by ${byDeadline}`,
  );
  const open = await queryRows<TaskSummary & { total: number }>(
    db,
    sql`select ${summary}, count(*) over ()::int as total
        from ${taskJoins}
        where tasks.status = 'open' and ${visible} and ${hasSkillsFor(me)} and ${dependencyDone}
        order by ${byDeadline}
        limit ${openTasksShown}`,
  );
  const [needSkills] = await queryRows<{ count: number }>(
    db,
    sql`select count(*)::int as count from tasks join orders on orders.id = tasks.order_id
        where tasks.status = 'open' and ${visible} and ${dependencyDone} and not ${hasSkillsFor(me)}`,
  );
  return {
    held: held.map(toTask),
    handedIn: handedIn.map(toTask),
    offers: offers.map(toTask),
    open: open.map(({ total: _total, ...task }) => toTask(task)),
    openCount: open[0]?.total ?? 0,
    needSkillsCount: needSkills?.count ?? 0,
  };
}

/** A task row as the pages show it: dates as dates, and the rate this worker is paid. */
export function toTask<Row extends TaskSummary>(row: Row): Row {
  return withTrainingRate(toDates(row));
}

/** Raw SQL may answer timestamps as text (it depends on the driver): makes them dates. */
export function toDates<Row extends Record<string, unknown>>(row: Row): Row {
  const copy: Record<string, unknown> = { ...row };
  for (const key of ['expiresAt', 'submittedAt', 'offeredAt']) if (key in copy && copy[key] !== null) copy[key] = new Date(copy[key] as string);
  return copy as Row;
}
