import { and, eq, isNull, sql } from 'drizzle-orm';
import { can, type Actor } from '../../auth/policy';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/client';
import { notify } from '../notifications/notify';
import { orders } from '../orders/schema';
import { termsNotices, type TermsNoticeResponse } from './schema';

/**
 * notFound: no such notice of this worker's · answered: they already answered it · wrongKind:
 * acknowledging changed terms, or agreeing to a plain notice · superseded: changed terms that a
 * newer change replaced (answer that one instead).
 */
export type RespondResult = { ok: true } | { ok: false; reason: 'notFound' | 'answered' | 'wrongKind' | 'superseded' };

/**
 * Records the worker's one answer to a notice: `acknowledged` (read it), or `agreed` / `refused`
 * for changed terms. One conditional update, so a second answer (another tab, a double click)
 * changes nothing. A refusal tells the order's leaders and the staff who changed the terms.
 */
export async function respondToTermsNotice(db: Db, workerId: string, noticeId: string, response: TermsNoticeResponse, now = new Date()): Promise<RespondResult> {
  const changeAnswer = response !== 'acknowledged';
  return db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const [answered] = await db
      .update(termsNotices)
      .set({ response, respondedAt: now })
      .where(
        and(
          eq(termsNotices.id, noticeId),
          eq(termsNotices.workerId, workerId),
          isNull(termsNotices.response),
          eq(termsNotices.requiresAgreement, changeAnswer),
          changeAnswer ? sql`not exists (select 1 from terms_notices newer where newer.supersedes_id = terms_notices.id)` : undefined,
        ),
      )
      .returning({ number: termsNotices.number, orderId: termsNotices.orderId, issuedBy: termsNotices.issuedBy });
    if (!answered) {
      const [own] = await db
        .select({ response: termsNotices.response, requiresAgreement: termsNotices.requiresAgreement })
        .from(termsNotices)
        .where(and(eq(termsNotices.id, noticeId), eq(termsNotices.workerId, workerId)));
      if (!own) return { ok: false, reason: 'notFound' } as const;
      if (own.response) return { ok: false, reason: 'answered' } as const;
      return { ok: false, reason: own.requiresAgreement === changeAnswer ? 'superseded' : 'wrongKind' } as const;
    }
    if (response === 'refused') await tellRefusal(db, workerId, answered, now);
    return { ok: true } as const;
  });
}

/** The order's leaders hear of a refusal on its progress page; the staff who changed the terms or run the order, on its notices. */
async function tellRefusal(db: Db, workerId: string, notice: { number: number; orderId: string; issuedBy: string | null }, now: Date) {
  const [order] = await db.select({ title: orders.title, createdBy: orders.createdBy }).from(orders).where(eq(orders.id, notice.orderId));
  const [worker] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, workerId));
  const leaders = await queryRows<{ userId: string }>(
    db,
    sql`select user_id as "userId" from order_team_members where order_id = ${notice.orderId} and role = 'leader'`,
  );
  const staff = await queryRows<Actor>(
    db,
    sql`select id, role from users where id in (${notice.issuedBy}, ${order?.createdBy ?? null}) and disabled_at is null`,
  );
  const params = { name: worker?.name ?? '', order: order?.title ?? '', number: notice.number };
  const staffIds = staff.filter((person) => can(person, 'orders.manage')).map((person) => person.id);
  await notify(db, staffIds, { key: 'notification.termsRefused', params, link: `/orders/${notice.orderId}/terms-notices` }, now);
  await notify(
    db,
    leaders.map((row) => row.userId).filter((id) => !staffIds.includes(id)),
    { key: 'notification.termsRefused', params, link: `/orders/${notice.orderId}/progress` },
    now,
  );
}
