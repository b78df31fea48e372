import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/client';
import { payForWork } from '../../money/pay-for-work';
import { withTrainingRate } from '../../money/training-rate';
import type { BusinessDate } from '../availability/calendar';
import type { PayKind } from '../breakdown/schema';
import { shiftMonth, type Month } from './month';

export type EarningLine = {
  taskId: string;
  taskTitle: string;
  orderTitle: string;
  payKind: PayKind;
  /** The rate paid: the training rate for OJT work, fixed at hand-in. */
  payRateYen: number;
  trainingRatePercent: number | null;
  unitName: string;
  /** Units accepted (piece pay) — or handed in, for work waiting for review. */
  units: number;
  /** Minutes logged on the task (what hourly pay counts). */
  minutes: number;
  yen: number;
};

export type MonthSummary = {
  month: string;
  days: { date: BusinessDate; minutes: number }[];
  tasks: { taskId: string; taskTitle: string; orderTitle: string; unitName: string; minutes: number; units: number }[];
  totalMinutes: number;
  earned: EarningLine[];
  earnedYen: number;
  waiting: EarningLine[];
  waitingYen: number;
};

/**
 * A worker's month (Japan dates): hours and units logged per day and per task, and earnings —
 * work accepted in the month (by its inspection date, 検収日), and work still waiting for review.
 */
export async function summarizeMonth(db: Db, workerId: string, month: Month): Promise<MonthSummary> {
  const from = `${month}-01`;
  const until = `${shiftMonth(month, 1)}-01`;
  const days = await queryRows<{ date: string; minutes: number }>(
    db,
    sql`select worked_on::text as date, sum(minutes)::int as minutes from work_log_entries
        where worker_id = ${workerId} and minutes is not null and worked_on >= ${from} and worked_on < ${until}
        group by worked_on order by worked_on`,
  );
  const tasks = await queryRows<MonthSummary['tasks'][number]>(
    db,
    sql`select tasks.id as "taskId", tasks.title as "taskTitle", orders.title as "orderTitle", work_packages.unit_name as "unitName",
          sum(entry.minutes)::int as minutes, sum(entry.units)::int as units
        from work_log_entries entry join tasks on tasks.id = entry.task_id join orders on orders.id = tasks.order_id
          join work_packages on work_packages.id = tasks.package_id
        where entry.worker_id = ${workerId} and entry.minutes is not null and entry.worked_on >= ${from} and entry.worked_on < ${until}
        group by tasks.id, tasks.title, orders.title, orders.number, work_packages.unit_name, work_packages.position, tasks.position
        order by orders.number, work_packages.position, tasks.position`,
  );
  // Each submission with the minutes the worker logged on its task (all of them: hourly pay counts the whole task).
  const submitted = (condition: ReturnType<typeof sql>) =>
    queryRows<Omit<EarningLine, 'yen'>>(
      db,
      sql`select tasks.id as "taskId", tasks.title as "taskTitle", orders.title as "orderTitle", tasks.pay_kind as "payKind",
            tasks.pay_rate_yen as "payRateYen", submissions.training_rate_percent as "trainingRatePercent", work_packages.unit_name as "unitName", submissions.units,
            coalesce((select sum(minutes) from work_log_entries entry where entry.task_id = tasks.id and entry.worker_id = ${workerId}), 0)::int as minutes
          from submissions join tasks on tasks.id = submissions.task_id join orders on orders.id = tasks.order_id
            join work_packages on work_packages.id = tasks.package_id
          where submissions.worker_id = ${workerId} and ${condition}
          order by submissions.submitted_at`,
    );
  const paid = (line: Omit<EarningLine, 'yen'>): EarningLine => {
    const atRate = withTrainingRate(line);
    return { ...atRate, yen: payForWork(atRate) };
  };
  const earned = (await submitted(sql`submissions.decision = 'accepted' and submissions.inspected_on >= ${from} and submissions.inspected_on < ${until}`)).map(paid);
  const waiting = (await submitted(sql`submissions.decision is null`)).map(paid);
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    month,
    days,
    tasks,
    totalMinutes: sum(days.map((day) => day.minutes)),
    earned,
    earnedYen: sum(earned.map((line) => line.yen)),
    waiting,
    waitingYen: sum(waiting.map((line) => line.yen)),
  };
}
