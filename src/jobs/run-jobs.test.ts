import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { events } from '../features/events/schema';
import { insertEvent, notificationKeys, signedInPerson } from '../features/events/testing';
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
