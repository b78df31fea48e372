import { desc, eq } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { plans } from './schema';

export type PlanListItem = Pick<typeof plans.$inferSelect, 'id' | 'firstDay' | 'days' | 'status' | 'createdAt' | 'publishedAt' | 'summary'> & {
  createdByName: string | null;
};

/** A plan as lists and the preview show it (select from plans left-joined to its author). */
export const planColumns = {
  id: plans.id,
  firstDay: plans.firstDay,
  days: plans.days,
  status: plans.status,
  createdAt: plans.createdAt,
  publishedAt: plans.publishedAt,
  summary: plans.summary,
  createdByName: users.displayName,
};

/** The most recent plans, newest first, for the planner's start page. */
export async function listPlans(db: Db, limit = 20): Promise<PlanListItem[]> {
  return db
    .select(planColumns)
    .from(plans)
    .leftJoin(users, eq(users.id, plans.createdBy))
    .orderBy(desc(plans.createdAt), desc(plans.id))
    .limit(limit);
}
