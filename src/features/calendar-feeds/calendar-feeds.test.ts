import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { users } from '../../auth/schema';
import { visibleText } from '../../testing/html';
import { useTestApp, type TestBrowser } from '../../testing/test-app';
import { addDays, todayInJapan } from '../availability/calendar';
import { spaces } from '../centre/schema';
import { createSite, createSpace } from '../centre/testing';
import { insertBooking } from './testing';

const test = useTestApp();

// X-WR-CALNAME is TEXT to the apps that read it (Apple, Google), so it is escaped; ical.js must be told.
(ICAL.design.icalendar.property as Record<string, { defaultType: string }>)['x-wr-calname'] = { defaultType: 'text' };

/** A moment in Japan time on a date counted from today. */
function japanTime(daysFromToday: number, time: string): Date {
  return new Date(`${addDays(todayInJapan(), daysFromToday)}T${time}:00+09:00`);
}

async function signedInAs(role: 'worker' | 'coordinator' | 'tenant' = 'worker'): Promise<{ id: string; displayName: string; browser: TestBrowser }> {
  const user = await test.createUser(role);
  const browser = test.browser();
  await browser.signIn(user.loginId);
  const [row] = await test.db.select({ displayName: users.displayName }).from(users).where(eq(users.id, user.id));
  return { id: user.id, displayName: row!.displayName, browser };
}

/** Makes a feed through the page and returns the path of the URL shown once. */
async function createFeed(browser: TestBrowser, action = '/me/calendar', fields: Record<string, string> = {}): Promise<string> {
  const response = await browser.post(action, fields);
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe('no-store');
  const url = /value="(http[^"]+\.ics)"/.exec(await response.text())?.[1];
  if (!url) throw new Error('no feed URL on the page');
  return new URL(url).pathname;
}

/** Fetches a feed as a calendar app would: no cookies. */
async function readFeed(path: string) {
  const response = await test.browser().get(path);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  const text = await response.text();
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component) => ({
    event: new ICAL.Event(component),
    status: component.getFirstPropertyValue('status'),
  }));
  return { text, calendar, events };
}

async function centreWithSpace() {
  const { siteId } = await createSite(test, { name: '立科町テレワークセンター', address: '長野県北佐久郡立科町大字芦田2602-1', building: '2F ふるさと交流館「芦田宿」' });
  const spaceId = await createSpace(test, siteId, { name: 'ブース 1, 窓側; 静か' });
  return { siteId, spaceId };
}

describe('a person’s feed', () => {
  it('holds their own bookings at the right times, with escaped text, and cancelled ones as cancelled', async () => {
    const { siteId, spaceId } = await centreWithSpace();
    const otherSite = (await createSite(test, { name: '別の拠点' })).siteId;
    const other = await createSpace(test, otherSite, { name: '共有ワークスペース', kind: 'shared', capacity: 20 });
    const me = await signedInAs();
    const someoneElse = await signedInAs();
    const note = '資料を印刷します, 10部; A4\\カラー\n午後は会議';
    const mine = await insertBooking(test, { spaceId, siteId, userId: me.id, startsAt: japanTime(1, '10:00'), endsAt: japanTime(1, '12:00'), note });
    const elsewhere = await insertBooking(test, { spaceId: other, siteId: otherSite, userId: me.id, startsAt: japanTime(3, '09:00'), endsAt: japanTime(3, '17:00'), exclusive: false });
    const cancelled = await insertBooking(test, { spaceId, siteId, userId: me.id, startsAt: japanTime(2, '13:00'), endsAt: japanTime(2, '14:00'), status: 'cancelled' });
    const cancelledLongAgo = await insertBooking(test, { spaceId, siteId, userId: me.id, startsAt: japanTime(-35, '10:00'), endsAt: japanTime(-35, '11:00'), status: 'cancelled', cancelledAt: japanTime(-40, '10:00') });
    const tooOld = await insertBooking(test, { spaceId, siteId, userId: me.id, startsAt: japanTime(-45, '10:00'), endsAt: japanTime(-45, '11:00') });
    const tooFar = await insertBooking(test, { spaceId, siteId, userId: me.id, startsAt: japanTime(400, '10:00'), endsAt: japanTime(400, '11:00') });
    const theirs = await insertBooking(test, { spaceId, siteId, userId: someoneElse.id, startsAt: japanTime(1, '13:00'), endsAt: japanTime(1, '15:00'), note: '他の人のメモ' });

    const { text, calendar, events } = await readFeed(await createFeed(me.browser));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('prodid')).toContain('Machiwork');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('町ワーク わたしの予約');

    const uids = events.map(({ event }) => event.uid.split('@')[0]);
    expect(uids).toEqual([mine, cancelled, elsewhere]);
    expect(uids).not.toContain(theirs);
    expect(uids).not.toContain(cancelledLongAgo);
    expect(uids).not.toContain(tooOld);
    expect(uids).not.toContain(tooFar);
    expect(text).not.toContain('他の人のメモ');
    expect(text).not.toContain(someoneElse.displayName);

    const [first, second, third] = events;
    expect(first!.event.uid).toBe(`${mine}@localhost`);
    expect(first!.event.startDate.toJSDate().toISOString()).toBe(japanTime(1, '10:00').toISOString());
    expect(text).toContain(`DTSTART:${addDays(todayInJapan(), 1).replace(/-/g, '')}T010000Z`);
    expect(first!.event.endDate.toJSDate().toISOString()).toBe(japanTime(1, '12:00').toISOString());
    expect(first!.event.summary).toBe('ブース 1, 窓側; 静か（立科町テレワークセンター）');
    expect(text.replace(/\r\n /g, '')).toContain('SUMMARY:ブース 1\\, 窓側\\; 静か（立科町テレワークセンター）');
    expect(first!.event.location).toBe('立科町テレワークセンター（長野県北佐久郡立科町大字芦田2602-1 2F ふるさと交流館「芦田宿」）');
    expect(first!.event.description).toBe(note);
    expect(first!.status).toBe('CONFIRMED');
    expect(first!.event.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
    expect(second!.status).toBe('CANCELLED');
    expect(third!.event.summary).toBe('共有ワークスペース（別の拠点）');

    // Every physical line is at most 75 octets, and unfolding gives back the long Japanese location.
    const lines = text.split('\r\n');
    expect(lines.every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(text.replace(/\r\n /g, '')).toContain('LOCATION:立科町テレワークセンター（長野県北佐久郡立科町大字芦田2602-1 2F ふるさと交流館「芦田宿」）');
  });

  it('is written in its owner’s language', async () => {
    const { siteId, spaceId } = await centreWithSpace();
    const me = await signedInAs();
    await test.db.update(users).set({ locale: 'en' }).where(eq(users.id, me.id));
    await insertBooking(test, { spaceId, siteId, userId: me.id, startsAt: japanTime(1, '10:00'), endsAt: japanTime(1, '11:00') });
    const { calendar, events } = await readFeed(await createFeed(me.browser));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Machiwork: my bookings');
    expect(events[0]!.event.summary).toBe('ブース 1, 窓側; 静か (立科町テレワークセンター)');
  });
});

describe('a space feed', () => {
  it('shows every booking of the space as busy, with no names or notes', async () => {
    const { siteId, spaceId } = await centreWithSpace();
    const otherSpace = await createSpace(test, siteId, { name: 'ブース 2' });
    const manager = await signedInAs('coordinator');
    const booker = await signedInAs('tenant');
    const booked = await insertBooking(test, { spaceId, siteId, userId: booker.id, startsAt: japanTime(1, '10:00'), endsAt: japanTime(1, '12:00'), note: '社外秘の打ち合わせ' });
    const cancelled = await insertBooking(test, { spaceId, siteId, userId: manager.id, startsAt: japanTime(1, '13:00'), endsAt: japanTime(1, '14:00'), status: 'cancelled' });
    await insertBooking(test, { spaceId: otherSpace, siteId, userId: booker.id, startsAt: japanTime(1, '10:00'), endsAt: japanTime(1, '12:00') });

    const { text, calendar, events } = await readFeed(await createFeed(manager.browser, '/me/calendar/spaces', { spaceId }));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('ブース 1, 窓側; 静か（立科町テレワークセンター）の予約状況');
    expect(events.map(({ event }) => event.uid.split('@')[0])).toEqual([booked, cancelled]);
    expect(events.map(({ event }) => event.summary)).toEqual(['予約あり', '予約あり']);
    expect(events.map(({ status }) => status)).toEqual(['CONFIRMED', 'CANCELLED']);
    for (const secret of [booker.displayName, manager.displayName, '社外秘', 'DESCRIPTION']) expect(text).not.toContain(secret);
  });

  it('asks again for a space when none or an unknown one is chosen', async () => {
    const manager = await signedInAs('coordinator');
    await centreWithSpace();
    for (const spaceId of ['', 'not-a-space', '00000000-0000-4000-8000-000000000000']) {
      const response = await manager.browser.post('/me/calendar/spaces', { spaceId });
      expect(response.status).toBe(400);
      expect(visibleText(await response.text())).toContain('スペース: スペースを選んでください。');
    }
  });

  it('cannot be made for a retired space, and stops when its owner no longer manages the centre', async () => {
    const { spaceId } = await centreWithSpace();
    const manager = await signedInAs('coordinator');
    const path = await createFeed(manager.browser, '/me/calendar/spaces', { spaceId });
    await test.db.update(spaces).set({ retiredAt: new Date() }).where(eq(spaces.id, spaceId));
    expect((await manager.browser.post('/me/calendar/spaces', { spaceId })).status).toBe(400);
    // A retired space's feed still shows its history.
    await readFeed(path);
    await test.db.update(users).set({ role: 'worker' }).where(eq(users.id, manager.id));
    expect((await test.browser().get(path)).status).toBe(404);
  });

  it('is offered only to those who manage the centre', async () => {
    await centreWithSpace();
    const worker = await signedInAs();
    expect(await (await worker.browser.get('/me/calendar')).text()).not.toContain('/me/calendar/spaces');
    const manager = await signedInAs('coordinator');
    expect(visibleText(await (await manager.browser.get('/me/calendar')).text())).toContain('立科町テレワークセンター ブース 1, 窓側; 静か');
  });
});

describe('secret URLs', () => {
  it('keep an older URL working after a new one is made, until it is revoked; then 404', async () => {
    const me = await signedInAs();
    const first = await createFeed(me.browser);
    const second = await createFeed(me.browser);
    expect(second).not.toBe(first);
    await readFeed(first);
    await readFeed(second);

    const page = visibleText(await (await me.browser.get('/me/calendar')).text());
    expect(page).toContain('使えるURL（2件）');
    expect(page).not.toContain(first.slice(10, 30));

    const [feed] = await test.db.query.calendarFeedTokens.findMany({ orderBy: (table, { asc }) => asc(table.createdAt) });
    const confirm = await me.browser.get(`/me/calendar/${feed!.id}/revoke`);
    expect(confirm.status).toBe(200);
    expect(visibleText(await confirm.text())).toContain('止めたURLは元に戻せません');
    const revoked = await me.browser.post(`/me/calendar/${feed!.id}/revoke`);
    expect(revoked.status).toBe(303);
    expect(revoked.headers.get('location')).toBe('/me/calendar?done=revoked');
    expect(visibleText(await (await me.browser.get('/me/calendar?done=revoked')).text())).toContain('URLを止めました。');

    // The first URL made is the one revoked; the second still works.
    expect((await test.browser().get(first)).status).toBe(404);
    await readFeed(second);
    // Revoking twice finds nothing to revoke.
    expect((await me.browser.post(`/me/calendar/${feed!.id}/revoke`)).status).toBe(404);
  });

  it('answer 404 for unknown and malformed tokens, and record when a feed was read', async () => {
    const me = await signedInAs();
    const path = await createFeed(me.browser);
    expect((await test.browser().get(`${path.slice(0, -5)}x.ics`)).status).toBe(404);
    expect((await test.browser().get(path.replace('.ics', ''))).status).toBe(404);
    expect((await test.browser().get('/calendar/short.ics')).status).toBe(404);
    const [before] = await test.db.query.calendarFeedTokens.findMany();
    expect(before!.lastUsedAt).toBeNull();
    await readFeed(path);
    const [after] = await test.db.query.calendarFeedTokens.findMany();
    expect(after!.lastUsedAt).not.toBeNull();
    // Only the hash is stored.
    expect(after!.tokenHash).not.toContain(path.slice(10, -4));
  });

  it('stop answering when the owner’s account is disabled', async () => {
    const me = await signedInAs();
    const path = await createFeed(me.browser);
    await test.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, me.id));
    expect((await test.browser().get(path)).status).toBe(404);
  });

  it('cannot be revoked or seen by anyone but their owner', async () => {
    const owner = await signedInAs();
    const path = await createFeed(owner.browser);
    const [feed] = await test.db.query.calendarFeedTokens.findMany();
    const intruder = await signedInAs('coordinator');
    expect((await intruder.browser.get(`/me/calendar/${feed!.id}/revoke`)).status).toBe(404);
    expect((await intruder.browser.post(`/me/calendar/${feed!.id}/revoke`)).status).toBe(404);
    expect(visibleText(await (await intruder.browser.get('/me/calendar')).text())).toContain('使えるURLはありません。');
    await readFeed(path);
  });
});
