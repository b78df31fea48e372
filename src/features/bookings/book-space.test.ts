import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';
import { siteClosures } from '../centre/schema';
import { bookSpace } from './book-space';
import { bookWeekly } from './book-weekly';
import { cancelBooking } from './cancel-booking';
import { changeBooking } from './change-booking';
import { bookings } from './schema';
import { createBookableSite, setBookingRule } from './testing';

const test = useTestApp();
// Tuesday 1 December 2026, 9:00 in Japan.
const now = new Date('2026-12-01T00:00:00Z');
const day = '2026-12-02';

async function worker() {
  const user = await test.createUser('worker');
  return { id: user.id, role: 'worker' as const };
}

describe('bookSpace', () => {
  it('books a booth on the grid and refuses an overlapping one with what is free instead', async () => {
    const site = await createBookableSite(test);
    const [first, second] = [await worker(), await worker()];
    const booked = await bookSpace(test.db, first, { spaceId: site.booth, userId: first.id, date: day, startMinute: 600, endMinute: 660, seats: 1 }, now);
    expect(booked).toMatchObject({ ok: true });
    const refused = await bookSpace(test.db, second, { spaceId: site.booth, userId: second.id, date: day, startMinute: 630, endMinute: 690, seats: 1 }, now);
    expect(refused).toEqual({
      ok: false,
      reason: 'taken',
      alternatives: { spaces: [{ id: site.otherBooth, name: 'ブース 2' }], starts: [540, 660, 690, 720] },
    });
  });

  it('says why a site is closed: a one-off closure, the yearly closure, a holiday', async () => {
    const site = await createBookableSite(test);
    const user = await worker();
    await test.db.insert(siteClosures).values({ siteId: site.siteId, date: day, reason: '設備点検' });
    const ask = (date: string) => bookSpace(test.db, user, { spaceId: site.booth, userId: user.id, date, startMinute: 600, endMinute: 660, seats: 1 }, now);
    expect(await ask(day)).toEqual({ ok: false, reason: 'closed', closed: { kind: 'closure', name: '設備点検' } });
    expect(await ask('2026-12-30')).toEqual({ ok: false, reason: 'closed', closed: { kind: 'yearly' } });
    await setBookingRule(test, site.siteId, 'booth', { maxDaysAhead: 60 });
    expect(await ask('2027-01-11')).toMatchObject({ ok: false, reason: 'closed', closed: { kind: 'holiday', name: '成人の日' } });
  });

  it('refuses times outside the hours, off the grid, too short, too long, past or too far ahead', async () => {
    const site = await createBookableSite(test);
    await setBookingRule(test, site.siteId, 'booth', { stepMinutes: 30, minMinutes: 60, maxMinutes: 120, maxDaysAhead: 7 });
    const user = await worker();
    const ask = (date: string, startMinute: number, endMinute: number) => bookSpace(test.db, user, { spaceId: site.booth, userId: user.id, date, startMinute, endMinute, seats: 1 }, now);
    expect(await ask(day, 480, 600)).toEqual({ ok: false, reason: 'outsideHours' });
    expect(await ask(day, 960, 1080)).toEqual({ ok: false, reason: 'outsideHours' });
    expect(await ask(day, 615, 675)).toEqual({ ok: false, reason: 'offGrid' });
    expect(await ask(day, 600, 630)).toEqual({ ok: false, reason: 'tooShort', minutes: 60 });
    expect(await ask(day, 600, 780)).toEqual({ ok: false, reason: 'tooLong', minutes: 120 });
    expect(await ask('2026-11-30', 600, 660)).toEqual({ ok: false, reason: 'past' });
    expect(await ask('2026-12-09', 600, 660)).toEqual({ ok: false, reason: 'tooFarAhead', days: 7 });
    expect(await ask('2026-12-08', 600, 660)).toMatchObject({ ok: true });
  });

  it('books a whole day when the kind is booked by the day', async () => {
    const site = await createBookableSite(test);
    await setBookingRule(test, site.siteId, 'booth', { unit: 'day' });
    const user = await worker();
    const booked = await bookSpace(test.db, user, { spaceId: site.booth, userId: user.id, date: day, seats: 1 }, now);
    expect(booked).toMatchObject({ ok: true });
    const [row] = await test.db.select().from(bookings);
    expect(row).toMatchObject({ startsAt: new Date('2026-12-02T00:00:00Z'), endsAt: new Date('2026-12-02T08:00:00Z') });
  });

  it('keeps the buffer after an exclusive booking free', async () => {
    const site = await createBookableSite(test);
    await setBookingRule(test, site.siteId, 'booth', { bufferMinutes: 30 });
    const [first, second] = [await worker(), await worker()];
    await bookSpace(test.db, first, { spaceId: site.booth, userId: first.id, date: day, startMinute: 600, endMinute: 660, seats: 1 }, now);
    expect(await bookSpace(test.db, second, { spaceId: site.booth, userId: second.id, date: day, startMinute: 660, endMinute: 720, seats: 1 }, now)).toMatchObject({ ok: false, reason: 'taken' });
    expect(await bookSpace(test.db, second, { spaceId: site.booth, userId: second.id, date: day, startMinute: 690, endMinute: 750, seats: 1 }, now)).toMatchObject({ ok: true });
  });

  it('holds a person to the limit of upcoming bookings of a kind', async () => {
    const site = await createBookableSite(test);
    await setBookingRule(test, site.siteId, 'booth', { maxActivePerPerson: 1 });
    const user = await worker();
    await bookSpace(test.db, user, { spaceId: site.booth, userId: user.id, date: day, startMinute: 600, endMinute: 660, seats: 1 }, now);
    expect(await bookSpace(test.db, user, { spaceId: site.otherBooth, userId: user.id, date: day, startMinute: 720, endMinute: 780, seats: 1 }, now)).toEqual({ ok: false, reason: 'limitReached', limit: 1 });
    expect(await bookSpace(test.db, user, { spaceId: site.shared, userId: user.id, date: day, startMinute: 720, endMinute: 780, seats: 1 }, now)).toMatchObject({ ok: true });
  });

  it('counts seats of a shared space at every moment and refuses more than its capacity', async () => {
    const site = await createBookableSite(test, 2);
    const [a, b, c] = [await worker(), await worker(), await worker()];
    expect(await bookSpace(test.db, a, { spaceId: site.shared, userId: a.id, date: day, startMinute: 540, endMinute: 600, seats: 3 }, now)).toEqual({ ok: false, reason: 'overCapacity' });
    await bookSpace(test.db, a, { spaceId: site.shared, userId: a.id, date: day, startMinute: 540, endMinute: 600, seats: 1 }, now);
    await bookSpace(test.db, b, { spaceId: site.shared, userId: b.id, date: day, startMinute: 600, endMinute: 660, seats: 1 }, now);
    // a and b never overlap, so one seat stays free all the time from 9:00 to 11:00.
    expect(await bookSpace(test.db, c, { spaceId: site.shared, userId: c.id, date: day, startMinute: 540, endMinute: 660, seats: 1 }, now)).toMatchObject({ ok: true });
    expect(await bookSpace(test.db, a, { spaceId: site.shared, userId: a.id, date: day, startMinute: 570, endMinute: 600, seats: 1 }, now)).toMatchObject({ ok: false, reason: 'full', alternatives: { spaces: [] } });
  });

  it('lets only the owner or centre staff book for someone else', async () => {
    const site = await createBookableSite(test);
    const [user, other] = [await worker(), await worker()];
    const staff = await test.createUser('coordinator');
    expect(await bookSpace(test.db, other, { spaceId: site.booth, userId: user.id, date: day, startMinute: 600, endMinute: 660, seats: 1 }, now)).toEqual({ ok: false, reason: 'notFound' });
    expect(await bookSpace(test.db, { id: staff.id, role: 'coordinator' }, { spaceId: site.booth, userId: user.id, date: day, startMinute: 600, endMinute: 660, seats: 1 }, now)).toMatchObject({ ok: true });
    const [row] = await test.db.select().from(bookings);
    expect(row).toMatchObject({ userId: user.id, bookedBy: staff.id });
  });
});

describe('changeBooking and cancelBooking', () => {
  it('moves a booking under the same rules, not counting itself, and leaves it as it was when refused', async () => {
    const site = await createBookableSite(test);
    const [user, other] = [await worker(), await worker()];
    const mine = await bookSpace(test.db, user, { spaceId: site.booth, userId: user.id, date: day, startMinute: 600, endMinute: 660, seats: 1 }, now);
    await bookSpace(test.db, other, { spaceId: site.booth, userId: other.id, date: day, startMinute: 720, endMinute: 780, seats: 1 }, now);
    const id = mine.ok ? mine.bookingId : '';
    expect(await changeBooking(test.db, user, id, { spaceId: site.booth, date: day, startMinute: 630, endMinute: 690, seats: 1 }, now)).toEqual({ ok: true, kidsCancelled: 0 });
    expect(await changeBooking(test.db, user, id, { spaceId: site.booth, date: day, startMinute: 690, endMinute: 750, seats: 1 }, now)).toMatchObject({ ok: false, reason: 'taken' });
    expect(await changeBooking(test.db, other, id, { spaceId: site.booth, date: day, startMinute: 540, endMinute: 600, seats: 1 }, now)).toEqual({ ok: false, reason: 'notFound' });
    const [row] = await test.db.select().from(bookings).where(eq(bookings.id, id));
    expect(row).toMatchObject({ startsAt: new Date('2026-12-02T01:30:00Z'), endsAt: new Date('2026-12-02T02:30:00Z') });
  });

  it('cancels once, by the owner or staff only, and frees the time', async () => {
    const site = await createBookableSite(test);
    const [user, other] = [await worker(), await worker()];
    const mine = await bookSpace(test.db, user, { spaceId: site.booth, userId: user.id, date: day, startMinute: 600, endMinute: 660, seats: 1 }, now);
    const id = mine.ok ? mine.bookingId : '';
    expect(await cancelBooking(test.db, other, id, now)).toEqual({ ok: false, reason: 'notFound' });
    const twice = await Promise.all([cancelBooking(test.db, user, id, now), cancelBooking(test.db, user, id, now)]);
    expect(twice.filter((result) => result.ok)).toHaveLength(1);
    expect(await bookSpace(test.db, other, { spaceId: site.booth, userId: other.id, date: day, startMinute: 600, endMinute: 660, seats: 1 }, now)).toMatchObject({ ok: true });
  });
});

describe('bookWeekly', () => {
  it('books every week it can and reports each week it cannot, with the reason', async () => {
    const site = await createBookableSite(test);
    await setBookingRule(test, site.siteId, 'booth', { maxDaysAhead: 60 });
    const [user, other] = [await worker(), await worker()];
    await bookSpace(test.db, other, { spaceId: site.booth, userId: other.id, date: '2026-12-09', startMinute: 600, endMinute: 660, seats: 1 }, now);
    const result = await bookWeekly(test.db, user, { spaceId: site.booth, userId: user.id, date: day, startMinute: 600, endMinute: 660, seats: 1 }, '2027-01-06', now);
    expect(result.booked.map((item) => item.date)).toEqual(['2026-12-02', '2026-12-16', '2026-12-23', '2027-01-06']);
    expect(result.refused.map((item) => [item.date, item.refusal.reason])).toEqual([
      ['2026-12-09', 'taken'],
      ['2026-12-30', 'closed'],
    ]);
    const rows = await test.db.select().from(bookings).where(and(eq(bookings.userId, user.id), eq(bookings.seriesId, result.seriesId!)));
    expect(rows).toHaveLength(4);
  });
});
