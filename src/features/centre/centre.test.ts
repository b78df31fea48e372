import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../auth/schema';
import { visibleText } from '../../testing/html';
import { useTestApp } from '../../testing/test-app';
import { addDays, todayInJapan } from '../availability/calendar';
import { bookings } from '../bookings/schema';
import { listSpaces } from './list-spaces';
import { loadBookingRules } from './load-booking-rules';
import { siteClosures, sites, spaceBookingRules } from './schema';
import { seedTateshinaCentre } from './seed-tateshina';
import { siteClosedReason } from './site-closed-reason';
import { createSite, createSpace } from './testing';

const test = useTestApp();

/** The error shown next to a field, as the page says it. */
function fieldError(html: string, field: string): string | undefined {
  const match = new RegExp(`id="field-${field}-error"[^>]*>([^<]*)<`).exec(html);
  return match?.[1];
}

describe('sites', () => {
  it('adds a site from what people type (full-width digits, month-day with a slash) and lists it', async () => {
    const coordinator = await test.signedIn('coordinator');
    const form = await coordinator.get('/centre/sites/new');
    expect(form.status).toBe(200);
    const added = await coordinator.post('/centre/sites/new', {
      name: '蓼科湖サテライト',
      address: '長野県北佐久郡立科町芦田八ヶ野',
      building: '',
      opensAt: '８：３０',
      closesAt: '18時',
      yearlyClosedFrom: '１２/３０',
      yearlyClosedTo: '1月2日',
    });
    expect(added.status).toBe(303);
    const [site] = await test.db.select().from(sites);
    expect(site).toMatchObject({ name: '蓼科湖サテライト', building: null, opensAt: '08:30:00', closesAt: '18:00:00', yearlyClosedFrom: '12-30', yearlyClosedTo: '01-02', closedOnHolidays: false });
    expect(added.headers.get('location')).toBe(`/centre/sites/${site!.id}?done=added`);
    const list = visibleText(await (await coordinator.get('/centre/sites')).text());
    expect(list).toContain('蓼科湖サテライト');
    expect(list).toContain('8:30–18:00');
    expect(list).toContain('毎年 12/30〜1/2');
    expect(list).toContain('祝日も開館');
  });

  it('shows each problem next to its field and keeps the site as it was', async () => {
    const { siteId } = await createSite(test);
    const admin = await test.signedIn('admin');
    const response = await admin.post(`/centre/sites/${siteId}/edit`, {
      name: '',
      address: '長野県',
      opensAt: '17:00',
      closesAt: '９：００',
      yearlyClosedFrom: '02-30',
      yearlyClosedTo: '',
      closedOnHolidays: 'yes',
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(fieldError(html, 'name')).toBe('入力してください。');
    expect(fieldError(html, 'closesAt')).toBe('閉館時刻は開館時刻より後にしてください。');
    expect(fieldError(html, 'yearlyClosedFrom')).toBe('12-29 のように、ある月日を書いてください。');
    expect(html).toMatch(/id="field-closesAt"[^>]*value="９：００"/);
    const [site] = await test.db.select().from(sites).where(eq(sites.id, siteId));
    expect(site).toMatchObject({ name: 'テストセンター', opensAt: '09:00:00' });
  });

  it('asks for both ends of the yearly closure and accepts a site without one', async () => {
    const { siteId } = await createSite(test);
    const admin = await test.signedIn('admin');
    const half = await admin.post(`/centre/sites/${siteId}/edit`, { name: 'A', address: 'B', opensAt: '9:00', closesAt: '17:00', yearlyClosedFrom: '12-29', yearlyClosedTo: '' });
    expect(half.status).toBe(400);
    expect(fieldError(await half.text(), 'yearlyClosedTo')).toBe('毎年の休館は、始まりと終わりの両方を書いてください（なければ両方とも空欄）。');
    const none = await admin.post(`/centre/sites/${siteId}/edit`, { name: 'A', address: 'B', opensAt: '9:00', closesAt: '17:00', closedOnHolidays: 'yes' });
    expect(none.headers.get('location')).toBe(`/centre/sites/${siteId}?done=saved`);
    const [site] = await test.db.select().from(sites).where(eq(sites.id, siteId));
    expect(site).toMatchObject({ yearlyClosedFrom: null, yearlyClosedTo: null, closedOnHolidays: true });
  });

  it('is only for the centre staff', async () => {
    const { siteId } = await createSite(test);
    for (const role of ['worker', 'client', 'tenant', 'director'] as const) {
      const browser = await test.signedIn(role);
      expect((await browser.get('/centre/sites')).status).toBe(403);
      expect((await browser.post(`/centre/sites/${siteId}/edit`, { name: 'X', address: 'Y', opensAt: '9:00', closesAt: '10:00' })).status).toBe(403);
    }
    expect((await (await test.signedIn('admin')).get('/centre/sites/00000000-0000-4000-8000-00000000aaaa')).status).toBe(404);
  });
});

describe('spaces', () => {
  it('adds spaces, forcing exclusive kinds to one, and needs seats for a shared space', async () => {
    const { siteId } = await createSite(test);
    const admin = await test.signedIn('admin');
    expect((await admin.post(`/centre/sites/${siteId}/spaces/new`, { kind: 'meeting_booth', name: 'TV会議用ブース 1', capacity: '5' })).status).toBe(303);
    const missing = await admin.post(`/centre/sites/${siteId}/spaces/new`, { kind: 'shared', name: '共有ワークスペース', capacity: '' });
    expect(missing.status).toBe(400);
    expect(fieldError(await missing.text(), 'capacity')).toBe('入力してください。');
    const tooMany = await admin.post(`/centre/sites/${siteId}/spaces/new`, { kind: 'kids', name: '子連れ', capacity: '500' });
    expect(fieldError(await tooMany.text(), 'capacity')).toBe('定員は1〜100の整数で書いてください。');
    expect((await admin.post(`/centre/sites/${siteId}/spaces/new`, { kind: 'shared', name: '共有ワークスペース', capacity: '２０' })).status).toBe(303);
    expect((await listSpaces(test.db, siteId)).map(({ kind, capacity, sortOrder }) => ({ kind, capacity, sortOrder }))).toEqual([
      { kind: 'meeting_booth', capacity: 1, sortOrder: 0 },
      { kind: 'shared', capacity: 20, sortOrder: 1 },
    ]);
    const page = visibleText(await (await admin.get(`/centre/sites/${siteId}`)).text());
    expect(page).toContain('20席');
  });

  it('edits a space and moves it up and down the order', async () => {
    const { siteId } = await createSite(test);
    const first = await createSpace(test, siteId, { name: 'ブース 1', sortOrder: 0 });
    const second = await createSpace(test, siteId, { name: 'ブース 2', sortOrder: 0 });
    const third = await createSpace(test, siteId, { name: 'ブース 3', sortOrder: 5 });
    const admin = await test.signedIn('coordinator');
    expect((await admin.post(`/centre/sites/${siteId}/spaces/${third}/move`, { direction: 'up' })).status).toBe(303);
    expect((await listSpaces(test.db, siteId)).map((space) => space.id)).toEqual([first, third, second]);
    await admin.post(`/centre/sites/${siteId}/spaces/${first}/move`, { direction: 'down' });
    expect((await listSpaces(test.db, siteId)).map((space) => space.id)).toEqual([third, first, second]);
    const edited = await admin.post(`/centre/sites/${siteId}/spaces/${first}/edit`, { kind: 'meeting_room', name: '会議室', capacity: '' });
    expect(edited.status).toBe(303);
    expect((await listSpaces(test.db, siteId)).find((space) => space.id === first)).toMatchObject({ kind: 'meeting_room', name: '会議室', capacity: 1 });
    const other = await createSite(test);
    expect((await admin.get(`/centre/sites/${other.siteId}/spaces/${first}/edit`)).status).toBe(404);
  });

  it('refuses to retire a space with bookings ahead, listing them, and retires it once they are past', async () => {
    const { siteId } = await createSite(test);
    const spaceId = await createSpace(test, siteId, { name: 'ブース 1' });
    const booker = (await test.db.select().from(users).where(eq(users.id, (await test.createUser('worker')).id)))[0]!;
    const tomorrow = new Date(Date.now() + 86_400_000);
    const [booking] = await test.db
      .insert(bookings)
      .values({ spaceId, siteId, userId: booker.id, startsAt: tomorrow, endsAt: new Date(tomorrow.getTime() + 3_600_000), blockedUntil: new Date(tomorrow.getTime() + 3_600_000), exclusive: true })
      .returning();
    const admin = await test.signedIn('admin');
    const refused = await admin.post(`/centre/sites/${siteId}/spaces/${spaceId}/retire`);
    expect(refused.status).toBe(409);
    const text = visibleText(await refused.text());
    expect(text).toContain('ブース 1にはこれから先の予約が1件あるので、使用をやめられません。');
    expect(text).toContain(booker.displayName);

    await test.db.update(bookings).set({ status: 'cancelled', cancelledAt: new Date() }).where(eq(bookings.id, booking!.id));
    const retired = await admin.post(`/centre/sites/${siteId}/spaces/${spaceId}/retire`);
    expect(retired.headers.get('location')).toBe(`/centre/sites/${siteId}?done=spaceRetired`);
    const [space] = await listSpaces(test.db, siteId);
    expect(space!.retiredAt).not.toBeNull();
    // The space and its (cancelled) booking stay for history; it can no longer be edited.
    expect(await test.db.select().from(bookings)).toHaveLength(1);
    expect((await admin.get(`/centre/sites/${siteId}/spaces/${spaceId}/edit`)).status).toBe(404);
    expect(visibleText(await (await admin.get(`/centre/sites/${siteId}`)).text())).toContain('使用をやめた');
  });

  it('is only for the centre staff', async () => {
    const { siteId } = await createSite(test);
    const spaceId = await createSpace(test, siteId);
    const worker = await test.signedIn('worker');
    expect((await worker.post(`/centre/sites/${siteId}/spaces/new`, { kind: 'booth', name: 'X' })).status).toBe(403);
    expect((await worker.post(`/centre/sites/${siteId}/spaces/${spaceId}/retire`)).status).toBe(403);
    expect((await listSpaces(test.db, siteId))[0]!.retiredAt).toBeNull();
  });
});

describe('booking rules', () => {
  const rules = { unit: 'hour', stepMinutes: '30', minMinutes: '60', maxMinutes: '４８０', maxDaysAhead: '30', maxActivePerPerson: '5', bufferMinutes: '15' };

  it('shows the defaults until saved, then saves the rules for that kind only', async () => {
    const { siteId } = await createSite(test);
    const admin = await test.signedIn('admin');
    const form = await (await admin.get(`/centre/sites/${siteId}/rules/meeting_booth`)).text();
    expect(visibleText(form)).toContain('まだ決めていないので');
    expect(form).toMatch(/id="field-maxMinutes"[^>]*value="480"/);
    expect(form).toContain('清掃や入れ替えのため');
    const saved = await admin.post(`/centre/sites/${siteId}/rules/meeting_booth`, rules);
    expect(saved.headers.get('location')).toBe(`/centre/sites/${siteId}/rules/meeting_booth?done=saved`);
    expect(await loadBookingRules(test.db, siteId, 'meeting_booth')).toEqual({ unit: 'hour', stepMinutes: 30, minMinutes: 60, maxMinutes: 480, maxDaysAhead: 30, maxActivePerPerson: 5, bufferMinutes: 15, saved: true });
    expect((await loadBookingRules(test.db, siteId, 'booth')).saved).toBe(false);
    // Saving again changes the same row.
    await admin.post(`/centre/sites/${siteId}/rules/meeting_booth`, { ...rules, maxDaysAhead: '60' });
    expect(await test.db.select().from(spaceBookingRules)).toHaveLength(1);
    expect((await loadBookingRules(test.db, siteId, 'meeting_booth')).maxDaysAhead).toBe(60);
    // Shared spaces are told the buffer does not apply to them.
    expect(await (await admin.get(`/centre/sites/${siteId}/rules/shared`)).text()).toContain('空き時間が効くのは専用のスペース');
  });

  it('shows each problem next to its field', async () => {
    const { siteId } = await createSite(test);
    const admin = await test.signedIn('coordinator');
    const response = await admin.post(`/centre/sites/${siteId}/rules/booth`, { ...rules, minMinutes: '600', maxMinutes: '480', maxDaysAhead: '400', maxActivePerPerson: '0', bufferMinutes: '-5' });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(fieldError(html, 'maxDaysAhead')).toBe('0〜366の整数で書いてください。');
    expect(fieldError(html, 'maxActivePerPerson')).toBe('1〜100の整数で書いてください。');
    expect(fieldError(html, 'bufferMinutes')).toBe('0〜240の整数（分）で書いてください。');
    expect(fieldError(html, 'maxMinutes')).toBe('いちばん長い予約は、いちばん短い予約以上にしてください。');
    const offStep = await admin.post(`/centre/sites/${siteId}/rules/booth`, { ...rules, minMinutes: '45' });
    expect(fieldError(await offStep.text(), 'minMinutes')).toBe('刻みの倍数にしてください。');
    const oddStep = await admin.post(`/centre/sites/${siteId}/rules/booth`, { ...rules, stepMinutes: '45' });
    expect(fieldError(await oddStep.text(), 'stepMinutes')).toBe('刻みは15分、30分、60分から選んでください。');
    expect(await test.db.select().from(spaceBookingRules)).toEqual([]);
    expect((await admin.get(`/centre/sites/${siteId}/rules/sauna`)).status).toBe(404);
  });

  it('is only for the centre staff', async () => {
    const { siteId } = await createSite(test);
    const client = await test.signedIn('client');
    expect((await client.post(`/centre/sites/${siteId}/rules/booth`, rules)).status).toBe(403);
    expect(await test.db.select().from(spaceBookingRules)).toEqual([]);
  });
});

describe('closed days', () => {
  it('adds a closure, refuses the same day twice and a past day, and shows it with the holidays ahead', async () => {
    const { siteId } = await createSite(test);
    const admin = await test.signedIn('admin');
    const day = addDays(todayInJapan(), 10);
    const added = await admin.post(`/centre/sites/${siteId}/closures`, { date: day.replace(/-/g, '/'), reason: '設備点検' });
    expect(added.headers.get('location')).toBe(`/centre/sites/${siteId}/closures?done=added`);
    const again = await admin.post(`/centre/sites/${siteId}/closures`, { date: day, reason: '別の理由' });
    expect(again.status).toBe(409);
    expect(fieldError(await again.text(), 'date')).toBe('この日はもう臨時の休館日です。');
    const past = await admin.post(`/centre/sites/${siteId}/closures`, { date: addDays(todayInJapan(), -1), reason: '昨日' });
    expect(past.status).toBe(400);
    const pastHtml = await past.text();
    expect(fieldError(pastHtml, 'date')).toBe('今日か、それより後の日にしてください。');
    const missing = await admin.post(`/centre/sites/${siteId}/closures`, { date: '2026-02-30', reason: '' });
    const missingHtml = await missing.text();
    expect(fieldError(missingHtml, 'date')).toBe('2026-12-10 のように、ある日付を書いてください。');
    expect(fieldError(missingHtml, 'reason')).toBe('入力してください。');

    const page = visibleText(await (await admin.get(`/centre/sites/${siteId}/closures`)).text());
    expect(page).toContain('設備点検');
    // The coming months' calendar: about three months always hold a national holiday or the year end.
    expect(page).toMatch(/祝日（|年末年始などの毎年の休館/);
    expect(await test.db.select().from(siteClosures)).toHaveLength(1);
  });

  it('removes a future closure but keeps past ones', async () => {
    const { siteId } = await createSite(test);
    const [future, past] = await test.db
      .insert(siteClosures)
      .values([
        { siteId, date: addDays(todayInJapan(), 3), reason: '点検' },
        { siteId, date: addDays(todayInJapan(), -3), reason: '終わった点検' },
      ])
      .returning();
    const admin = await test.signedIn('admin');
    expect((await admin.post(`/centre/sites/${siteId}/closures/${past!.id}/delete`)).status).toBe(404);
    expect((await admin.post(`/centre/sites/${siteId}/closures/${future!.id}/delete`)).headers.get('location')).toBe(`/centre/sites/${siteId}/closures?done=removed`);
    expect((await test.db.select().from(siteClosures)).map((row) => row.reason)).toEqual(['終わった点検']);
  });

  it('is only for the centre staff', async () => {
    const { siteId } = await createSite(test);
    const worker = await test.signedIn('worker');
    expect((await worker.get(`/centre/sites/${siteId}/closures`)).status).toBe(403);
    expect((await worker.post(`/centre/sites/${siteId}/closures`, { date: addDays(todayInJapan(), 3), reason: '点検' })).status).toBe(403);
    expect(await test.db.select().from(siteClosures)).toEqual([]);
  });
});

describe('the Tateshina demo', () => {
  it('sets the booking rules of each kind of space there and a closed day next month', async () => {
    await seedTateshinaCentre(test.db);
    const [site] = await test.db.select().from(sites);
    expect(await loadBookingRules(test.db, site!.id, 'booth')).toMatchObject({ unit: 'hour', stepMinutes: 30, maxMinutes: 480, maxDaysAhead: 30, saved: true });
    expect(await loadBookingRules(test.db, site!.id, 'meeting_booth')).toMatchObject({ bufferMinutes: 15, saved: true });
    const [closure] = await test.db.select().from(siteClosures);
    expect(closure!.date.slice(0, 7)).toBe(addDays(`${todayInJapan().slice(0, 7)}-28`, 7).slice(0, 7));
    expect(siteClosedReason(site!, [], closure!.date)).toBeNull();
    const admin = await test.signedIn('admin');
    expect(visibleText(await (await admin.get(`/centre/sites/${site!.id}/closures`)).text())).toContain('設備点検のため臨時休館');
  });
});
