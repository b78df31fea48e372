import { eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../auth/schema';
import { useTestApp } from '../../testing/test-app';
import { seedDemo } from '../demo/seed';
import { notifications } from '../notifications/schema';
import { submissions, taskHolds } from '../tasks/schema';
import { termsNotices } from './schema';

const test = useTestApp({ MACHIWORK_DEMO: 'true' });

describe('demo terms notices', () => {
  it('gives every task a demo worker took its notice: read for work handed in, waiting for the trainee’s held task', async () => {
    await seedDemo(test.db);
    const notices = await test.db.select().from(termsNotices);
    const worked = [
      ...(await test.db.select({ workerId: taskHolds.workerId, taskId: taskHolds.taskId }).from(taskHolds)),
      ...(await test.db.select({ workerId: submissions.workerId, taskId: submissions.taskId }).from(submissions)),
    ];
    expect(new Set(notices.map((notice) => `${notice.workerId} ${notice.taskId}`))).toEqual(new Set(worked.map((work) => `${work.workerId} ${work.taskId}`)));
    const [trainee] = await test.db.select({ id: users.id }).from(users).where(eq(users.loginId, 'trainee'));
    const waiting = notices.filter((notice) => notice.response === null);
    expect(waiting.map((notice) => notice.workerId)).toEqual([trainee!.id]);
    const unread = await test.db.select({ userId: notifications.userId, messageKey: notifications.messageKey }).from(notifications).where(isNull(notifications.readAt));
    expect(unread.filter((row) => row.messageKey === 'notification.termsIssued')).toEqual([{ userId: trainee!.id, messageKey: 'notification.termsIssued' }]);
  });
});
