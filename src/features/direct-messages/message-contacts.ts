import { and, asc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/policy';
import type { Role } from '../../auth/roles';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { orderTeamMembers } from '../orders/schema';

export type MessageContact = { id: string; displayName: string; role: Role };

/** People who work (and may be messaged by a coordinator, or message one). */
const workingRoles: Role[] = ['leader', 'worker', 'trainee'];

/**
 * Whom this person may send direct messages to (docs/direct-messages.md): a leader, worker or
 * trainee and any coordinator, both ways; and, on an order's team, its team leader
 * (order_team_members role 'leader') and the team's other members, both ways. Nobody else;
 * disabled accounts never. `onlyId` asks about one person (empty when not allowed).
 */
export async function listMessageContacts(db: Db, actor: Actor, onlyId?: string): Promise<MessageContact[]> {
  const sameTeamWithALeader = sql`exists (
    select 1 from ${orderTeamMembers} mine join ${orderTeamMembers} theirs on theirs.order_id = mine.order_id
    where mine.user_id = ${actor.id} and theirs.user_id = ${users.id} and (mine.role = 'leader' or theirs.role = 'leader')
  )`;
  const who =
    actor.role === 'coordinator'
      ? inArray(users.role, workingRoles)
      : workingRoles.includes(actor.role)
        ? or(eq(users.role, 'coordinator'), and(inArray(users.role, workingRoles), sameTeamWithALeader))
        : undefined;
  if (!who) return [];
  return db
    .select({ id: users.id, displayName: users.displayName, role: users.role })
    .from(users)
    .where(and(who, ne(users.id, actor.id), isNull(users.disabledAt), onlyId ? eq(users.id, onlyId) : undefined))
    .orderBy(asc(users.displayName));
}

/** The person, when this actor may message them; undefined otherwise (the page is then "not found"). */
export async function findMessageContact(db: Db, actor: Actor, otherId: string): Promise<MessageContact | undefined> {
  const [contact] = await listMessageContacts(db, actor, otherId);
  return contact;
}
