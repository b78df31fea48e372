import { and, eq, inArray } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { orders, orderTeamMembers } from '../orders/schema';
import { announcementReads, announcements } from './schema';

const day = 24 * 60 * 60 * 1000;

/**
 * Demo announcements: the coordinator's winter hours of the telework centre to everyone (the
 * leader has read it), and the leader's note to the team of the business-card order they lead.
 */
export async function seedDemoAnnouncements(db: Db, now = new Date()): Promise<void> {
  const people = await db.select({ id: users.id, loginId: users.loginId }).from(users).where(inArray(users.loginId, ['coordinator', 'leader']));
  const coordinator = people.find((person) => person.loginId === 'coordinator')?.id;
  const leader = people.find((person) => person.loginId === 'leader')?.id;
  if (!coordinator || !leader) return;
  const [team] = await db
    .select({ orderId: orders.id })
    .from(orders)
    .innerJoin(orderTeamMembers, and(eq(orderTeamMembers.orderId, orders.id), eq(orderTeamMembers.userId, leader), eq(orderTeamMembers.role, 'leader')))
    .where(eq(orders.title, '名刺データ入力（2,000枚）'));
  const [winter] = await db
    .insert(announcements)
    .values({
      authorId: coordinator,
      title: 'テレワークセンター 冬の開館時間',
      body: '12月から2月まで、テレワークセンターは9時から17時まで開いています（いつもより1時間早く閉まります）。\n\n年末年始（12月29日から1月3日）はお休みです。雪の日は、無理をせず自宅で作業してください。',
      audience: 'everyone',
      publishedAt: new Date(now.getTime() - 3 * day),
    })
    .returning({ id: announcements.id });
  await db.insert(announcementReads).values({ announcementId: winter!.id, userId: leader, readAt: new Date(now.getTime() - 2 * day) });
  if (!team) return;
  await db.insert(announcements).values({
    authorId: leader,
    title: '名刺入力：会社名の書き方',
    body: '「株式会社」は省略せずに入力してください。読めない文字があれば、チームのページで聞いてください。',
    audience: 'team',
    audienceOrderId: team.orderId,
    publishedAt: new Date(now.getTime() - day),
  });
}
