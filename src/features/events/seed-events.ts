import { inArray } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { addDays, todayInJapan } from '../availability/calendar';
import { instantAt } from '../bookings/booking-time';
import { eventRsvps, events } from './schema';

const centre = '立科町テレワークセンター';

/**
 * Demo events: the autumn worker meeting in two weeks (the demo worker answered online, the
 * leader in person), an open day next month, and the spring meeting six months ago with its
 * attendance and report, so every page has something to show.
 */
export async function seedDemoEvents(db: Db, now = new Date()): Promise<void> {
  const people = await db.select({ id: users.id, loginId: users.loginId }).from(users).where(inArray(users.loginId, ['worker', 'leader', 'director', 'coordinator']));
  const id = (loginId: string) => people.find((person) => person.loginId === loginId)?.id;
  const [worker, leader, director, coordinator] = [id('worker'), id('leader'), id('director'), id('coordinator')];
  if (!worker || !leader || !director) return;
  const today = todayInJapan(now);
  const spring = addDays(today, -182);
  const autumn = addDays(today, 14);
  const openDay = addDays(today, 35);
  const [springMeeting, autumnMeeting] = await db
    .insert(events)
    .values([
      {
        kind: 'worker_meeting',
        title: 'ワーカーミーティング（春）',
        description: '半年の仕事のふりかえりと、これからの仕事の紹介です。',
        startsAt: instantAt(spring, 13 * 60 + 30),
        endsAt: instantAt(spring, 15 * 60 + 30),
        place: centre,
        inPersonCapacity: 20,
        onlineUrl: 'https://meet.example.jp/machiwork-spring',
        onlineCapacity: 50,
        reminderSentAt: instantAt(addDays(spring, -2), 10 * 60),
        report: '会場に2人、オンラインに1人が参加しました。\n\n新しいデータ入力の仕事と、秋のミーティングの日程を紹介しました。次回もオンラインで参加できます。',
        reportedAt: instantAt(addDays(spring, 1), 10 * 60),
        reportedBy: coordinator ?? null,
        createdBy: coordinator ?? null,
        createdAt: instantAt(addDays(spring, -30), 10 * 60),
      },
      {
        kind: 'worker_meeting',
        title: 'ワーカーミーティング（秋）',
        description: '半年の仕事のふりかえりと、これからの仕事の紹介です。会場にはキッズスペースがあります。オンラインでも、会場と同じように参加できます。',
        startsAt: instantAt(autumn, 13 * 60 + 30),
        endsAt: instantAt(autumn, 15 * 60 + 30),
        place: centre,
        inPersonCapacity: 20,
        onlineUrl: 'https://meet.example.jp/machiwork-autumn',
        onlineCapacity: 50,
        createdBy: coordinator ?? null,
      },
      {
        kind: 'open_day',
        title: 'テレワークセンター見学会',
        description: 'センターの中をご案内します。町ワークに興味のある方、ご家族もどうぞ。',
        startsAt: instantAt(openDay, 10 * 60),
        endsAt: instantAt(openDay, 12 * 60),
        place: centre,
        inPersonCapacity: 30,
        createdBy: coordinator ?? null,
      },
    ])
    .returning({ id: events.id });
  await db.insert(eventRsvps).values([
    { eventId: springMeeting!.id, userId: worker, mode: 'online', status: 'going', attended: true, createdAt: instantAt(addDays(spring, -20), 9 * 60) },
    { eventId: springMeeting!.id, userId: leader, mode: 'in_person', status: 'going', attended: true, createdAt: instantAt(addDays(spring, -19), 9 * 60) },
    { eventId: springMeeting!.id, userId: director, mode: 'in_person', status: 'going', attended: true, createdAt: instantAt(addDays(spring, -18), 9 * 60) },
    { eventId: autumnMeeting!.id, userId: worker, mode: 'online', status: 'going', createdAt: now },
    { eventId: autumnMeeting!.id, userId: leader, mode: 'in_person', status: 'going', createdAt: now },
  ]);
}
