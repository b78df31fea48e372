import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/client';
import { addDays, datesBetween, daysBetween, type BusinessDate } from '../availability/calendar';
import { slotMinutes } from '../availability/expand';
import { loadWorkersAvailability } from '../availability/load-workers-availability';
import type { ConfidentialityLevel } from '../orders/schema';
import { dependencyDone, hasSkillsFor, mayOpenTask } from '../tasks/eligibility';
import type { WorkLocation } from '../workers/vocabulary';
import type { FixedAssignment, PlanInput, PlanPackage, PlanWorker } from './model';

/** A worker of the plan, parallel to `input.workers`. */
export type PlanWorkerInfo = { id: string; name: string };

/** A package of the plan, parallel to `input.packages`: what the pages say about it. */
export type PlanPackageInfo = {
  id: string;
  title: string;
  unitName: string;
  orderId: string;
  orderNumber: number;
  orderTitle: string;
  confidentiality: ConfidentialityLevel;
  requiredSkills: string[];
  deadline: BusinessDate;
  /** Estimate minutes per unit of its open tasks; planned minutes ÷ this = estimated units. */
  minutesPerUnit: number;
};

export type GatheredPlanInput = {
  input: PlanInput;
  /** The plan's days: `dates[d]` is day index d. */
  dates: BusinessDate[];
  workers: PlanWorkerInfo[];
  packages: PlanPackageInfo[];
};

/** Tasks still to do: open, or offered to one worker who has not answered yet. */
const isOpen = sql`tasks.status in ('open', 'offered')`;

/**
 * Who may be planned: trainees and active workers, with an account in use, on the team of a
 * running order. A condition on `worker_profiles`.
 */
const plannable = sql`(worker_profiles.status in ('trainee', 'active')
  and exists (select 1 from users where users.id = worker_profiles.user_id and users.disabled_at is null)
  and exists (select 1 from order_team_members member join orders on orders.id = member.order_id
    where member.user_id = worker_profiles.user_id and orders.status in ('ordered', 'in_progress')))`;

/**
 * Everything the model needs for `days` days from `from`, in a handful of set-based queries:
 * the workers (offered slots per day and place, target, newcomer, what they may do and what they
 * worked on before), the packages with work to do (minutes, deadline, earliest day, centre-only),
 * accepted offers in the horizon (fixed) and declined ones (not offered again that day).
 */
export async function gatherPlanInput(db: Db, horizon: { from: BusinessDate; days: number }): Promise<GatheredPlanInput> {
  const { from, days } = horizon;
  const last = addDays(from, days - 1);
  const dates = datesBetween(from, last);

  // Packages of running orders with open work, or with offers accepted for the horizon (kept fixed).
  const packageRows = await queryRows<PlanPackageInfo & { minutes: number; ready: boolean }>(
    db,
    sql`select work_packages.id, work_packages.title, work_packages.unit_name as "unitName", orders.id as "orderId",
          orders.number as "orderNumber", orders.title as "orderTitle", orders.confidentiality,
          work_packages.required_skills as "requiredSkills", work_packages.deadline::text as deadline,
          coalesce(sum(tasks.estimate_minutes) filter (where ${isOpen}), 0)::int as minutes,
          -- Per unit of the open tasks (of all its tasks when none is open): units are whole numbers ≥ 1.
          coalesce(sum(tasks.estimate_minutes) filter (where ${isOpen})::float / sum(tasks.units) filter (where ${isOpen}),
            sum(tasks.estimate_minutes)::float / sum(tasks.units)) as "minutesPerUnit",
          coalesce(bool_or(${dependencyDone}) filter (where ${isOpen}), false) as ready
        from work_packages
        join orders on orders.id = work_packages.order_id
        join tasks on tasks.package_id = work_packages.id
        where orders.status in ('ordered', 'in_progress')
        group by work_packages.id, orders.id
        having bool_or(${isOpen})
          or exists (select 1 from plan_offers offer where offer.package_id = work_packages.id and offer.status = 'accepted'
            and offer.work_date between ${from} and ${last})
        order by work_packages.deadline, orders.number, work_packages.position`,
  );

  const workerRows = await queryRows<{ id: string; name: string; hoursPerWeek: number | null; experienced: boolean }>(
    db,
    sql`select worker_profiles.user_id as id, users.display_name as name, worker_profiles.hours_per_week as "hoursPerWeek",
          exists (select 1 from submissions where submissions.worker_id = worker_profiles.user_id and submissions.decision = 'accepted') as experienced
        from worker_profiles join users on users.id = worker_profiles.user_id
        where ${plannable}
        order by users.display_name, users.id`,
  );

  // Who may do which package: the task rules of eligibility.ts, asked of the package (its order
  // and skills are its tasks'), for every team member at once, on the first and the last day (an
  // NDA must hold throughout). Centre-only work counts as reachable: the model plans it on centre hours.
  const eligibleRows = await queryRows<{ workerId: string; packageId: string }>(
    db,
    sql`select candidate.user_id as "workerId", tasks.id as "packageId"
        from work_packages tasks
        join orders on orders.id = tasks.order_id
        join order_team_members candidate on candidate.order_id = tasks.order_id
        join worker_profiles on worker_profiles.user_id = candidate.user_id
        where ${plannable}
          and ${mayOpenTask({ workerId: sql`candidate.user_id`, atCentre: true }, from)}
          and ${mayOpenTask({ workerId: sql`candidate.user_id`, atCentre: true }, last)}
          and ${hasSkillsFor(sql`candidate.user_id`)}`,
  );

  // Continuity: held a task of the package once, or accepted a planned offer for it.
  const workedRows = await queryRows<{ workerId: string; packageId: string }>(
    db,
    sql`select task_holds.worker_id as "workerId", tasks.package_id as "packageId"
          from task_holds join tasks on tasks.id = task_holds.task_id
        union
        select worker_id, package_id from plan_offers where status = 'accepted'`,
  );

  const offerRows = await queryRows<{ workerId: string; packageId: string; date: BusinessDate; homeMinutes: number; centreMinutes: number; status: 'accepted' | 'declined' }>(
    db,
    sql`select worker_id as "workerId", package_id as "packageId", work_date::text as date, home_minutes as "homeMinutes",
          centre_minutes as "centreMinutes", status
        from plan_offers
        where status in ('accepted', 'declined') and work_date between ${from} and ${last}`,
  );

  const slotsByWorker = await loadWorkersAvailability(db, plannable, from, last);

  const packageIndex = new Map(packageRows.map((row, index) => [row.id, index]));
  const workerIndex = new Map(workerRows.map((row, index) => [row.id, index]));
  const dayOf = (date: BusinessDate) => daysBetween(from, date);

  const packages: PlanPackage[] = packageRows.map((row) => ({
    id: row.id,
    minutes: row.minutes,
    deadline: dayOf(row.deadline),
    // A follow-up step none of whose open tasks may start yet waits at least a day for the step before.
    earliest: row.minutes > 0 && !row.ready ? 1 : 0,
    centreOnly: row.confidentiality === 'centre_only',
  }));

  const eligible = groupIndexes(eligibleRows, workerIndex, packageIndex);
  const continues = groupIndexes(workedRows, workerIndex, packageIndex);
  const workers: PlanWorker[] = workerRows.map((row, w) => {
    const offered = new Map<string, { day: number; location: WorkLocation; minutes: number }>();
    for (const slot of slotsByWorker.get(row.id) ?? []) {
      const key = `${slot.date} ${slot.location}`;
      const entry = offered.get(key) ?? { day: dayOf(slot.date), location: slot.location, minutes: 0 };
      entry.minutes += slotMinutes;
      offered.set(key, entry);
    }
    const supply = [...offered.values()].sort((a, b) => a.day - b.day || a.location.localeCompare(b.location));
    const offeredMinutes = supply.reduce((sum, slot) => sum + slot.minutes, 0);
    return {
      id: row.id,
      // The weekly target over the plan's days; without one, whatever they offer.
      targetMinutes: row.hoursPerWeek === null ? offeredMinutes : Math.round((row.hoursPerWeek * 60 * days) / 7),
      newcomer: !row.experienced,
      supply,
      eligible: eligible.get(w) ?? [],
      continues: continues.get(w) ?? [],
    };
  });

  const fixed: FixedAssignment[] = [];
  const excluded: PlanInput['excluded'] = [];
  for (const offer of offerRows) {
    const worker = workerIndex.get(offer.workerId);
    const pkg = packageIndex.get(offer.packageId);
    // An accepted offer of someone no longer plannable (left the team, paused) stays theirs, outside the plan.
    if (worker === undefined || pkg === undefined) continue;
    const day = dayOf(offer.date);
    // Declined: not offered again that day. Accepted: kept as it is, and no second offer beside it
    // (one live offer per worker, package and date, which the database holds).
    excluded.push({ worker, package: pkg, day });
    if (offer.status === 'declined') continue;
    if (offer.homeMinutes > 0) fixed.push({ worker, package: pkg, day, location: 'home', minutes: offer.homeMinutes });
    if (offer.centreMinutes > 0) fixed.push({ worker, package: pkg, day, location: 'centre', minutes: offer.centreMinutes });
  }

  return {
    input: { days, workers, packages, fixed, excluded },
    dates,
    workers: workerRows.map(({ id, name }) => ({ id, name })),
    packages: packageRows.map((row) => ({
      id: row.id,
      title: row.title,
      unitName: row.unitName,
      orderId: row.orderId,
      orderNumber: row.orderNumber,
      orderTitle: row.orderTitle,
      confidentiality: row.confidentiality,
      requiredSkills: row.requiredSkills,
      deadline: row.deadline,
      minutesPerUnit: row.minutesPerUnit,
    })),
  };
}

/** Pairs of ids as package indexes per worker index, in package order; pairs outside the plan are left out. */
function groupIndexes(rows: { workerId: string; packageId: string }[], workerIndex: Map<string, number>, packageIndex: Map<string, number>): Map<number, number[]> {
  const groups = new Map<number, Set<number>>();
  for (const row of rows) {
    const w = workerIndex.get(row.workerId);
    const p = packageIndex.get(row.packageId);
    if (w === undefined || p === undefined) continue;
    groups.set(w, (groups.get(w) ?? new Set()).add(p));
  }
  return new Map([...groups].map(([w, set]) => [w, [...set].sort((a, b) => a - b)]));
}
