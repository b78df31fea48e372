import { sql } from 'drizzle-orm';
import type { Actor } from '../../auth/policy';
import { queryRows, type Db } from '../../db/client';
import { isTeamStaff } from './find-team-order';

export type TeamOrderRow = { id: string; title: string; latestPostAt: Date | null; posts: number };

/**
 * The team pages this person has: the orders whose team they are on; for staff also every order
 * with a team that is still running (not closed or lost). Latest activity first.
 */
export async function listTeamOrders(db: Db, actor: Actor): Promise<TeamOrderRow[]> {
  const mine = sql`exists (select 1 from order_team_members member where member.order_id = orders.id and member.user_id = ${actor.id})`;
  const running = isTeamStaff(actor)
    ? sql`(orders.status not in ('closed', 'lost') and exists (select 1 from order_team_members member where member.order_id = orders.id))`
    : sql`false`;
  const rows = await queryRows<{ id: string; title: string; latest_post_at: string | Date | null; posts: number }>(
    db,
    sql`select orders.id, orders.title, max(posts.posted_at) as latest_post_at, count(posts.id)::int as posts
        from orders
        left join thread_posts posts on posts.order_id = orders.id
        where ${mine} or ${running}
        group by orders.id, orders.title
        order by max(posts.posted_at) desc nulls last, orders.title`,
  );
  return rows.map((row) => ({ id: row.id, title: row.title, latestPostAt: row.latest_post_at === null ? null : new Date(row.latest_post_at), posts: row.posts }));
}
