import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getText, postText } from '../../testing/page-text';
import { useTestApp } from '../../testing/test-app';
import { notifications } from '../notifications/schema';
import { person, teamOfThree, teamOrder } from '../team-talk/testing';
import { presence } from './schema';

const test = useTestApp();

const team = () => teamOfThree(test);

const rows = () => test.db.select().from(presence);

describe('working now', () => {
  it('shows a worker as working for the hours they choose, to their team; switching order moves it; stopping removes it', async () => {
    const { leader, worker, orderId } = await team();
    const mine = await getText(worker.browser, `/teams/${orderId}`);
    expect(mine.text).toContain('いま作業中と表示している人はいません。');
    expect(mine.text).toContain('いつ作業したかの記録は残りません。');
    const bad = await postText(worker.browser, `/teams/${orderId}/working`, { hours: '9' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('1時間から4時間のあいだで選んでください。');
    expect(await rows()).toHaveLength(0);

    const before = Date.now();
    expect((await postText(worker.browser, `/teams/${orderId}/working`, { hours: '2' })).location).toBe(`/teams/${orderId}?done=working`);
    const [row] = await rows();
    expect(row!.until.getTime() - row!.since.getTime()).toBe(2 * 3600_000);
    expect(row!.since.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const seen = await getText(leader.browser, `/teams/${orderId}`);
    expect(seen.text).toContain(`${worker.displayName}さん（`);
    expect(seen.text).toContain('あいさつする');
    expect((await getText(leader.browser, '/teams')).text).toContain(worker.displayName);

    // Going on with the same order keeps the start; another order moves the one row there.
    await postText(worker.browser, `/teams/${orderId}/working`, { hours: '4' });
    const [longer] = await rows();
    expect(longer!.since).toEqual(row!.since);
    const other = await teamOrder(test, [[worker, 'member']], { title: '別の仕事' });
    expect((await getText(worker.browser, `/teams/${other}`)).text).toContain('いまは「名刺データ入力」で作業中として表示しています。');
    await postText(worker.browser, `/teams/${other}/working`, { hours: '1' });
    expect((await rows()).map((entry) => entry.orderId)).toEqual([other]);
    expect((await getText(leader.browser, `/teams/${orderId}`)).text).toContain('いま作業中と表示している人はいません。');

    expect((await postText(worker.browser, `/teams/${other}/working/stop`)).location).toBe(`/teams/${other}?done=stopped`);
    expect(await rows()).toHaveLength(0);
  });

  it('is for people on the team who work: others cannot show themselves', async () => {
    const { orderId } = await team();
    const outsider = await person(test, 'worker');
    expect((await outsider.browser.post(`/teams/${orderId}/working`, { hours: '1' })).status).toBe(404);
    const director = await person(test, 'director');
    expect((await director.browser.post(`/teams/${orderId}/working`, { hours: '1' })).status).toBe(403);
    expect((await getText(director.browser, `/teams/${orderId}`)).text).not.toContain('作業中として表示する');
    expect(await rows()).toHaveLength(0);
  });

  it('shows nobody whose chosen time has passed', async () => {
    const { leader, worker, orderId } = await team();
    await test.db.insert(presence).values({ userId: worker.id, orderId, since: new Date(Date.now() - 3 * 3600_000), until: new Date(Date.now() - 60_000) });
    expect((await getText(leader.browser, `/teams/${orderId}`)).text).toContain('いま作業中と表示している人はいません。');
    expect((await leader.browser.post(`/teams/${orderId}/hello/${worker.id}`)).status).toBe(409);
  });
});

describe('saying hello', () => {
  it('tells a working teammate once an hour per person, even when two hellos come at once', async () => {
    const { leader, worker, trainee, orderId } = await team();
    await postText(worker.browser, `/teams/${orderId}/working`, { hours: '1' });
    const [first, second] = await Promise.all([leader.browser.post(`/teams/${orderId}/hello/${worker.id}`), leader.browser.post(`/teams/${orderId}/hello/${worker.id}`)]);
    expect([first!.status, second!.status].sort()).toEqual([303, 409]);
    const told = await test.db.select().from(notifications).where(eq(notifications.userId, worker.id));
    expect(told).toHaveLength(1);
    expect(told[0]!.link).toBe(`/teams/${orderId}`);
    expect((await getText(worker.browser, '/notifications')).text).toContain(`${leader.displayName}さんがあいさつしました`);
    const again = await postText(leader.browser, `/teams/${orderId}/hello/${worker.id}`);
    expect(again.status).toBe(409);
    expect(again.text).toContain('この人には少し前にあいさつしました。');
    // Another teammate may still say hello; an hour later the leader may again.
    expect((await trainee.browser.post(`/teams/${orderId}/hello/${worker.id}`)).status).toBe(303);
    await test.db.update(notifications).set({ createdAt: new Date(Date.now() - 61 * 60_000) }).where(eq(notifications.userId, worker.id));
    expect((await leader.browser.post(`/teams/${orderId}/hello/${worker.id}`)).status).toBe(303);
    expect(await test.db.select().from(notifications).where(eq(notifications.userId, worker.id))).toHaveLength(3);
    // Nobody says hello to someone not working, to themselves, or on a team they are not on.
    expect((await worker.browser.post(`/teams/${orderId}/hello/${worker.id}`)).status).toBe(409);
    expect((await (await person(test, 'worker')).browser.post(`/teams/${orderId}/hello/${worker.id}`)).status).toBe(404);
  });
});
