import { eq } from 'drizzle-orm';
import type { TestContext } from '../../testing/test-app';
import { weekdays } from '../availability/calendar';
import { slotMinutes } from '../availability/expand';
import { availabilitySlots } from '../availability/schema';
import { workPackages } from '../breakdown/schema';
import type { WorkLocation } from '../workers/vocabulary';

/** For tests: the worker offers these hours (minutes of the day, end excluded) every day of the week. */
export async function offerEveryDay(test: TestContext, userId: string, hours: { start: number; end: number; location: WorkLocation }): Promise<void> {
  const rows = weekdays.flatMap((weekday) =>
    Array.from({ length: (hours.end - hours.start) / slotMinutes }, (_, index) => ({ userId, weekday, startMinute: hours.start + index * slotMinutes, location: hours.location })),
  );
  await test.db.insert(availabilitySlots).values(rows);
}

/** For tests: names a work package (createTasks calls every package 入力). */
export async function renamePackage(test: TestContext, packageId: string, title: string): Promise<void> {
  await test.db.update(workPackages).set({ title }).where(eq(workPackages.id, packageId));
}
