import { and, eq, isNull, sql } from 'drizzle-orm';
import { users } from '../../auth/schema';
import { can } from '../../auth/policy';
import type { Db } from '../../db/client';
import { todayInJapan } from '../availability/calendar';
import { clients } from '../clients/schema';
import { notify } from '../notifications/notify';
import { createInquiry } from '../orders/create-inquiry';
import { orders, orderStatusChanges } from '../orders/schema';

export type ClientInquiry = { title: string; inquiry: string | null; deliveryDate: string | null };

/** The advisory lock class for inquiries sent with an idempotency key (the key's hash is the second half). */
const inquiryKeyLock = 7120011;

/**
 * The first status line of an inquiry sent through the API: it tells staff where the inquiry came
 * from, and with a key it is how a repeated call finds the inquiry it already made (there is no
 * column of its own for the key).
 */
const apiNote = (idempotencyKey: string | null) => (idempotencyKey ? `APIで受付（Idempotency-Key: ${idempotencyKey}）` : 'APIで受付');

/**
 * A client's own system sends an inquiry (API): it becomes an order in status 'inquiry' for that
 * client, received today, exactly as staff register one from a phone call, and the staff who
 * manage orders hear of it so they can quote. The desired delivery date is kept as the order's
 * delivery date, which staff confirm or change with the terms. With an idempotency key, the same
 * key from the same client again answers the inquiry it made first (a lock held to the end of the
 * transaction keeps two at once from both creating one).
 */
export async function sendClientInquiry(
  db: Db,
  clientId: string,
  input: ClientInquiry,
  idempotencyKey: string | null = null,
  now = new Date(),
): Promise<{ id: string; repeated: boolean }> {
  return db.transaction(async (tx) => {
    const note = apiNote(idempotencyKey);
    if (idempotencyKey) {
      await tx.execute(sql`select pg_advisory_xact_lock(${inquiryKeyLock}, hashtext(${`${clientId}:${idempotencyKey}`}))`);
      const [first] = await tx
        .select({ id: orders.id })
        .from(orderStatusChanges)
        .innerJoin(orders, eq(orders.id, orderStatusChanges.orderId))
        .where(and(eq(orders.clientId, clientId), isNull(orderStatusChanges.fromStatus), eq(orderStatusChanges.note, note)));
      if (first) return { id: first.id, repeated: true };
    }
    const id = await createInquiry(tx, null, { clientId, title: input.title, inquiry: input.inquiry, receivedOn: todayInJapan(now), deliveryDate: input.deliveryDate }, note);
    const [client] = await tx.select({ name: clients.name }).from(clients).where(eq(clients.id, clientId));
    const people = await tx.select({ id: users.id, role: users.role }).from(users).where(isNull(users.disabledAt));
    const staff = people.filter((person) => can(person, 'orders.manage')).map((person) => person.id);
    await notify(tx, staff, { key: 'notification.clientInquiry', params: { client: client?.name ?? '', title: input.title }, link: `/orders/${id}` }, now);
    return { id, repeated: false };
  });
}
