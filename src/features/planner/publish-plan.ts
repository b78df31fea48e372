import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/client';
import { isUniqueViolation } from '../../db/unique-violation';
import { todayInJapan, type BusinessDate } from '../availability/calendar';
import { notify } from '../notifications/notify';
import { estimatedUnits } from './estimated-units';
import { planOffers, plans } from './schema';

export type PublishResult =
  | { ok: true; made: number; kept: number; withdrawn: number }
  /**
   * notFound: no such plan · notDraft: already published or superseded · outdated: workers
   * answered offers, or another plan was published, after this draft was made (plan again).
   */
  | { ok: false; reason: 'notFound' | 'notDraft' | 'outdated' };

/** Rolls the transaction back with the reason publishing cannot go on. */
class NotPublished extends Error {
  constructor(readonly reason: 'notDraft' | 'outdated') {
    super(reason);
  }
}

/** The advisory lock publishing holds for its transaction (the migration lock is 7120001). */
const publishLockKey = 7120005;

/** Rows per statement: far below PostgreSQL's 65,535 parameters. */
const batchSize = 1000;

type OfferMinutes = { workerId: string; packageId: string; workDate: BusinessDate; homeMinutes: number; centreMinutes: number };
const offerKey = (offer: OfferMinutes) => `${offer.workerId} ${offer.packageId} ${offer.workDate}`;
const sameMinutes = (a: OfferMinutes, b: OfferMinutes) => a.homeMinutes === b.homeMinutes && a.centreMinutes === b.centreMinutes;

/**
 * Publishes a draft: its new assignments from today on become offers, one per worker, package
 * and date (home and centre minutes together). The plan out before is superseded and its offers still open are
 * withdrawn — except one that is exactly the same as a new offer, which stays as it is. Each
 * worker with a new offer gets one notification. Accepted offers are never touched.
 */
export async function publishPlan(db: Db, planId: string, directorId: string, now = new Date()): Promise<PublishResult> {
  try {
    return await db.transaction(async (tx) => {
      const db = tx as unknown as Db;
      // One publish at a time, so two never lock the same open offers in a different order.
      await db.execute(sql`select pg_advisory_xact_lock(${publishLockKey})`);
      const [plan] = await queryRows<{ status: string }>(db, sql`select status from plans where id = ${planId} for update`);
      if (!plan) return { ok: false, reason: 'notFound' } as const;
      if (plan.status !== 'draft') throw new NotPublished('notDraft');

      const planned = await queryRows<OfferMinutes & { minutesPerUnit: number }>(
        db,
        sql`select assignment.worker_id as "workerId", assignment.package_id as "packageId", assignment.work_date::text as "workDate",
              coalesce(sum(assignment.minutes) filter (where assignment.location = 'home'), 0)::int as "homeMinutes",
              coalesce(sum(assignment.minutes) filter (where assignment.location = 'centre'), 0)::int as "centreMinutes",
              package.minutes_per_unit as "minutesPerUnit"
            from plan_assignments assignment
            join plan_packages package on package.plan_id = assignment.plan_id and package.package_id = assignment.package_id
            where assignment.plan_id = ${planId} and not assignment.fixed and assignment.work_date >= ${todayInJapan(now)}
            group by assignment.worker_id, assignment.package_id, assignment.work_date, package.minutes_per_unit`,
      );
      const wanted = new Map(planned.map((offer) => [offerKey(offer), offer]));

      // Open offers are locked first, so a worker answering one now either answered before (and
      // this draft is out of date) or finds it withdrawn.
      const open = await queryRows<OfferMinutes & { id: string }>(
        db,
        sql`select id, worker_id as "workerId", package_id as "packageId", work_date::text as "workDate",
              home_minutes as "homeMinutes", centre_minutes as "centreMinutes"
            from plan_offers where status = 'offered' for update`,
      );
      const kept = open.filter((offer) => {
        const same = wanted.get(offerKey(offer));
        return same !== undefined && sameMinutes(same, offer);
      });
      for (const offer of kept) wanted.delete(offerKey(offer));
      const withdrawn = open.filter((offer) => !kept.includes(offer)).map((offer) => offer.id);
      for (let start = 0; start < withdrawn.length; start += batchSize) {
        const batch = withdrawn.slice(start, start + batchSize);
        await db.execute(sql`update plan_offers set status = 'withdrawn', decided_at = ${now} where id in ${batch} and status = 'offered'`);
      }

      const [changed] = await queryRows<{ changed: boolean }>(
        db,
        sql`select exists (select 1 from plan_offers answered, plans draft
                where draft.id = ${planId} and answered.status in ('accepted', 'declined') and answered.decided_at > draft.created_at)
              or exists (select 1 from plans other, plans draft where draft.id = ${planId} and other.published_at > draft.created_at) as changed`,
      );
      if (changed?.changed) throw new NotPublished('outdated');

      await db.update(plans).set({ status: 'superseded' }).where(eq(plans.status, 'published'));
      const [published] = await db
        .update(plans)
        .set({ status: 'published', publishedAt: now, publishedBy: directorId })
        .where(and(eq(plans.id, planId), eq(plans.status, 'draft')))
        .returning({ id: plans.id });
      if (!published) throw new NotPublished('notDraft');

      const made = [...wanted.values()].map((offer) => ({
        planId,
        workerId: offer.workerId,
        packageId: offer.packageId,
        workDate: offer.workDate,
        homeMinutes: offer.homeMinutes,
        centreMinutes: offer.centreMinutes,
        minutes: offer.homeMinutes + offer.centreMinutes,
        estimatedUnits: estimatedUnits(offer.homeMinutes + offer.centreMinutes, offer.minutesPerUnit),
        offeredAt: now,
      }));
      for (let start = 0; start < made.length; start += batchSize) await db.insert(planOffers).values(made.slice(start, start + batchSize));

      const counts = new Map<string, number>();
      for (const offer of made) counts.set(offer.workerId, (counts.get(offer.workerId) ?? 0) + 1);
      for (const [workerId, count] of counts) {
        await notify(db, [workerId], { key: 'planner.notification.offers', params: { count }, link: '/me/offers' }, now);
      }
      return { ok: true, made: made.length, kept: kept.length, withdrawn: withdrawn.length } as const;
    });
  } catch (error) {
    if (error instanceof NotPublished) return { ok: false, reason: error.reason };
    // Another publish, or an answer to an offer, got in at the same moment.
    if (isUniqueViolation(error)) return { ok: false, reason: 'outdated' };
    throw error;
  }
}
