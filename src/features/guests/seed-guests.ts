import { and, eq, inArray } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { addDays, todayInJapan } from '../availability/calendar';
import { bookings } from '../bookings/schema';
import { spaces } from '../centre/schema';
import { chargeStay } from '../centre-fees/charge-stay';
import { payCentreBill } from '../centre-fees/pay-centre-bill';
import { feePlans } from '../centre-fees/schema';
import { guestProfiles } from './schema';

/**
 * The demo guest (山田 ゲスト): a drop-in visitor from outside the town on the hourly plan, whose
 * identity the coordinator checked at their first visit a week ago, a three-hour stay that day
 * charged and paid at reception (receipt number 1), and nothing open now. Needs the demo fee plans.
 */
export async function seedDemoGuests(db: Db, now = new Date()): Promise<void> {
  const people = await db.select({ id: users.id, loginId: users.loginId }).from(users).where(inArray(users.loginId, ['guest', 'coordinator']));
  const guest = people.find((person) => person.loginId === 'guest');
  const coordinator = people.find((person) => person.loginId === 'coordinator');
  const [shared] = await db.select({ id: spaces.id, siteId: spaces.siteId }).from(spaces).where(eq(spaces.kind, 'shared')).limit(1);
  const [hourly] = shared ? await db.select({ id: feePlans.id }).from(feePlans).where(and(eq(feePlans.siteId, shared.siteId), eq(feePlans.kind, 'hourly'))).limit(1) : [];
  if (!guest || !coordinator || !shared || !hourly) return;
  const day = addDays(todayInJapan(now), -7);
  const at = (clock: string) => new Date(`${day}T${clock}:00+09:00`);
  await db.insert(guestProfiles).values({
    userId: guest.id,
    nameKana: 'ヤマダ ゲスト',
    phone: '090-1234-5678',
    address: '東京都千代田区丸の内1-1',
    isResident: false,
    purpose: 'drop_in',
    feePlanId: hourly.id,
    identityCheckedAt: at('09:55'),
    identityCheckedBy: coordinator.id,
    identityDocument: 'driver_licence',
    registeredAt: at('08:30'),
  });
  const [stay] = await db
    .insert(bookings)
    .values({
      spaceId: shared.id,
      siteId: shared.siteId,
      userId: guest.id,
      startsAt: at('10:00'),
      endsAt: at('13:00'),
      blockedUntil: at('13:00'),
      exclusive: false,
      checkedInAt: at('10:00'),
      checkedOutAt: at('12:50'),
    })
    .returning({ id: bookings.id });
  const charged = await chargeStay(db, stay!.id);
  if (charged !== 'notCharged') await payCentreBill(db, { billId: charged.billId, staffId: coordinator.id, method: 'cash', addressee: '山田 ゲスト', now: at('12:52') });
}
