import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../auth/schema';
import { events } from '../features/events/schema';
import { insertEvent, notificationKeys, signedInPerson } from '../features/events/testing';
import { outboxMessages } from '../features/mail/schema';
import { notify } from '../features/notifications/notify';
import { notificationPreferences } from '../features/notifications/schema';
import { courseSessions } from '../features/training/schema';
import { createTestCourse, createTestSession } from '../features/training/testing';
import { useTestApp } from '../testing/test-app';
import { runJobs, type Job } from './run-jobs';

const test = useTestApp();
const hour = 3600_000;
const quiet = { info: () => undefined, error: () => undefined };

describe('jobs the server runs by itself', () => {
  it('reminds the people going to an event starting within a day, once, even when two processes run the jobs at once', async () => {
    const now = new Date();
    const soon = await insertEvent(test, { startsAt: new Date(now.getTime() + 23 * hour), endsAt: new Date(now.getTime() + 25 * hour) });
    const later = await insertEvent(test, { startsAt: new Date(now.getTime() + 25 * hour), endsAt: new Date(now.getTime() + 27 * hour) });
    const cancelled = await insertEvent(test, { startsAt: new Date(now.getTime() + 2 * hour), endsAt: new Date(now.getTime() + 3 * hour), cancelledAt: now });
    const person = await signedInPerson(test);
    for (const event of [soon, later]) expect((await person.browser.post(`/events/${event.id}/answer`, { mode: 'in_person' })).status).toBe(303);

    await Promise.all([runJobs(test.db, quiet, undefined, now), runJobs(test.db, quiet, undefined, now)]);

    expect(await notificationKeys(test, person.id)).toEqual(['events.notification.remindInPerson']);
    const sent = await test.db.select({ id: events.id, at: events.reminderSentAt }).from(events);
    const reminded = new Map(sent.map((row) => [row.id, row.at]));
    expect(reminded.get(soon.id)).not.toBeNull();
    expect(reminded.get(later.id)).toBeNull();
    expect(reminded.get(cancelled.id)).toBeNull();

    // The staff page says it was sent, and the button is gone.
    const coordinator = await test.signedIn('coordinator');
    const page = await (await coordinator.get(`/events/manage/${soon.id}`)).text();
    expect(page).toContain('にリマインドを送りました。');
    expect(page).not.toContain(`action="/events/manage/${soon.id}/remind"`);

    // Two hours on, the other event starts within a day too; the first is not reminded again.
    await runJobs(test.db, quiet, undefined, new Date(now.getTime() + 2 * hour));
    expect(await notificationKeys(test, person.id)).toEqual(['events.notification.remindInPerson', 'events.notification.remindInPerson']);
    const [again] = await test.db.select({ at: events.reminderSentAt }).from(events).where(eq(events.id, soon.id));
    expect(again?.at).toEqual(reminded.get(soon.id));
  });

  it('reminds the people seated in a course session starting within a day, once, and not those waiting', async () => {
    const course = await createTestCourse(test.db, { title: 'パソコンの基本' });
    const soon = await createTestSession(test.db, { courseId: course.id, capacity: 1, startsInHours: 23 });
    const later = await createTestSession(test.db, { courseId: course.id, capacity: 5, startsInHours: 25 });
    const [seated, waiting] = [await signedInPerson(test, 'trainee'), await signedInPerson(test, 'trainee')];
    expect((await seated.browser.post(`/training/sessions/${soon.id}/enrol`)).status).toBe(303);
    expect(await (await waiting.browser.post(`/training/sessions/${soon.id}/enrol`)).text()).toContain('空き待ちに入りました。あなたは1番目です。');
    expect((await seated.browser.post(`/training/sessions/${later.id}/enrol`)).status).toBe(303);

    await Promise.all([runJobs(test.db, quiet), runJobs(test.db, quiet)]);

    expect(await notificationKeys(test, seated.id)).toEqual(['training.notice.reminderPlace']);
    expect(await notificationKeys(test, waiting.id)).toEqual([]);
    const [laterRow] = await test.db.select({ at: courseSessions.reminderSentAt }).from(courseSessions).where(eq(courseSessions.id, later.id));
    expect(laterRow?.at).toBeNull();
    const mine = await (await seated.browser.get('/notifications')).text();
    expect(mine).toContain('研修「パソコンの基本」は');
    expect(mine).toContain('場所は テスト会場 です。');
  });

  it('sends one daily digest to a person even when two processes run the jobs at once', async () => {
    const person = await test.createUser('worker');
    await test.db.update(users).set({ email: 'digest@example.jp' }).where(eq(users.id, person.id));
    await notify(test.db, [person.id], { key: 'notification.returned', params: { task: '入力 4' } }, new Date('2026-11-24T12:00:00Z'));
    const morning = new Date('2026-11-24T22:30:00Z');

    await Promise.all([runJobs(test.db, quiet, undefined, morning), runJobs(test.db, quiet, undefined, morning)]);

    const mails = await test.db.select().from(outboxMessages);
    expect(mails.map((mail) => mail.subject)).toEqual(['【町ワーク】まだ読んでいないお知らせ（1件）']);
    const [preference] = await test.db.select().from(notificationPreferences);
    expect(preference).toMatchObject({ userId: person.id, emailMode: 'digest', lastDigestAt: morning });
  });

  it('logs a job that fails and still runs the ones after it', async () => {
    const failures: unknown[] = [];
    const ran: string[] = [];
    const list: Job[] = [
      { name: 'broken', run: () => Promise.reject(new Error('boom')) },
      { name: 'next', run: async () => (ran.push('next'), 1) },
    ];
    await runJobs(test.db, { info: () => undefined, error: (detail: unknown) => void failures.push(detail) }, list);
    expect(ran).toEqual(['next']);
    expect(failures).toEqual([expect.objectContaining({ job: 'broken' })]);
  });
});
