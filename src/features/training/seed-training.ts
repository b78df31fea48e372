import { inArray } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { addDays, todayInJapan } from '../availability/calendar';
import { instantAt } from '../bookings/booking-time';
import { addMaterial } from './add-material';
import { courseCompletions, coursePrerequisites, courses, courseSessions, sessionEnrolments } from './schema';

const centre = '立科町テレワークセンター';

/**
 * Demo training along the programme's path: computer basics first, then two practical courses
 * needing it. The demo trainee completed the basics (present at a past session) and is enrolled
 * in the next data-entry session; the image-cutting session is full, with the demo leader
 * waiting. A link and a small text file as materials; the file only when a data folder is given.
 */
export async function seedDemoTraining(db: Db, dataDir?: string, now = new Date()): Promise<void> {
  const people = await db.select({ id: users.id, loginId: users.loginId }).from(users).where(inArray(users.loginId, ['trainee', 'worker', 'leader', 'coordinator']));
  const id = (loginId: string) => people.find((person) => person.loginId === loginId)?.id;
  const [trainee, worker, leader, coordinator] = [id('trainee'), id('worker'), id('leader'), id('coordinator')];
  if (!trainee || !worker || !leader || !coordinator) return;
  const [basics, dataEntry, imageCutting] = await db
    .insert(courses)
    .values([
      { title: 'パソコンの基本', stage: 'basics', level: 1, createdBy: coordinator, description: '電源の入れ方、マウスとキーボード、ファイルの保存まで。はじめての方も安心してご参加ください。' },
      { title: 'データ入力の実践', stage: 'practical', level: 1, createdBy: coordinator, description: '実際の仕事に近い表を使って、正確に入力する練習をします。' },
      { title: '画像の切り抜き 実践', stage: 'practical', level: 2, createdBy: coordinator, description: '商品写真の背景を切り抜く作業を、見本を見ながら練習します。' },
    ])
    .returning({ id: courses.id });
  await db.insert(coursePrerequisites).values([
    { courseId: dataEntry!.id, requiresCourseId: basics!.id },
    { courseId: imageCutting!.id, requiresCourseId: basics!.id },
  ]);
  const today = todayInJapan(now);
  const session = (courseId: string, days: number, where: { place?: string; onlineUrl?: string }, capacity: number) => ({
    courseId,
    startsAt: instantAt(addDays(today, days), 10 * 60),
    endsAt: instantAt(addDays(today, days), 12 * 60),
    place: where.place ?? null,
    onlineUrl: where.onlineUrl ?? null,
    capacity,
  });
  const [pastBasics, , , nextDataEntry, , fullImage] = await db
    .insert(courseSessions)
    .values([
      session(basics!.id, -21, { place: centre }, 6),
      session(basics!.id, 7, { place: centre }, 6),
      session(basics!.id, 14, { onlineUrl: 'https://meet.example.jp/machiwork-basics' }, 10),
      session(dataEntry!.id, 5, { place: centre, onlineUrl: 'https://meet.example.jp/machiwork-data-entry' }, 8),
      session(dataEntry!.id, 12, { onlineUrl: 'https://meet.example.jp/machiwork-data-entry' }, 8),
      session(imageCutting!.id, 9, { place: centre }, 1),
    ])
    .returning({ id: courseSessions.id });
  const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
  await db.insert(sessionEnrolments).values([
    { sessionId: pastBasics!.id, userId: trainee, status: 'enrolled', createdAt: minutesAgo(40_000), attendance: 'present', attendanceMarkedBy: coordinator },
    { sessionId: nextDataEntry!.id, userId: trainee, status: 'enrolled', createdAt: minutesAgo(600) },
    { sessionId: fullImage!.id, userId: worker, status: 'enrolled', createdAt: minutesAgo(300) },
    { sessionId: fullImage!.id, userId: leader, status: 'waitlisted', createdAt: minutesAgo(200) },
  ]);
  await db.insert(courseCompletions).values(
    [trainee, worker, leader].map((userId) => ({ courseId: basics!.id, userId, recordedBy: coordinator, completedAt: minutesAgo(30_000), note: userId === trainee ? 'ていねいに取り組めました' : null })),
  );
  await addMaterial(db, { courseId: dataEntry!.id, material: { kind: 'link', title: 'IPA（情報処理推進機構）のサイト', url: 'https://www.ipa.go.jp/' }, staffId: coordinator, dataDir: dataDir ?? '' });
  if (dataDir) {
    const bytes = new TextEncoder().encode('データ入力の手順\n\n1. 元の表を開く\n2. 一行ずつ入力する\n3. 入力したら、声に出して読み合わせる\n');
    const file = { name: 'データ入力の手順.txt', extension: 'txt', contentType: 'text/plain; charset=utf-8', bytes };
    await addMaterial(db, { courseId: dataEntry!.id, material: { kind: 'file', title: 'データ入力の手順', file }, staffId: coordinator, dataDir });
  }
}
