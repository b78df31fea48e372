import type { TestBrowser, TestContext } from '../../testing/test-app';
import { addDays, todayInJapan } from '../availability/calendar';
import { tateshinaCalendar } from '../centre/seed-tateshina';
import { firstOpenDay } from '../centre/site-closed-reason';
import { createSite, createSpace } from '../centre/testing';
import { spaceBookingRules } from '../centre/schema';

/** For tests: a site (9:00–17:00) with two booths and a shared space of `sharedSeats` seats. */
export async function createBookableSite(test: TestContext, sharedSeats = 3) {
  const { siteId } = await createSite(test);
  const booth = await createSpace(test, siteId, { name: 'ブース 1', sortOrder: 1 });
  const otherBooth = await createSpace(test, siteId, { name: 'ブース 2', sortOrder: 2 });
  const shared = await createSpace(test, siteId, { kind: 'shared', name: '共有スペース', capacity: sharedSeats, sortOrder: 3 });
  return { siteId, booth, otherBooth, shared };
}

/** For tests: sets the booking rule of a kind at a site. */
export async function setBookingRule(test: TestContext, siteId: string, kind: (typeof spaceBookingRules.$inferInsert)['kind'], rule: Partial<typeof spaceBookingRules.$inferInsert>) {
  await test.db.insert(spaceBookingRules).values({ siteId, kind, ...rule }).onConflictDoUpdate({ target: [spaceBookingRules.siteId, spaceBookingRules.kind], set: rule });
}

/** For tests: a day soon (two days ahead or later) on which a site closed on holidays and over the new year is open. */
export const openTestDay = () => firstOpenDay(tateshinaCalendar, [], addDays(todayInJapan(), 2));

/** For tests: posts the booking form of a space. */
export const postBooking = (browser: TestBrowser, spaceId: string, fields: Record<string, string>) => browser.post(`/centre/spaces/${spaceId}/book`, fields);
