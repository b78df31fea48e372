import { eq } from 'drizzle-orm';
import type { TestContext } from '../../testing/test-app';
import type { BusinessDate } from '../availability/calendar';
import { tasks, workPackages } from '../breakdown/schema';
import { submissions, workLogEntries } from '../tasks/schema';

/**
 * For tests: the worker handed the task in and it was accepted on `inspectedOn` (検収日), with
 * `minutes` logged on it that day when given; returns the submission id.
 */
export async function acceptWork(
  test: TestContext,
  taskId: string,
  workerId: string,
  settings: { inspectedOn: BusinessDate; units?: number; minutes?: number },
): Promise<string> {
  const { inspectedOn, units = 50, minutes } = settings;
  if (minutes !== undefined) await test.db.insert(workLogEntries).values({ taskId, workerId, workedOn: inspectedOn, minutes, units });
  await test.db.update(tasks).set({ status: 'accepted', acceptedOn: inspectedOn }).where(eq(tasks.id, taskId));
  const [submission] = await test.db
    .insert(submissions)
    .values({
      taskId,
      workerId,
      units,
      submittedAt: new Date(`${inspectedOn}T09:00:00+09:00`),
      needsReview: true,
      decision: 'accepted',
      reviewedAt: new Date(`${inspectedOn}T17:00:00+09:00`),
      inspectedOn,
    })
    .returning({ id: submissions.id });
  return submission!.id;
}

/** For tests: the kind of work of a package (it decides withholding). */
export async function setWorkCategory(test: TestContext, packageId: string, workCategory: string): Promise<void> {
  await test.db.update(workPackages).set({ workCategory }).where(eq(workPackages.id, packageId));
}
