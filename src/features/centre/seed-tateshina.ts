import type { Db } from '../../db/client';
import { addDays, todayInJapan } from '../availability/calendar';
import { operators, siteClosures, sites, spaceBookingRules, spaces, type SpaceKind } from './schema';
import { firstOpenDay, type SiteCalendarRules } from './site-closed-reason';

/** When the demo site closes: the new-year days and national holidays. */
export const tateshinaCalendar: SiteCalendarRules = { yearlyClosedFrom: '12-29', yearlyClosedTo: '01-03', closedOnHolidays: true };

/**
 * 立科町テレワークセンター as it is: the demo's operator, site and spaces, how each kind is booked
 * (booths by the half hour up to a working day, a month ahead; video-meeting booths up to four
 * hours with 15 minutes to air them after each booking; the shared and kids spaces by the half hour, two weeks ahead),
 * and an inspection day in the middle of next month.
 */
export async function seedTateshinaCentre(db: Db): Promise<void> {
  const [operator] = await db.insert(operators).values({ name: '一般社団法人立科町振興公社' }).returning();
  if (!operator) throw new Error('operator was not created');
  const [site] = await db
    .insert(sites)
    .values({
      operatorId: operator.id,
      name: '立科町テレワークセンター',
      address: '長野県北佐久郡立科町大字芦田2602-1',
      building: '2F ふるさと交流館「芦田宿」',
      opensAt: '09:00',
      closesAt: '17:00',
      ...tateshinaCalendar,
    })
    .returning();
  if (!site) throw new Error('site was not created');
  const numbered = (kind: SpaceKind, label: string, count: number, offset: number) =>
    Array.from({ length: count }, (_, index) => ({
      siteId: site.id,
      kind,
      name: `${label} ${index + 1}`,
      capacity: 1,
      sortOrder: offset + index,
    }));
  await db.insert(spaces).values([
    ...numbered('booth', 'サテライトオフィスブース', 4, 0),
    ...numbered('meeting_booth', 'TV会議用ブース', 4, 10),
    { siteId: site.id, kind: 'shared', name: '共有ワークスペース', capacity: 20, sortOrder: 20 },
    { siteId: site.id, kind: 'kids', name: '子連れワークスペース', capacity: 5, sortOrder: 30 },
  ]);
  await db.insert(spaceBookingRules).values([
    { siteId: site.id, kind: 'booth', unit: 'hour', stepMinutes: 30, minMinutes: 30, maxMinutes: 480, maxDaysAhead: 30, maxActivePerPerson: 10 },
    { siteId: site.id, kind: 'meeting_booth', unit: 'hour', stepMinutes: 30, minMinutes: 30, maxMinutes: 240, maxDaysAhead: 30, maxActivePerPerson: 5, bufferMinutes: 15 },
    { siteId: site.id, kind: 'shared', unit: 'hour', stepMinutes: 30, minMinutes: 30, maxMinutes: 480, maxDaysAhead: 14, maxActivePerPerson: 10 },
    { siteId: site.id, kind: 'kids', unit: 'hour', stepMinutes: 30, minMinutes: 30, maxMinutes: 480, maxDaysAhead: 14, maxActivePerPerson: 5 },
  ]);
  // The first open day from the 15th of next month, so the closure is not hidden behind a holiday.
  const today = todayInJapan();
  const inspection = firstOpenDay(site, [], `${addDays(`${today.slice(0, 7)}-28`, 7).slice(0, 7)}-15`);
  await db.insert(siteClosures).values({ siteId: site.id, date: inspection, reason: '設備点検のため臨時休館' });
}
