import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/client';

export type OfferCandidate = { id: string; name: string; skills: string[] };

/**
 * The order's team with their skills, to choose whom to offer a task (each task's list keeps
 * those with its skills); `offerTask` checks the rest (an NDA for NDA work) when it is sent.
 */
export async function listOfferCandidates(db: Db, orderId: string): Promise<OfferCandidate[]> {
  return queryRows<OfferCandidate>(
    db,
    sql`select users.id, users.display_name as name,
          coalesce((select array_agg(skill.skill) from worker_skills skill where skill.user_id = users.id), '{}'::text[]) as skills
        from order_team_members member
        join users on users.id = member.user_id
        where member.order_id = ${orderId}
        order by users.display_name`,
  );
}
