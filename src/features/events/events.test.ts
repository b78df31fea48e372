import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../auth/schema';
import { useTestApp } from '../../testing/test-app';
import { outboxMessages } from '../mail/schema';
import { notificationPreferences } from '../notifications/schema';
import { eventRsvps, events } from './schema';
import { eventFields, insertEvent, notificationKeys, signedInPerson } from './testing';

const test = useTestApp();
const hour = 3600_000;

describe('managing events', () => {
  it('adds an event, refusing a half-filled way, a bad link and an end before the start next to their fields', async () => {
    const coordinator = await test.signedIn('coordinator');
    const badLink = await coordinator.post('/events/manage/new', eventFields({ onlineUrl: 'http://meet.example.jp', start: '1時' }));
    expect(badLink.status).toBe(400);
    const linkHtml = await badLink.text();
    expect(linkHtml).toContain('id="field-onlineUrl-error">リンクは https:// で始まる形で入れてください。');
    expect(linkHtml).toContain('id="field-start-error">時刻を 13:30 のように入れてください。');
    const bad = await coordinator.post('/events/manage/new', eventFields({ inPersonCapacity: '', start: '15:00', end: '14:00' }));
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('id="field-inPersonCapacity-error">定員も入れてください。');
    expect(html).toContain('id="field-end-error">終了時刻は開始時刻より後にしてください。');

    const none = await coordinator.post('/events/manage/new', eventFields({ place: '', inPersonCapacity: '', onlineUrl: '', onlineCapacity: '' }));
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('会場かオンラインの、少なくとも一方を入れてください。');
    const past = await coordinator.post('/events/manage/new', eventFields({ date: '2020-01-10' }));
    expect(past.status).toBe(400);
    expect(await past.text()).toContain('これから先の日時にしてください。');

    const created = await coordinator.post('/events/manage/new', eventFields());
    expect(created.status).toBe(303);
    const page = await (await coordinator.get(created.headers.get('location')!)).text();
    expect(page).toContain('イベントを追加しました。');
    expect(page).toContain('13:30');
    const [event] = await test.db.select().from(events);
    expect(event?.place).toBe('立科町テレワークセンター');
    // Typed text is folded (NFKC) as everywhere: full-width brackets become ASCII ones.
    expect(await (await coordinator.get('/events/manage')).text()).toContain('ワーカーミーティング(秋)');
  });

  it('sends the reminder once, to everyone going, in the app and by e-mail to those with an address, saying how many', async () => {
    const event = await insertEvent(test, { inPersonCapacity: 1, onlineCapacity: 5 });
    const [present, online, waiting] = [await signedInPerson(test), await signedInPerson(test), await signedInPerson(test)];
    await test.db.update(users).set({ email: 'online@example.jp' }).where(eq(users.id, online.id));
    // E-mail follows each person's settings: at once for one, none for the other (who has an address too).
    await test.db.update(users).set({ email: 'present@example.jp' }).where(eq(users.id, present.id));
    await test.db.insert(notificationPreferences).values([
      { userId: online.id, emailMode: 'immediate' },
      { userId: present.id, emailMode: 'none' },
    ]);
    await present.browser.post(`/events/${event.id}/answer`, { mode: 'in_person' });
    await online.browser.post(`/events/${event.id}/answer`, { mode: 'online' });
    await waiting.browser.post(`/events/${event.id}/answer`, { mode: 'in_person' });

    const coordinator = await test.signedIn('coordinator');
    const [first, second] = await Promise.all([coordinator.post(`/events/manage/${event.id}/remind`), coordinator.post(`/events/manage/${event.id}/remind`)]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([303, 409]);
    const done = [first, second].find((response) => response.status === 303)!;
    expect(await (await coordinator.get(done.headers.get('location')!)).text()).toContain('2人にリマインドを送りました。');
    expect(await notificationKeys(test, present.id)).toEqual(['events.notification.remindInPerson']);
    expect(await notificationKeys(test, online.id)).toEqual(['events.notification.remindOnline']);
    expect(await notificationKeys(test, waiting.id)).toEqual([]);
    const mails = await test.db.select().from(outboxMessages);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.body).toContain('https://meet.example.jp/machiwork');
    expect(mails[0]?.toAddress).toBe('online@example.jp');
    const again = await coordinator.post(`/events/manage/${event.id}/remind`);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('リマインドはもう送ってあります。');
  });

  it('takes the report only after the event ended, and shows it to those who went', async () => {
    const coordinator = await test.signedIn('coordinator');
    const coming = await insertEvent(test);
    const early = await coordinator.post(`/events/manage/${coming.id}/report`, { report: '楽しかった' });
    expect(early.status).toBe(409);
    expect(await early.text()).toContain('報告は、イベントが終わってから書けます');

    const held = await insertEvent(test, { startsAt: new Date(Date.now() - 3 * hour), endsAt: new Date(Date.now() - hour) });
    const [went, other] = [await signedInPerson(test), await signedInPerson(test)];
    const [rsvp] = await test.db.insert(eventRsvps).values({ eventId: held.id, userId: went.id, mode: 'online', status: 'going' }).returning();
    expect((await coordinator.post(`/events/manage/${held.id}/report`, { report: '' })).status).toBe(400);
    expect((await coordinator.post(`/events/manage/${held.id}/attendance`, { rsvpId: rsvp!.id, attended: 'yes' })).status).toBe(303);
    const written = await coordinator.post(`/events/manage/${held.id}/report`, { report: '次回は春です。' });
    expect(written.status).toBe(303);
    const staffPage = await (await coordinator.get(`/events/manage/${held.id}`)).text();
    expect(staffPage).toContain('出席');
    expect(await (await went.browser.get(`/events/${held.id}`)).text()).toContain('次回は春です。');
    expect(await (await went.browser.get('/events')).text()).toContain(held.title);
    expect(await (await other.browser.get(`/events/${held.id}`)).text()).not.toContain('次回は春です。');
    const late = await other.browser.post(`/events/${held.id}/answer`, { mode: 'online' });
    expect(late.status).toBe(409);
    expect(await late.text()).toContain('このイベントはもう始まったか終わったので');
  });

  it('cancels an event, telling everyone who answered, and then refuses answers', async () => {
    const event = await insertEvent(test);
    const [going, waiting] = [await signedInPerson(test), await signedInPerson(test)];
    await going.browser.post(`/events/${event.id}/answer`, { mode: 'online' });
    await waiting.browser.post(`/events/${event.id}/answer`, { mode: 'online' });
    const coordinator = await test.signedIn('coordinator');
    expect((await coordinator.post(`/events/manage/${event.id}/cancel`)).status).toBe(303);
    expect(await notificationKeys(test, going.id)).toEqual(['events.notification.cancelled']);
    expect(await notificationKeys(test, waiting.id)).toEqual(['events.notification.cancelled']);
    expect((await coordinator.post(`/events/manage/${event.id}/cancel`)).status).toBe(409);
    const refused = await (await signedInPerson(test)).browser.post(`/events/${event.id}/answer`, { mode: 'in_person' });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('このイベントは中止になったので、回答できません。');
  });

  it('refuses shrinking a way below the people going, and gives added places to those waiting', async () => {
    const coordinator = await test.signedIn('coordinator');
    const created = await coordinator.post('/events/manage/new', eventFields({ inPersonCapacity: '2' }));
    const id = created.headers.get('location')!.split('/').pop()!.split('?')[0]!;
    for (const person of [await signedInPerson(test), await signedInPerson(test)]) await person.browser.post(`/events/${id}/answer`, { mode: 'in_person' });
    const shrunk = await coordinator.post(`/events/manage/${id}/edit`, eventFields({ inPersonCapacity: '1' }));
    expect(shrunk.status).toBe(400);
    expect(await shrunk.text()).toContain('席がある人の数より少なくはできません。');

    // More places go at once to those waiting, who are told.
    const waiting = await signedInPerson(test);
    await waiting.browser.post(`/events/${id}/answer`, { mode: 'in_person' });
    expect(await (await waiting.browser.get(`/events/${id}`)).text()).toContain('（1番目）');
    expect((await coordinator.post(`/events/manage/${id}/edit`, eventFields({ inPersonCapacity: '3' }))).status).toBe(303);
    expect(await notificationKeys(test, waiting.id)).toEqual(['events.notification.promotedInPerson']);
  });
});

describe('answering an event', () => {
  it('waitlists when a way is full, shows the position, and gives a place freed by withdrawing to the first waiting, who is told', async () => {
    const event = await insertEvent(test, { inPersonCapacity: 1 });
    const [first, second, third] = [await signedInPerson(test), await signedInPerson(test), await signedInPerson(test)];
    const page = await (await first.browser.get('/events')).text();
    expect(page).toContain('残り1席');
    expect((await first.browser.post(`/events/${event.id}/answer`, { mode: 'in_person' })).headers.get('location')).toContain('done=going');
    expect((await second.browser.post(`/events/${event.id}/answer`, { mode: 'in_person' })).headers.get('location')).toContain('done=waitlisted');
    await third.browser.post(`/events/${event.id}/answer`, { mode: 'in_person' });
    expect(await (await third.browser.get(`/events/${event.id}`)).text()).toContain('会場で参加の順番待ちです（2番目）');

    expect(await (await first.browser.get(`/events/${event.id}/withdraw`)).text()).toContain('参加をやめると、あなたの席は順番待ちの人に回ります。');
    expect((await first.browser.post(`/events/${event.id}/withdraw`)).status).toBe(303);
    expect(await notificationKeys(test, second.id)).toEqual(['events.notification.promotedInPerson']);
    expect(await notificationKeys(test, third.id)).toEqual([]);
    expect(await (await second.browser.get(`/events/${event.id}`)).text()).toContain('会場で参加の席があります');
    expect(await (await third.browser.get(`/events/${event.id}`)).text()).toContain('（1番目）');
  });

  it('moves a person to the other way, handing their old place to the first waiting for it', async () => {
    const event = await insertEvent(test, { inPersonCapacity: 1, onlineCapacity: 3 });
    const [mover, waiting] = [await signedInPerson(test), await signedInPerson(test)];
    await mover.browser.post(`/events/${event.id}/answer`, { mode: 'in_person' });
    await waiting.browser.post(`/events/${event.id}/answer`, { mode: 'in_person' });
    const moved = await mover.browser.post(`/events/${event.id}/answer`, { mode: 'online' });
    expect(moved.headers.get('location')).toContain('done=going');
    expect(await notificationKeys(test, waiting.id)).toEqual(['events.notification.promotedInPerson']);
    const page = await (await mover.browser.get(`/events/${event.id}`)).text();
    expect(page).toContain('オンラインで参加の席があります');
    expect(page).toContain('href="https://meet.example.jp/machiwork"');
    expect(await (await waiting.browser.get(`/events/${event.id}`)).text()).not.toContain('href="https://meet.example.jp/machiwork"');
  });

  it('refuses a way the event does not offer and a missing choice', async () => {
    const event = await insertEvent(test, { onlineUrl: null, onlineCapacity: null });
    const person = await signedInPerson(test);
    expect((await person.browser.post(`/events/${event.id}/answer`, { mode: 'online' })).status).toBe(409);
    const missing = await person.browser.post(`/events/${event.id}/answer`, {});
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('参加の方法を選んでください。');
  });
});
