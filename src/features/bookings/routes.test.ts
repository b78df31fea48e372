import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { TestBrowser, useTestApp } from '../../testing/test-app';
import { addDays, todayInJapan } from '../availability/calendar';
import { createSpace } from '../centre/testing';
import { bookings } from './schema';
import { createBookableSite, openTestDay, postBooking, setBookingRule } from './testing';

const test = useTestApp();


describe('booking pages', () => {
  it('shows the day grid, books a free time, and shows others only that it is booked', async () => {
    const site = await createBookableSite(test);
    const day = openTestDay();
    const worker = await test.signedIn('worker');
    const grid = await (await worker.get(`/centre?date=${day}`)).text();
    expect(grid).toContain('<caption>');
    expect(grid).toContain(`/centre/spaces/${site.booth}/book?date=${day}&amp;start=600`);
    expect(grid).toContain('空き3席');

    const booked = await postBooking(worker, site.booth, { date: day, start: '600', end: '660', note: '資料作成' });
    expect(booked.status).toBe(303);
    const page = await (await worker.get(booked.headers.get('location')!)).text();
    expect(page).toContain('予約しました。');
    expect(page).toContain('資料作成');

    const other = await test.signedIn('leader');
    const seen = await (await other.get(`/centre?date=${day}`)).text();
    expect(seen).toContain('予約済み');
    expect(seen).not.toContain('あなたの予約');
    expect(await (await other.get(booked.headers.get('location')!.split('?')[0]!)).status).toBe(404);
    expect(await (await worker.get(`/centre?date=${day}`)).text()).toContain('あなたの予約');
  });

  it('refuses a booth time already booked, saying so and linking what is free instead', async () => {
    const site = await createBookableSite(test);
    const day = openTestDay();
    const [first, second] = [await test.signedIn('worker'), await test.signedIn('worker')];
    expect((await postBooking(first, site.booth, { date: day, start: '600', end: '660' })).status).toBe(303);
    const refused = await postBooking(second, site.booth, { date: day, start: '600', end: '660' });
    expect(refused.status).toBe(409);
    const html = await refused.text();
    expect(html).toContain('その時間はもう予約が入っています。');
    expect(html).toContain(`/centre/spaces/${site.otherBooth}/book?date=${day}&amp;start=600&amp;end=660`);
    expect(html).toContain(`/centre/spaces/${site.booth}/book?date=${day}&amp;start=660&amp;end=720`);
  });

  it('puts form errors next to their fields and refuses a closed day with the reason', async () => {
    const site = await createBookableSite(test);
    const worker = await test.signedIn('worker');
    const bad = await postBooking(worker, site.booth, { date: '12月', start: '600', end: '660' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('日付を 2026-12-01 のように入れてください。');
    await setBookingRule(test, site.siteId, 'booth', { maxDaysAhead: 366 });
    const year = Number(todayInJapan().slice(0, 4));
    const closed = await postBooking(worker, site.booth, { date: `${year}-12-30`, start: '600', end: '660' });
    expect(closed.status).toBe(400);
    expect(await closed.text()).toContain('その日は予約できません。 年末年始の休館日です。');
  });

  it('books weekly, reporting each week it could not book', async () => {
    const site = await createBookableSite(test);
    const day = openTestDay();
    const [first, second] = [await test.signedIn('worker'), await test.signedIn('worker')];
    await postBooking(first, site.booth, { date: addDays(day, 7), start: '600', end: '660' });
    const weekly = await postBooking(second, site.booth, { date: day, start: '600', end: '660', repeat: 'yes', until: addDays(day, 14) });
    expect(weekly.status).toBe(200);
    const html = await weekly.text();
    expect(html).toContain('予約できなかった日（1日）');
    expect(html).toContain('その時間はもう予約が入っています。');
  });

  it('lets the owner open the check-in pass, change and cancel (with a confirmation) and lists it among their bookings', async () => {
    const site = await createBookableSite(test);
    const day = openTestDay();
    const worker = await test.signedIn('worker');
    const booked = await postBooking(worker, site.shared, { date: day, start: '600', end: '660', seats: '2' });
    const path = booked.headers.get('location')!.split('?')[0]!;
    expect(await (await worker.get(path)).text()).toContain(`href="${path}/check-in-pass"`);
    expect((await worker.get(`${path}/change`)).status).toBe(200);
    const changed = await worker.post(`${path}/change`, { date: day, start: '630', end: '690', seats: '1' });
    expect(changed.status).toBe(303);
    expect(await (await worker.get('/me/bookings')).text()).toContain('10:30');
    expect(await (await worker.get(`${path}/cancel`)).text()).toContain('予約を取り消しますか');
    expect((await worker.post(`${path}/cancel`)).headers.get('location')).toBe('/me/bookings?done=cancelled');
    const list = await (await worker.get('/me/bookings?done=cancelled')).text();
    expect(list).toContain('予約を取り消しました。');
    expect(list).toContain('取り消し');
  });

  it('books the kids space only within the parent’s own booking, asking each child’s age, one per child, and cancels it with the parent’s seat', async () => {
    const site = await createBookableSite(test);
    const kids = await createSpace(test, site.siteId, { kind: 'kids', name: 'キッズスペース', capacity: 5 });
    const day = openTestDay();
    const shared = await createSpace(test, site.siteId, { kind: 'shared', name: '共有席', capacity: 10 });
    const parent = await test.signedIn('worker');
    // Without the parent's own seat then, the kids space is refused, saying why.
    const alone = await postBooking(parent, kids, { date: day, start: '600', end: '660', seats: '2', childAges: '3、5' });
    expect(alone.status).toBe(400);
    expect(await alone.text()).toContain('保護者の方がその時間ずっとこのセンターのほかの席を予約しているとき');
    expect((await postBooking(parent, shared, { date: day, start: '570', end: '690' })).status).toBe(303);
    const missing = await postBooking(parent, kids, { date: day, start: '600', end: '660', seats: '2', childAges: '3' });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('年齢を、子どもの人数と同じ数だけ入れてください。');
    expect((await postBooking(parent, kids, { date: day, start: '600', end: '660', seats: '2', childAges: '３、５' })).status).toBe(303);
    const [row] = await test.db.select().from(bookings).where(eq(bookings.spaceId, kids));
    expect(row?.childAges).toEqual([3, 5]);
    // Cancelling the parent's seat cancels the children's booking that lay within it, and says so;
    // another person's seat at the same time covers nobody's children but their own.
    const [seat] = await test.db.select().from(bookings).where(eq(bookings.spaceId, shared));
    expect((await postBooking(await test.signedIn('leader'), shared, { date: day, start: '570', end: '690' })).status).toBe(303);
    const cancelled = await parent.post(`/centre/bookings/${seat!.id}/cancel`);
    expect(cancelled.headers.get('location')).toBe('/me/bookings?done=cancelledWithKids');
    expect(await (await parent.get('/me/bookings?done=cancelledWithKids')).text()).toContain('子連れワークスペースの予約も');
    const [kidsAfter] = await test.db.select().from(bookings).where(eq(bookings.spaceId, kids));
    expect(kidsAfter?.status).toBe('cancelled');
  });

  it('lets staff book for another person, who then finds it among their bookings; others cannot', async () => {
    const site = await createBookableSite(test);
    const day = openTestDay();
    const person = await test.createUser('worker');
    const staff = await test.signedIn('coordinator');
    expect(await (await staff.get(`/centre/spaces/${site.booth}/book?date=${day}&start=600`)).text()).toContain('予約する人');
    expect((await postBooking(staff, site.booth, { userId: person.id, date: day, start: '600', end: '660' })).status).toBe(303);
    const worker = await test.signedIn('worker');
    expect(await (await worker.get(`/centre/spaces/${site.booth}/book?date=${day}&start=600`)).text()).not.toContain('予約する人');
    const refused = await postBooking(worker, site.otherBooth, { userId: person.id, date: day, start: '600', end: '660' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('予約する人を一覧から選んでください。');
    const mine = new TestBrowser(test.app);
    await mine.signIn(person.loginId);
    expect(await (await mine.get('/me/bookings')).text()).toContain('ブース 1');
  });

  it('gives the last seat to exactly one of 30 people posting at once', { timeout: 120_000 }, async () => {
    const site = await createBookableSite(test, 1);
    const day = openTestDay();
    const browsers = await Promise.all(Array.from({ length: 30 }, () => test.signedIn('worker')));
    const responses = await Promise.all(browsers.map((browser) => postBooking(browser, site.shared, { date: day, start: '600', end: '660', seats: '1' })));
    expect(responses.filter((response) => response.status === 303)).toHaveLength(1);
    expect(responses.filter((response) => response.status === 409)).toHaveLength(29);
    expect(await responses.find((response) => response.status === 409)!.text()).toContain('その時間は席が足りません。');
  });
});
