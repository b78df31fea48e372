import { eq, isNull } from 'drizzle-orm';
import { users } from '../../auth/schema';
import { can } from '../../auth/policy';
import type { Db } from '../../db/client';
import { todayInJapan } from '../availability/calendar';
import { clients } from '../clients/schema';
import { notify } from '../notifications/notify';
import { createInquiry } from '../orders/create-inquiry';

export type ClientInquiry = { title: string; inquiry: string | null; deliveryDate: string | null };

/**
 * A client's own system sends an inquiry (API): it becomes an order in status 'inquiry' for that
 * client, received today, exactly as staff register one from a phone call, and the staff who
 * manage orders hear of it so they can quote. The desired delivery date is kept as the order's
 * delivery date, which staff confirm or change with the terms.
 */
export async function sendClientInquiry(db: Db, clientId: string, input: ClientInquiry, now = new Date()): Promise<string> {
  return db.transaction(async (tx) => {
    const id = await createInquiry(tx, null, { clientId, title: input.title, inquiry: input.inquiry, receivedOn: todayInJapan(now), deliveryDate: input.deliveryDate });
    const [client] = await tx.select({ name: clients.name }).from(clients).where(eq(clients.id, clientId));
    const people = await tx.select({ id: users.id, role: users.role }).from(users).where(isNull(users.disabledAt));
    const staff = people.filter((person) => can(person, 'orders.manage')).map((person) => person.id);
    await notify(tx, staff, { key: 'notification.clientInquiry', params: { client: client?.name ?? '', title: input.title }, link: `/orders/${id}` }, now);
    return id;
  });
}
