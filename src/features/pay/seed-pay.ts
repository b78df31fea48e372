import { eq, inArray } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { addDays, todayInJapan, type BusinessDate } from '../availability/calendar';
import { tasks, workPackages } from '../breakdown/schema';
import { clients } from '../clients/schema';
import { addOrder, addPackage, termsOf } from '../demo/seed-orders';
import { notifications } from '../notifications/schema';
import { orderTeamMembers } from '../orders/schema';
import { shiftMonth } from '../tasks/month';
import { submissions, workLogEntries } from '../tasks/schema';
import { closePayMonth } from './close-pay-month';
import { payAdjustments } from './schema';

/**
 * Work handed in and accepted on `inspectedOn` (検収日), with the time logged on it that day when
 * given, as review leaves it; for demo data and tests. Returns the submission id.
 */
export async function addAcceptedWork(
  db: Db,
  work: { taskId: string; workerId: string; inspectedOn: BusinessDate; units: number; minutes?: number; reviewerId?: string | null },
): Promise<string> {
  const { taskId, workerId, inspectedOn, units, minutes } = work;
  if (minutes !== undefined) await db.insert(workLogEntries).values({ taskId, workerId, workedOn: inspectedOn, minutes, units });
  await db.update(tasks).set({ status: 'accepted', acceptedOn: inspectedOn }).where(eq(tasks.id, taskId));
  const [submission] = await db
    .insert(submissions)
    .values({
      taskId,
      workerId,
      units,
      submittedAt: new Date(`${inspectedOn}T09:00:00+09:00`),
      needsReview: true,
      decision: 'accepted',
      reviewedBy: work.reviewerId ?? null,
      reviewedAt: new Date(`${inspectedOn}T17:00:00+09:00`),
      inspectedOn,
    })
    .returning({ id: submissions.id });
  return submission!.id;
}

/**
 * Last month, closed: the worker's piece-rate data entry with an addition, and the leader's
 * hourly writing (which withholds; he is a registered invoice issuer, so his pay carries
 * consumption tax). This month, a cut waiting for the worker's answer. The trainee has no pay
 * yet, so closing last month again finds something only once staff add to it.
 */
export async function seedDemoPay(db: Db, now = new Date()): Promise<void> {
  const today = todayInJapan(now);
  const previous = shiftMonth(today.slice(0, 7), -1);
  const on = (day: number) => `${previous}-${String(day).padStart(2, '0')}`;
  const people = await db.select({ id: users.id, loginId: users.loginId }).from(users).where(inArray(users.loginId, ['admin', 'coordinator', 'director', 'leader', 'worker']));
  const user = Object.fromEntries(people.map((person) => [person.loginId, person.id]));
  const known = await db.select({ id: clients.id, name: clients.name }).from(clients).where(inArray(clients.name, ['立科町', '株式会社あさま商事']));
  const client = Object.fromEntries(known.map((row) => [row.name, row.id]));
  const director = user.director ?? null;
  const finished = (from: BusinessDate) => [
    { status: 'inquiry' as const, on: from },
    { status: 'quoted' as const, on: addDays(from, 2) },
    { status: 'ordered' as const, on: addDays(from, 4) },
    { status: 'in_progress' as const, on: addDays(from, 5) },
    { status: 'delivered' as const, on: on(27) },
  ];

  const catalogue = await addOrder(
    db,
    {
      clientId: client['株式会社あさま商事']!,
      title: '商品カタログのデータ入力',
      receivedOn: addDays(on(1), -8),
      status: 'delivered',
      requiredSkills: ['data_entry'],
      ...termsOf('商品カタログの写真を見て、品名・型番・価格を表に入力する', '入力済みの表（作業ごとに40件）', on(26)),
    },
    finished(addDays(on(1), -8)),
    director,
  );
  const guide = await addOrder(
    db,
    {
      clientId: client['立科町']!,
      title: '観光ガイドの原稿（秋）',
      receivedOn: addDays(on(1), -6),
      status: 'delivered',
      requiredSkills: ['writing'],
      ...termsOf('町の紅葉スポットを紹介する原稿を書く（1本1,500字程度）', '原稿（Word）', on(26)),
    },
    finished(addDays(on(1), -6)),
    director,
  );
  await db.insert(orderTeamMembers).values([
    { orderId: catalogue, userId: user.leader!, role: 'leader', addedBy: director },
    { orderId: catalogue, userId: user.worker!, role: 'member', addedBy: director },
    { orderId: guide, userId: user.leader!, role: 'leader', addedBy: director },
  ]);
  const entry = await addPackage(db, catalogue, {
    position: 1,
    title: '商品データ入力',
    unitName: '件',
    payKind: 'piece',
    payRateYen: 15,
    deadline: on(24),
    skills: ['data_entry'],
    count: 4,
    units: 40,
    minutes: 60,
    instructions: '商品1点を1件として、品名・型番・価格を入力します。',
  });
  const writing = await addPackage(db, guide, {
    position: 1,
    title: '原稿',
    unitName: '本',
    payKind: 'hour',
    payRateYen: 1200,
    deadline: on(24),
    skills: ['writing'],
    count: 2,
    units: 1,
    minutes: 180,
    instructions: '写真は事務局が用意します。地名の読みは町のサイトに合わせてください。',
  });
  await db.update(workPackages).set({ workCategory: 'writing' }).where(eq(workPackages.id, writing.packageId));

  const [first, second, third, fourth] = entry.taskIds as [string, string, string, string];
  for (const [taskId, day] of [[first, 5], [second, 12], [third, 19]] as const) {
    await addAcceptedWork(db, { taskId, workerId: user.worker!, inspectedOn: on(day), units: 40, minutes: 55, reviewerId: user.leader });
  }
  await addAcceptedWork(db, { taskId: fourth, workerId: user.leader!, inspectedOn: on(22), units: 40, minutes: 50, reviewerId: director });
  await addAcceptedWork(db, { taskId: writing.taskIds[0]!, workerId: user.leader!, inspectedOn: on(9), units: 1, minutes: 170, reviewerId: director });
  await addAcceptedWork(db, { taskId: writing.taskIds[1]!, workerId: user.leader!, inspectedOn: on(21), units: 1, minutes: 140, reviewerId: director });

  const staff = user.coordinator ?? user.admin!;
  await db.insert(payAdjustments).values([
    { workerId: user.worker!, month: previous, amountYen: 500, reason: '急ぎの依頼に、予定より早く対応してくれた分', status: 'applied', createdBy: staff, createdAt: new Date(`${on(25)}T10:00:00+09:00`) },
    { workerId: user.worker!, month: today.slice(0, 7), amountYen: -240, reason: '同じ16件を2回入力していた分（商品データ入力 2）', status: 'proposed', createdBy: staff, createdAt: now },
  ]);
  await closePayMonth(db, previous, staff, now);
  // Last month's "statement ready" messages were read long ago; the demo's unread ones stay about today's work.
  await db.update(notifications).set({ readAt: now }).where(eq(notifications.messageKey, 'pay.notify.closed'));
}
