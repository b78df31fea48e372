import { eq } from 'drizzle-orm';
import type { TestContext } from '../../testing/test-app';
import type { BusinessDate } from '../availability/calendar';
import { workPackages } from '../breakdown/schema';
import { addAcceptedWork } from './seed-pay';

/**
 * For tests: the worker handed the task in and it was accepted on `inspectedOn` (検収日), with
 * `minutes` logged on it that day when given; returns the submission id.
 */
export function acceptWork(test: TestContext, taskId: string, workerId: string, settings: { inspectedOn: BusinessDate; units?: number; minutes?: number }): Promise<string> {
  return addAcceptedWork(test.db, { taskId, workerId, units: 50, ...settings });
}

/** For tests: the kind of work of a package (it decides withholding). */
export async function setWorkCategory(test: TestContext, packageId: string, workCategory: string): Promise<void> {
  await test.db.update(workPackages).set({ workCategory }).where(eq(workPackages.id, packageId));
}
