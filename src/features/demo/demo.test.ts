import { describe, expect, it } from 'vitest';
import { roles } from '../../auth/roles';
import { visibleText } from '../../testing/html';
import { useTestApp } from '../../testing/test-app';
import { demoAccounts, demoPassword } from './accounts';
import { seedDemo } from './seed';
import { and, asc, eq } from 'drizzle-orm';
import { users } from '../../auth/schema';
import { tasks } from '../breakdown/schema';
import { orders } from '../orders/schema';
import { claimTask } from '../tasks/claim-task';

const test = useTestApp({ MACHIWORK_DEMO: 'true' });

describe('demo mode', () => {
  it('lists the demo sign-ins on the sign-in page, and each one signs in to its role home', async () => {
    await seedDemo(test.db);
    const text = visibleText(await (await test.browser().get('/sign-in')).text());
    expect(text).toContain('デモ用アカウント');
    expect(text).toContain(demoPassword);
    expect(demoAccounts.map((account) => account.role)).toEqual([...roles]);
    for (const account of demoAccounts) {
      expect(text).toContain(account.loginId);
      const browser = test.browser();
      expect((await browser.signIn(account.loginId, demoPassword)).status).toBe(303);
      const home = visibleText(await (await browser.get('/')).text());
      expect(home).toContain(`${account.displayName}さんのホーム`);
      if (account.role === 'client') expect(home).toContain('あなたの会社: 立科町');
    }
  });

  it('seeds orders the demo worker can really work on: open entry tasks yes, the NDA order no, a check step only after its entry step is accepted', async () => {
    await seedDemo(test.db);
    const [worker] = await test.db.select({ id: users.id }).from(users).where(eq(users.loginId, 'worker'));
    const seat = { workerId: worker!.id, atCentre: false };
    const taskOf = async (title: string, status: 'open' | 'held' | 'handed_in', taskTitle: RegExp) => {
      const rows = await test.db
        .select({ id: tasks.id, title: tasks.title })
        .from(tasks)
        .innerJoin(orders, eq(orders.id, tasks.orderId))
        .where(and(eq(orders.title, title), eq(tasks.status, status)))
        .orderBy(asc(tasks.position));
      return rows.find((row) => taskTitle.test(row.title))!.id;
    };
    expect(await claimTask(test.db, seat, await taskOf('名刺データ入力（2,000枚）', 'open', /^入力/))).toMatchObject({ ok: true });
    expect(await claimTask(test.db, seat, await taskOf('名刺データ入力（2,000枚）', 'open', /^確認 1$/))).toMatchObject({ ok: true });
    expect(await claimTask(test.db, seat, await taskOf('名刺データ入力（2,000枚）', 'open', /^確認 4$/))).toEqual({ ok: false, reason: 'waiting' });
    expect(await claimTask(test.db, seat, await taskOf('健康診断結果の入力', 'open', /入力/))).toEqual({ ok: false, reason: 'notFound' });
    expect(await claimTask(test.db, seat, await taskOf('広報たてしな 音声の書き起こし', 'open', /書き起こし/))).toEqual({ ok: false, reason: 'notFound' });
    expect(await claimTask(test.db, { ...seat, atCentre: true }, await taskOf('広報たてしな 音声の書き起こし', 'open', /書き起こし/))).toMatchObject({ ok: true });
  });
});
