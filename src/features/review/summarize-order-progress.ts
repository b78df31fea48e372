import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { addDays, type BusinessDate } from '../availability/calendar';
import { tasks, taskStatuses, workPackages, type TaskStatus } from '../breakdown/schema';
import { orders } from '../orders/schema';
import { workLogEntries } from '../tasks/schema';

/** The forecast looks at the pace of the last two weeks: long enough to even out a quiet day. */
export const forecastWindowDays = 14;

export type Forecast =
  | { kind: 'done' }
  /** Nothing accepted in the window, so there is no pace to project from. */
  | { kind: 'noData' }
  | { kind: 'projected'; unitsPerDay: number; remainingUnits: number; finishOn: BusinessDate; dueOn: BusinessDate | null; onTrack: boolean | null };

/**
 * When the remaining units will be done at the recent pace (units accepted per day over the
 * window), and whether that is by the due date.
 */
export function forecastFinish(input: {
  totalUnits: number;
  acceptedUnits: number;
  recentUnits: number;
  today: BusinessDate;
  dueOn: BusinessDate | null;
}): Forecast {
  const remainingUnits = input.totalUnits - input.acceptedUnits;
  if (input.totalUnits > 0 && remainingUnits <= 0) return { kind: 'done' };
  if (input.recentUnits <= 0) return { kind: 'noData' };
  const unitsPerDay = input.recentUnits / forecastWindowDays;
  const finishOn = addDays(input.today, Math.ceil(remainingUnits / unitsPerDay));
  return { kind: 'projected', unitsPerDay, remainingUnits, finishOn, dueOn: input.dueOn, onTrack: input.dueOn ? finishOn <= input.dueOn : null };
}

export type TaskCounts = Record<TaskStatus, number>;

export type PartProgress = {
  tasksByState: TaskCounts;
  taskCount: number;
  /** Units of the tasks still wanted (cancelled ones left out). */
  totalUnits: number;
  acceptedUnits: number;
  /** The unit both counts are in; null when the packages count different things. */
  unitName: string | null;
  loggedMinutes: number;
  estimateMinutes: number;
  forecast: Forecast;
};

export type PackageProgress = PartProgress & { id: string; title: string; deadline: BusinessDate };

export type OrderProgress = PartProgress & {
  order: { id: string; number: number; title: string; status: string; deliveryDate: BusinessDate | null };
  packages: PackageProgress[];
};

const noTasks = (): TaskCounts => Object.fromEntries(taskStatuses.map((status) => [status, 0])) as TaskCounts;

/**
 * An order's progress, whole and per package: tasks by state, units accepted of the total,
 * hours logged against the estimate, and a forecast against the delivery date (each package
 * against its own deadline). Null for an unknown order.
 */
export async function summarizeOrderProgress(db: Db, orderId: string, today: BusinessDate): Promise<OrderProgress | null> {
  const [order] = await db
    .select({ id: orders.id, number: orders.number, title: orders.title, status: orders.status, deliveryDate: orders.deliveryDate })
    .from(orders)
    .where(eq(orders.id, orderId));
  if (!order) return null;
  const packages = await db
    .select({ id: workPackages.id, title: workPackages.title, unitName: workPackages.unitName, deadline: workPackages.deadline })
    .from(workPackages)
    .where(eq(workPackages.orderId, orderId))
    .orderBy(asc(workPackages.position));
  const since = addDays(today, -(forecastWindowDays - 1));
  const wanted = sql`${tasks.status} <> 'cancelled'`;
  const groups = await db
    .select({
      packageId: tasks.packageId,
      status: tasks.status,
      count: sql<number>`count(*)::int`,
      units: sql<number>`coalesce(sum(${tasks.units}) filter (where ${wanted}), 0)::int`,
      estimateMinutes: sql<number>`coalesce(sum(${tasks.estimateMinutes}) filter (where ${wanted}), 0)::int`,
      recentUnits: sql<number>`coalesce(sum(${tasks.units}) filter (where ${tasks.acceptedOn} between ${since} and ${today}), 0)::int`,
    })
    .from(tasks)
    .where(eq(tasks.orderId, orderId))
    .groupBy(tasks.packageId, tasks.status);
  const logged = await db
    .select({ packageId: tasks.packageId, minutes: sql<number>`coalesce(sum(${workLogEntries.minutes}), 0)::int` })
    .from(workLogEntries)
    .innerJoin(tasks, eq(tasks.id, workLogEntries.taskId))
    .where(eq(tasks.orderId, orderId))
    .groupBy(tasks.packageId);

  const summarize = (packageIds: string[], unitName: string | null, dueOn: BusinessDate | null): PartProgress => {
    const mine = groups.filter((group) => packageIds.includes(group.packageId));
    const tasksByState = noTasks();
    for (const group of mine) tasksByState[group.status] += group.count;
    const sum = (pick: (group: (typeof mine)[number]) => number) => mine.reduce((total, group) => total + pick(group), 0);
    const totalUnits = sum((group) => group.units);
    const acceptedUnits = sum((group) => (group.status === 'accepted' ? group.units : 0));
    return {
      tasksByState,
      taskCount: sum((group) => group.count),
      totalUnits,
      acceptedUnits,
      unitName,
      loggedMinutes: logged.filter((row) => packageIds.includes(row.packageId)).reduce((total, row) => total + row.minutes, 0),
      estimateMinutes: sum((group) => group.estimateMinutes),
      forecast: forecastFinish({ totalUnits, acceptedUnits, recentUnits: sum((group) => group.recentUnits), today, dueOn }),
    };
  };
  const unitNames = new Set(packages.map((workPackage) => workPackage.unitName));
  return {
    order,
    ...summarize(
      packages.map((workPackage) => workPackage.id),
      unitNames.size === 1 ? [...unitNames][0]! : null,
      order.deliveryDate,
    ),
    packages: packages.map((workPackage) => ({
      id: workPackage.id,
      title: workPackage.title,
      deadline: workPackage.deadline,
      ...summarize([workPackage.id], workPackage.unitName, workPackage.deadline),
    })),
  };
}
