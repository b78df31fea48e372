import { and, asc, eq, gte, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { BusinessDate } from '../availability/calendar';
import { workPackages } from '../breakdown/schema';
import { orders } from '../orders/schema';
import { planOffers } from './schema';

export type WorkerOffer = Pick<
  typeof planOffers.$inferSelect,
  'id' | 'workDate' | 'homeMinutes' | 'centreMinutes' | 'minutes' | 'estimatedUnits' | 'status' | 'offeredAt'
> & { packageTitle: string; unitName: string; deadline: BusinessDate; orderNumber: number; orderTitle: string };

/**
 * A worker's offers from today on, open or accepted, on orders still running; by date, then
 * order and package. Declined and withdrawn offers are not shown again.
 */
export async function listWorkerOffers(db: Db, workerId: string, today: BusinessDate): Promise<WorkerOffer[]> {
  return db
    .select({
      id: planOffers.id,
      workDate: planOffers.workDate,
      homeMinutes: planOffers.homeMinutes,
      centreMinutes: planOffers.centreMinutes,
      minutes: planOffers.minutes,
      estimatedUnits: planOffers.estimatedUnits,
      status: planOffers.status,
      offeredAt: planOffers.offeredAt,
      packageTitle: workPackages.title,
      unitName: workPackages.unitName,
      deadline: workPackages.deadline,
      orderNumber: orders.number,
      orderTitle: orders.title,
    })
    .from(planOffers)
    .innerJoin(workPackages, eq(workPackages.id, planOffers.packageId))
    .innerJoin(orders, eq(orders.id, workPackages.orderId))
    .where(
      and(
        eq(planOffers.workerId, workerId),
        inArray(planOffers.status, ['offered', 'accepted']),
        gte(planOffers.workDate, today),
        inArray(orders.status, ['ordered', 'in_progress']),
      ),
    )
    .orderBy(asc(planOffers.workDate), asc(orders.number), asc(workPackages.position));
}
