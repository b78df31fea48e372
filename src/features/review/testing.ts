import { eq } from 'drizzle-orm';
import type { TestContext } from '../../testing/test-app';
import { tasks } from '../breakdown/schema';
import { submissions } from '../tasks/schema';

/** For tests: the worker hands the task in (as the worker's hand-in does), waiting for review; returns the submission id. */
export async function handIn(
  test: TestContext,
  taskId: string,
  workerId: string,
  settings: { units?: number; note?: string; submittedAt?: Date; needsReview?: boolean } = {},
): Promise<string> {
  await test.db.update(tasks).set({ status: 'handed_in' }).where(eq(tasks.id, taskId));
  const [submission] = await test.db
    .insert(submissions)
    .values({ taskId, workerId, units: settings.units ?? 50, note: settings.note ?? null, submittedAt: settings.submittedAt ?? new Date(), needsReview: settings.needsReview ?? true })
    .returning({ id: submissions.id });
  return submission!.id;
}
