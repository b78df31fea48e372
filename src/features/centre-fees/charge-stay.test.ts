import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';
import { bookings } from '../bookings/schema';
import { createTestBooking, createTestCentre } from '../check-in/testing';
import { addTestGuestProfile } from '../guests/testing';
import { chargeStay, startedHours } from './charge-stay';
import { findCentreBill } from './find-centre-bill';
import { addStandardFeePlans } from './seed-fees';

const test = useTestApp();

const minute = 60_000;
// 10:00 in Japan.
const morning = new Date('2026-11-20T01:00:00Z');

describe('started hours', () => {
  it.each([
    [1, 1],
    [59, 1],
    [60, 1],
    [61, 2],
    [120, 2],
    [121, 3],
  ])('%i minutes are %i started hours', (minutes, hours) => {
    expect(startedHours(morning, new Date(morning.getTime() + minutes * minute))).toBe(hours);
  });
});

type Case = { name: string; plan: 'free' | 'hourly' | 'daily'; stays: number[]; charged: (number | 'none')[] };

const cases: Case[] = [
  { name: '0:59 is one hour', plan: 'hourly', stays: [59], charged: [200] },
  { name: '1:00 is one hour', plan: 'hourly', stays: [60], charged: [200] },
  { name: '1:01 is two hours', plan: 'hourly', stays: [61], charged: [400] },
  { name: 'a long day is capped at ¥1,000', plan: 'hourly', stays: [6 * 60], charged: [1_000] },
  { name: 'a second stay fills the cap and a third adds nothing', plan: 'hourly', stays: [4 * 60, 3 * 60, 60], charged: [800, 200, 'none'] },
  { name: 'a day is charged once', plan: 'daily', stays: [2 * 60, 60], charged: [1_000, 'none'] },
  { name: 'a resident pays nothing', plan: 'free', stays: [8 * 60], charged: ['none'] },
];

describe('charging a stay', () => {
  it.each(cases)('$name', async ({ plan, stays, charged }) => {
    const centre = await createTestCentre(test.db);
    const plans = await addStandardFeePlans(test.db, centre.site.id);
    const guest = await test.createUser('guest');
    await addTestGuestProfile(test.db, { userId: guest.id, feePlanId: plans[plan].id });
    let start = morning;
    const results: (number | 'none')[] = [];
    for (const minutes of stays) {
      const booking = await createTestBooking(test.db, { space: centre.shared, userId: guest.id, startsInMinutes: 0, minutes: 8 * 60, now: start });
      const out = new Date(start.getTime() + minutes * minute);
      await test.db.update(bookings).set({ checkedInAt: start, checkedOutAt: out }).where(eq(bookings.id, booking.id));
      const result = await chargeStay(test.db, booking.id);
      results.push(result === 'notCharged' ? 'none' : result.charged);
      // The next stay starts ten minutes after this one ended, the same day.
      start = new Date(out.getTime() + 10 * minute);
    }
    expect(results).toEqual(charged);
  });

  it('puts the stays on one open bill with a line each, and charges a booking once', async () => {
    const centre = await createTestCentre(test.db);
    const plans = await addStandardFeePlans(test.db, centre.site.id);
    const guest = await test.createUser('guest');
    await addTestGuestProfile(test.db, { userId: guest.id, feePlanId: plans.hourly.id });
    const booking = await createTestBooking(test.db, { space: centre.shared, userId: guest.id, startsInMinutes: 0, minutes: 180, now: morning });
    await test.db
      .update(bookings)
      .set({ checkedInAt: morning, checkedOutAt: new Date(morning.getTime() + 90 * minute) })
      .where(eq(bookings.id, booking.id));
    const first = await chargeStay(test.db, booking.id);
    expect(await chargeStay(test.db, booking.id)).toBe('notCharged');
    if (first === 'notCharged') throw new Error('expected a charge');
    const bill = await findCentreBill(test.db, first.billId);
    expect(bill?.bill.total).toBe(400);
    expect(bill?.charges.map((charge) => [charge.description, charge.quantity, charge.unitPrice, charge.amount])).toEqual([['ドロップイン 1時間 2時間（10:00〜11:30）', 2, 200, 400]]);
  });

  it('charges nobody without a guest profile', async () => {
    const centre = await createTestCentre(test.db);
    await addStandardFeePlans(test.db, centre.site.id);
    const worker = await test.createUser('worker');
    const booking = await createTestBooking(test.db, { space: centre.shared, userId: worker.id, startsInMinutes: 0, minutes: 180, now: morning });
    await test.db.update(bookings).set({ checkedInAt: morning, checkedOutAt: new Date(morning.getTime() + 90 * minute) }).where(eq(bookings.id, booking.id));
    expect(await chargeStay(test.db, booking.id)).toBe('notCharged');
  });
});
