import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { translator } from '../../ui/i18n';
import { todayInJapan } from '../availability/calendar';
import { bookings } from '../bookings/schema';
import { formatClock } from '../check-in/pages';
import { guestProfiles } from '../guests/schema';
import { addCentreCharge } from './add-centre-charge';
import { centreBillCharges, centreBills, feePlans } from './schema';

export type ChargeStayResult = { charged: number; billId: string } | 'notCharged';

const hourMs = 60 * 60 * 1000;

/** Started hours of a stay: 0:59 and 1:00 are one hour, 1:01 is two; a stay always starts its first hour. */
export function startedHours(checkedInAt: Date, checkedOutAt: Date): number {
  return Math.max(1, Math.ceil((checkedOutAt.getTime() - checkedInAt.getTime()) / hourMs));
}

/**
 * Charges a checked-out stay of a guest to their open bill by their fee plan: hourly by the
 * started hour, no more in one day than the plan's daily cap; daily once a day; free (and a
 * monthly plan, which is for tenants' contracts) nothing. People without a guest profile are not
 * charged. The guest's profile row is locked first, so two of their stays checked out at once
 * are charged one after the other and the cap and the once-a-day rule hold.
 */
export async function chargeStay(db: Db, bookingId: string): Promise<ChargeStayResult> {
  const [stay] = await db
    .select({
      userId: bookings.userId,
      siteId: bookings.siteId,
      checkedInAt: bookings.checkedInAt,
      checkedOutAt: bookings.checkedOutAt,
      feePlanId: guestProfiles.feePlanId,
    })
    .from(bookings)
    .innerJoin(guestProfiles, eq(guestProfiles.userId, bookings.userId))
    .where(and(eq(bookings.id, bookingId), isNotNull(bookings.checkedInAt), isNotNull(bookings.checkedOutAt)))
    .for('update', { of: guestProfiles });
  if (!stay?.checkedInAt || !stay.checkedOutAt || !stay.feePlanId) return 'notCharged';
  const [plan] = await db.select().from(feePlans).where(eq(feePlans.id, stay.feePlanId));
  if (!plan || (plan.kind !== 'hourly' && plan.kind !== 'daily') || plan.price === 0) return 'notCharged';

  const day = todayInJapan(stay.checkedInAt);
  // What this guest was already charged for stays that day by plans of this kind.
  const [earlier] = await db
    .select({ count: sql<number>`count(*)::int`, amount: sql<number>`coalesce(sum(${centreBillCharges.amount}), 0)::int` })
    .from(centreBillCharges)
    .innerJoin(centreBills, eq(centreBills.id, centreBillCharges.billId))
    .innerJoin(feePlans, eq(feePlans.id, centreBillCharges.feePlanId))
    .where(
      and(
        eq(centreBills.payerUserId, stay.userId),
        eq(centreBillCharges.chargedOn, day),
        isNotNull(centreBillCharges.bookingId),
        eq(feePlans.kind, plan.kind),
      ),
    );
  const t = translator('ja');
  const time = { from: formatClock(stay.checkedInAt, 'ja'), to: formatClock(stay.checkedOutAt, 'ja') };
  let charge: { quantity: number; amount: number; description: string };
  if (plan.kind === 'daily') {
    if ((earlier?.count ?? 0) > 0) return 'notCharged';
    charge = { quantity: 1, amount: plan.price, description: t('fees.charge.daily', { plan: plan.name, ...time }) };
  } else {
    const hours = startedHours(stay.checkedInAt, stay.checkedOutAt);
    const full = hours * plan.price;
    const amount = plan.dailyCap === null ? full : Math.min(full, Math.max(0, plan.dailyCap - (earlier?.amount ?? 0)));
    if (amount === 0) return 'notCharged';
    const key = amount < full ? 'fees.charge.hourlyCapped' : 'fees.charge.hourly';
    charge = { quantity: hours, amount, description: t(key, { plan: plan.name, hours, ...time }) };
  }
  const added = await addCentreCharge(db, { userId: stay.userId }, { siteId: stay.siteId, chargedOn: day, unitPrice: plan.price, feePlanId: plan.id, bookingId, ...charge });
  return added === 'alreadyCharged' ? 'notCharged' : { charged: charge.amount, billId: added.billId };
}
