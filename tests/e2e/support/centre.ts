import { addDays, todayInJapan } from '../../../src/features/availability/calendar';
import { instantAt } from '../../../src/features/bookings/booking-time';
import { tateshinaCalendar } from '../../../src/features/centre/seed-tateshina';
import { firstOpenDay } from '../../../src/features/centre/site-closed-reason';

/** The demo centre's next open day after today (Japan time). */
export const nextOpenDay = firstOpenDay(tateshinaCalendar, [], addDays(todayInJapan(), 1));

/**
 * 10:20 on that day: a server started then (`useE2E({ startsAt })`) has the centre open, so a test
 * can book today and check in, whenever the tests run.
 */
export const openMorning = instantAt(nextOpenDay, 10 * 60 + 20);
