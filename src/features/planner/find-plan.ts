import { and, asc, between, eq, inArray } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { workPackages } from '../breakdown/schema';
import { orders } from '../orders/schema';
import { addDays } from '../availability/calendar';
import { planAssignments, planOffers, planPackages, plans, planWorkers } from './schema';
import { planColumns, type PlanListItem } from './list-plans';

export type PlanWorkerRow = Omit<typeof planWorkers.$inferSelect, 'planId'> & { name: string };
export type PlanPackageRow = Omit<typeof planPackages.$inferSelect, 'planId'> & {
  title: string;
  unitName: string;
  deadline: string;
  requiredSkills: string[];
  orderId: string;
  orderNumber: number;
  orderTitle: string;
  confidentiality: (typeof orders.$inferSelect)['confidentiality'];
};
export type PlanAssignmentRow = Omit<typeof planAssignments.$inferSelect, 'id' | 'planId'>;

/** An offer a worker of the plan declined for one of its days, with their note if they gave one. */
export type DeclinedOfferRow = { workerId: string; workDate: string; declineNote: string | null; packageTitle: string; orderNumber: number; orderTitle: string };

/** A plan with everything its preview shows: per worker, per package (with its order) and each assignment. */
export type PlanDetails = {
  plan: PlanListItem;
  /** By name. */
  workers: PlanWorkerRow[];
  /** By order number, then the package's place in the order. */
  packages: PlanPackageRow[];
  /** By day, then worker (by name), then package (by order and place in it), then place. */
  assignments: PlanAssignmentRow[];
  /** Declined offers on the plan's days (not offered again to that worker that day), by day. */
  declined: DeclinedOfferRow[];
};

export async function findPlan(db: Db, planId: string): Promise<PlanDetails | null> {
  const [plan] = await db
    .select(planColumns)
    .from(plans)
    .leftJoin(users, eq(users.id, plans.createdBy))
    .where(eq(plans.id, planId));
  if (!plan) return null;
  const [workers, packages, assignments, declined] = await Promise.all([
    db
      .select({
        workerId: planWorkers.workerId,
        name: users.displayName,
        targetMinutes: planWorkers.targetMinutes,
        offeredMinutes: planWorkers.offeredMinutes,
        plannedMinutes: planWorkers.plannedMinutes,
        newcomer: planWorkers.newcomer,
        shortfall: planWorkers.shortfall,
      })
      .from(planWorkers)
      .innerJoin(users, eq(users.id, planWorkers.workerId))
      .where(eq(planWorkers.planId, planId))
      .orderBy(asc(users.displayName), asc(users.id)),
    db
      .select({
        packageId: planPackages.packageId,
        demandMinutes: planPackages.demandMinutes,
        plannedMinutes: planPackages.plannedMinutes,
        unmetMinutes: planPackages.unmetMinutes,
        minutesPerUnit: planPackages.minutesPerUnit,
        unmetReason: planPackages.unmetReason,
        title: workPackages.title,
        unitName: workPackages.unitName,
        deadline: workPackages.deadline,
        requiredSkills: workPackages.requiredSkills,
        orderId: orders.id,
        orderNumber: orders.number,
        orderTitle: orders.title,
        confidentiality: orders.confidentiality,
      })
      .from(planPackages)
      .innerJoin(workPackages, eq(workPackages.id, planPackages.packageId))
      .innerJoin(orders, eq(orders.id, workPackages.orderId))
      .where(eq(planPackages.planId, planId))
      .orderBy(asc(orders.number), asc(workPackages.position), asc(workPackages.id)),
    db
      .select({
        workerId: planAssignments.workerId,
        packageId: planAssignments.packageId,
        workDate: planAssignments.workDate,
        location: planAssignments.location,
        minutes: planAssignments.minutes,
        estimatedUnits: planAssignments.estimatedUnits,
        fixed: planAssignments.fixed,
        reasons: planAssignments.reasons,
      })
      .from(planAssignments)
      .innerJoin(users, eq(users.id, planAssignments.workerId))
      .innerJoin(workPackages, eq(workPackages.id, planAssignments.packageId))
      .innerJoin(orders, eq(orders.id, workPackages.orderId))
      .where(eq(planAssignments.planId, planId))
      .orderBy(asc(planAssignments.workDate), asc(users.displayName), asc(users.id), asc(orders.number), asc(workPackages.position), asc(planAssignments.location)),
    db
      .select({
        workerId: planOffers.workerId,
        workDate: planOffers.workDate,
        declineNote: planOffers.declineNote,
        packageTitle: workPackages.title,
        orderNumber: orders.number,
        orderTitle: orders.title,
      })
      .from(planOffers)
      .innerJoin(workPackages, eq(workPackages.id, planOffers.packageId))
      .innerJoin(orders, eq(orders.id, workPackages.orderId))
      .where(
        and(
          eq(planOffers.status, 'declined'),
          between(planOffers.workDate, plan.firstDay, addDays(plan.firstDay, plan.days - 1)),
          inArray(planOffers.workerId, db.select({ workerId: planWorkers.workerId }).from(planWorkers).where(eq(planWorkers.planId, planId))),
        ),
      )
      .orderBy(asc(planOffers.workDate), asc(orders.number), asc(workPackages.position)),
  ]);
  return { plan, workers, packages, assignments, declined };
}
