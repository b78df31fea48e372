import { asc, inArray } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { addDays, todayInJapan, type BusinessDate } from '../availability/calendar';
import { spaces } from '../centre/schema';
import { tateshinaCalendar } from '../centre/seed-tateshina';
import { firstOpenDay } from '../centre/site-closed-reason';
import { instantAt } from './booking-time';
import { bookings } from './schema';

/** The day the demo director holds booth 1 from 9:30 to 11:30: the first open day from three days after `today`. */
export const directorBoothDay = (today: BusinessDate): BusinessDate => firstOpenDay(tateshinaCalendar, [], addDays(today, 3));

/**
 * Demo bookings of the booths today and in the next days, so the day and week grids show booked
 * times beside free ones: the director and the tenant today, the trainee and the worker later in
 * the week. Booths only: check-in's demo uses
 * the shared and kids spaces.
 */
export async function seedDemoBookings(db: Db, now = new Date()): Promise<void> {
  const people = await db.select({ id: users.id, loginId: users.loginId }).from(users).where(inArray(users.loginId, ['director', 'tenant', 'trainee', 'worker']));
  const id = (loginId: string) => people.find((person) => person.loginId === loginId)?.id;
  const booths = await db.select().from(spaces).where(inArray(spaces.kind, ['booth', 'meeting_booth'])).orderBy(asc(spaces.sortOrder));
  const booth = booths.filter((space) => space.kind === 'booth');
  const meetingBooth = booths.find((space) => space.kind === 'meeting_booth');
  const today = todayInJapan(now);
  const plan: [string | undefined, (typeof booths)[number] | undefined, BusinessDate, number, number][] = [
    [id('director'), booth[0], today, 600, 720],
    [id('tenant'), meetingBooth, today, 780, 840],
    [id('trainee'), booth[1], addDays(today, 1), 540, 720],
    [id('worker'), booth[0], addDays(today, 2), 840, 960],
    [id('director'), booth[0], directorBoothDay(today), 570, 690],
  ];
  const rows = plan.flatMap(([userId, space, date, start, end]) => {
    if (!userId || !space) return [];
    const endsAt = instantAt(date, end);
    return [{ spaceId: space.id, siteId: space.siteId, userId, bookedBy: userId, startsAt: instantAt(date, start), endsAt, blockedUntil: endsAt, exclusive: true }];
  });
  if (rows.length > 0) await db.insert(bookings).values(rows);
}
