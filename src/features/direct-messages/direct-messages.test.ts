import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../auth/roles';
import { getText, postText } from '../../testing/page-text';
import { useTestApp } from '../../testing/test-app';
import { notifications } from '../notifications/schema';
import { addToTeam, createOrder } from '../orders/testing';
import { directMessages } from './schema';

const test = useTestApp();

const person = (role: Role) => test.signedInPerson(role);

describe('direct messages', () => {
  it('lets a worker and a coordinator write to each other, notifies, marks read on viewing and shows unread counts', async () => {
    const worker = await person('worker');
    const coordinator = await person('coordinator');
    const list = await getText(worker.browser, '/messages');
    expect(list.status).toBe(200);
    expect(list.text).toContain('まだやりとりはありません。');
    expect(list.text).toContain('コーディネーター');

    const empty = await postText(worker.browser, `/messages/${coordinator.id}`, { body: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('メッセージ: 入力してください。');
    const long = await postText(worker.browser, `/messages/${coordinator.id}`, { body: 'あ'.repeat(2001) });
    expect(long.status).toBe(400);
    expect(long.text).toContain('2000文字以内で入力してください。');

    const sent = await postText(worker.browser, `/messages/${coordinator.id}`, { body: '今日は少し休みます。' });
    expect(sent.status).toBe(303);
    expect(sent.location).toBe(`/messages/${coordinator.id}?done=sent`);
    await postText(worker.browser, `/messages/${coordinator.id}`, { body: '明日またよろしくお願いします。' });
    const [notice] = await test.db.select().from(notifications).where(eq(notifications.userId, coordinator.id));
    expect(notice).toMatchObject({ messageKey: 'messages.notice', link: `/messages/${worker.id}` });

    const inbox = await getText(coordinator.browser, '/messages');
    expect(inbox.text).toContain('明日またよろしくお願いします。');
    expect(inbox.text).toMatch(/2件/);

    const unread = await test.db.select().from(directMessages).where(and(eq(directMessages.recipientId, coordinator.id)));
    expect(unread.every((message) => message.readAt === null)).toBe(true);
    const conversation = await getText(coordinator.browser, `/messages/${worker.id}`);
    expect(conversation.status).toBe(200);
    expect(conversation.text.indexOf('今日は少し休みます。')).toBeLessThan(conversation.text.indexOf('明日またよろしくお願いします。'));
    const read = await test.db.select().from(directMessages).where(eq(directMessages.recipientId, coordinator.id));
    expect(read.every((message) => message.readAt !== null)).toBe(true);
    const firstRead = read[0]!.readAt!.getTime();
    await getText(coordinator.browser, `/messages/${worker.id}`);
    const [again] = await test.db.select().from(directMessages).where(eq(directMessages.id, read[0]!.id));
    expect(again!.readAt!.getTime()).toBe(firstRead);
    expect((await getText(coordinator.browser, '/messages')).text).not.toMatch(/2件/);

    const reply = await postText(coordinator.browser, `/messages/${worker.id}`, { body: 'ゆっくり休んでください。' });
    expect(reply.status).toBe(303);
    const seen = await getText(worker.browser, `/messages/${coordinator.id}`);
    expect(seen.text).toContain('ゆっくり休んでください。');
    expect(seen.text).toContain('読まれました');
  });

  it('lets team members and their team leader write both ways, and nobody else', async () => {
    const { orderId } = await createOrder(test);
    const leader = await person('leader');
    const member = await person('trainee');
    const stranger = await person('worker');
    const otherCoordinatorless = await person('leader');
    await addToTeam(test, orderId, leader.id, 'leader');
    await addToTeam(test, orderId, member.id);

    expect((await postText(member.browser, `/messages/${leader.id}`, { body: 'しつもんです' })).status).toBe(303);
    expect((await postText(leader.browser, `/messages/${member.id}`, { body: 'どうぞ' })).status).toBe(303);
    expect((await getText(leader.browser, '/messages')).text).toContain('どうぞ');

    // Not on the team, another leader, and staff other than coordinators: not found.
    expect((await getText(stranger.browser, `/messages/${leader.id}`)).status).toBe(404);
    expect((await postText(stranger.browser, `/messages/${member.id}`, { body: 'こんにちは' })).status).toBe(404);
    expect((await getText(otherCoordinatorless.browser, `/messages/${member.id}`)).status).toBe(404);
    for (const role of ['admin', 'director', 'supporter', 'client'] as const) {
      const staff = await person(role);
      expect((await getText(staff.browser, `/messages/${member.id}`)).status, role).toBeOneOf([403, 404]);
      expect((await getText(member.browser, `/messages/${staff.id}`)).status, role).toBe(404);
    }
    // Coordinators cannot message each other, nor oneself.
    const coordinator = await person('coordinator');
    const otherCoordinator = await test.createUser('coordinator');
    expect((await getText(coordinator.browser, `/messages/${otherCoordinator.id}`)).status).toBe(404);
    expect((await getText(member.browser, `/messages/${member.id}`)).status).toBe(404);
    expect(await test.db.select().from(directMessages)).toHaveLength(2);
  });
});
