import { sql } from 'drizzle-orm';
import { can, type Actor } from '../auth/policy';
import type { Db } from '../db/client';
import { queryRows } from '../db/client';
import { todayInJapan } from '../features/availability/calendar';
import { mayOpenTask } from '../features/tasks/eligibility';
import type { storedFiles } from './schema';

export type DownloadableFile = Pick<typeof storedFiles.$inferSelect, 'orderId' | 'purpose' | 'submissionId'>;

/**
 * Who may download a stored file. Staff who manage orders, and the order's team leaders (its
 * reviewers), always. Instructions: also team members who may open the order's tasks — so
 * centre-only work's files only at the centre, NDA work's only with an NDA. Deliverables: also
 * the worker who handed them in (centre-only work's only at the centre), and the client's own
 * people once that work is accepted. Everyone else is answered "not found".
 */
export async function mayDownloadFile(db: Db, user: Actor, file: DownloadableFile, atCentre: boolean, now = new Date()): Promise<boolean> {
  if (can(user, 'orders.manage')) return true;
  const leads = sql`exists (select 1 from order_team_members member
    where member.order_id = orders.id and member.user_id = ${user.id} and member.role = 'leader')`;
  let rule;
  if (file.purpose === 'instructions') {
    const member = can(user, 'tasks.work') ? mayOpenTask({ workerId: user.id, atCentre }, todayInJapan(now)) : sql`false`;
    rule = sql`${leads} or ${member}`;
  } else {
    const submitter = sql`(submissions.worker_id = ${user.id} and (orders.confidentiality <> 'centre_only' or ${atCentre}))`;
    const client = can(user, 'portal.client')
      ? sql`(submissions.decision = 'accepted' and exists (select 1 from client_contacts contact
          where contact.client_id = orders.client_id and contact.user_id = ${user.id}))`
      : sql`false`;
    rule = sql`${leads} or ${submitter} or ${client}`;
  }
  // mayOpenTask speaks of a task of the order (tasks.order_id); the file's order stands in for one.
  const rows = await queryRows<{ allowed: boolean }>(
    db,
    sql`select (${rule}) as allowed
        from orders
        join (select ${file.orderId}::uuid as order_id) tasks on tasks.order_id = orders.id
        left join submissions on submissions.id = ${file.submissionId}
        where orders.id = ${file.orderId}`,
  );
  return rows[0]?.allowed === true;
}
