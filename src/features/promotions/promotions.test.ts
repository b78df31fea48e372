import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../auth/roles';
import { users } from '../../auth/schema';
import { getText, postText } from '../../testing/page-text';
import { useTestApp } from '../../testing/test-app';
import { notifications } from '../notifications/schema';
import { createOrder, createTasks } from '../orders/testing';
import { submissions } from '../tasks/schema';
import { completeTestCourse, createTestCourse, createTestSession } from '../training/testing';
import { assessmentAttempts, assessments, sessionEnrolments } from '../training/schema';
import { workerProfiles, workerSkills, workerStatusChanges } from '../workers/schema';
import { createWorker } from '../workers/testing';
import { proposePromotion } from './propose-promotion';
import { rolePromotions } from './schema';

const test = useTestApp();

const person = (role: Role) => test.signedInPerson(role);

async function roleOf(userId: string) {
  const [user] = await test.db.select({ role: users.role }).from(users).where(eq(users.id, userId));
  return user!.role;
}

async function openProposal(userId: string) {
  const [proposal] = await test.db.select().from(rolePromotions).where(eq(rolePromotions.userId, userId));
  return proposal!;
}

describe('proposing a step up', () => {
  it('proposes the next step with a reason, refuses an empty or too long reason next to the field, and one more while one is open', async () => {
    const leader = await person('leader');
    const trainee = await createWorker(test, { role: 'trainee' });
    const before = await getText(leader.browser, `/people/${trainee.id}/progress`);
    expect(before.text).toContain('研修生からワーカーへのステップアップを推薦します。');

    const empty = await postText(leader.browser, `/people/${trainee.id}/promotions`, { reason: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('推薦の理由: 入力してください。');
    const long = await postText(leader.browser, `/people/${trainee.id}/promotions`, { reason: 'あ'.repeat(2001) });
    expect(long.status).toBe(400);
    expect(long.text).toContain('2000文字以内で入力してください。');

    const done = await postText(leader.browser, `/people/${trainee.id}/promotions`, { reason: '入力がていねいで、質問もできます。' });
    expect(done.status).toBe(303);
    expect(done.location).toBe(`/people/${trainee.id}/progress?done=proposed`);
    const after = await getText(leader.browser, done.location!);
    expect(after.text).toContain('推薦しました。事務局の確認を待ちます。');
    expect(after.text).toContain('研修生 → ワーカー');
    expect(after.text).toContain('入力がていねいで、質問もできます。');
    expect(after.text).toContain('いま確認を待っている推薦があります。');
    expect(after.text).not.toContain('推薦の理由 必須');

    const again = await postText(leader.browser, `/people/${trainee.id}/promotions`, { reason: 'もう一度' });
    expect(again.status).toBe(409);
    expect(again.text).toContain('いま確認を待っている推薦があります。結果が出てから、次の推薦ができます。');
    expect(await test.db.select().from(rolePromotions).where(eq(rolePromotions.userId, trainee.id))).toHaveLength(1);
  });

  it('keeps one open proposal when several propose at once', async () => {
    const trainee = await createWorker(test, { role: 'trainee' });
    const proposers = await Promise.all(Array.from({ length: 6 }, () => test.createUser('coordinator')));
    const results = await Promise.all(
      proposers.map((proposer) => proposePromotion(test.db, { person: { id: trainee.id, role: 'trainee' }, proposer: { id: proposer.id, role: 'coordinator' }, reason: '推薦します' })),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok).map((result) => !result.ok && result.problem)).toEqual(Array(5).fill('open'));
    expect(await test.db.select().from(rolePromotions).where(eq(rolePromotions.userId, trainee.id))).toHaveLength(1);
  });

  it('has no step above director, none for oneself, and none above the proposer’s own role', async () => {
    const coordinator = await person('coordinator');
    const director = await test.createUser('director');
    const top = await getText(coordinator.browser, `/people/${director.id}/progress`);
    expect(top.text).toContain('これより上のステップはありません。');
    expect(top.text).toContain('ディレクターより上のステップはないので、推薦はできません。');
    const refused = await postText(coordinator.browser, `/people/${director.id}/promotions`, { reason: 'とても頼りになります' });
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('ディレクターより上のステップはないので、推薦はできません。');

    const leader = await person('leader');
    const otherLeader = await test.createUser('leader');
    const above = await postText(leader.browser, `/people/${otherLeader.id}/promotions`, { reason: 'チームをまとめています' });
    expect(above.status).toBe(409);
    expect(above.text).toContain('ディレクターへの推薦は、事務局か、ディレクター以上の人がします。');
    expect((await postText(leader.browser, `/people/${leader.id}/promotions`, { reason: 'がんばりました' })).text).toContain('自分自身を推薦することはできません。');
    expect(await test.db.select().from(rolePromotions)).toEqual([]);
  });

  it('shows progress only for people on the path, to proposers and to oneself', async () => {
    const worker = await person('worker');
    const trainee = await createWorker(test, { role: 'trainee' });
    expect((await getText(worker.browser, `/people/${trainee.id}/progress`)).status).toBe(403);
    expect((await postText(worker.browser, `/people/${trainee.id}/promotions`, { reason: '推薦します' })).status).toBe(403);
    expect((await getText(worker.browser, '/people/progress')).status).toBe(403);
    expect((await getText(worker.browser, '/promotions')).status).toBe(403);
    const mine = await getText(worker.browser, '/me/progress');
    expect(mine.status).toBe(200);
    expect(mine.text).toContain('わたしの歩み');
    expect(mine.text).not.toContain('ステップアップを推薦する');

    const client = await person('client');
    expect((await getText(client.browser, '/me/progress')).status).toBe(403);
    expect((await getText(client.browser, `/people/${trainee.id}/progress`)).status).toBe(403);

    const leader = await person('leader');
    const supporter = await test.createUser('supporter');
    const coordinator = await test.createUser('coordinator');
    expect((await getText(leader.browser, `/people/${supporter.id}/progress`)).status).toBe(404);
    expect((await getText(leader.browser, `/people/${coordinator.id}/progress`)).status).toBe(404);
    expect((await postText(leader.browser, `/people/${supporter.id}/promotions`, { reason: '推薦します' })).status).toBe(404);
    expect((await getText(leader.browser, '/people/not-an-id/progress')).status).toBe(404);
  });
});

describe('signing off', () => {
  it('approves: the role changes at the person’s next request, the registry leaves training, both are told and it is audited', async () => {
    const trainee = await createWorker(test, { role: 'trainee' });
    const traineeBrowser = test.browser();
    await traineeBrowser.signIn(trainee.loginId);
    expect(await getText(traineeBrowser, '/me/progress').then((result) => result.text)).toContain('今の役割 研修生');
    const leader = await person('leader');
    await postText(leader.browser, `/people/${trainee.id}/promotions`, { reason: '任せられます' });
    const proposal = await openProposal(trainee.id);

    const coordinator = await person('coordinator');
    const list = await getText(coordinator.browser, '/promotions');
    expect(list.text).toContain('研修生 → ワーカー');
    expect(list.text).toContain(`leader ${leader.loginId.replace('leader', '')}`);
    const decisionPage = await getText(coordinator.browser, `/promotions/${proposal.id}`);
    expect(decisionPage.text).toContain('任せられます');
    expect(decisionPage.text).toContain('歩みを見る');

    const approved = await postText(coordinator.browser, `/promotions/${proposal.id}/approve`, { 'approve-note': 'おめでとうございます' });
    expect(approved.status).toBe(303);
    expect(approved.location).toBe('/promotions?done=approved');
    expect((await getText(coordinator.browser, approved.location!)).text).toContain('承認しました。役割が変わりました。');
    expect(await roleOf(trainee.id)).toBe('worker');
    const [profile] = await test.db.select({ status: workerProfiles.status }).from(workerProfiles).where(eq(workerProfiles.userId, trainee.id));
    expect(profile!.status).toBe('active');
    expect(await test.db.select({ to: workerStatusChanges.toStatus }).from(workerStatusChanges).where(eq(workerStatusChanges.userId, trainee.id))).toEqual([{ to: 'active' }]);

    // The same session, without signing in again, already sees the new role.
    const mine = await getText(traineeBrowser, '/me/progress');
    expect(mine.text).toContain('今の役割 ワーカー');
    expect(mine.text).toContain('承認されました');
    expect(mine.text).toContain('おめでとうございます');
    const told = await test.db.select({ userId: notifications.userId, key: notifications.messageKey }).from(notifications);
    expect(told).toEqual(expect.arrayContaining([
      { userId: trainee.id, key: 'promotions.notice.approved.worker' },
      { userId: leader.id, key: 'promotions.notice.proposerApproved' },
    ]));
    expect((await getText(coordinator.browser, `/workers/${trainee.id}/audit`)).text).toContain('ステップアップを承認');

    const twice = await postText(coordinator.browser, `/promotions/${proposal.id}/approve`, {});
    expect(twice.status).toBe(409);
    expect(twice.text).toContain('この推薦は、もう決まっています。');
  });

  it('gives a worker made leader the leader’s pages at the next request', async () => {
    const worker = await person('worker');
    expect((await getText(worker.browser, '/review')).status).toBe(403);
    const coordinator = await person('coordinator');
    await postText(coordinator.browser, `/people/${worker.id}/promotions`, { reason: 'チームを支えてくれます' });
    await postText(coordinator.browser, `/promotions/${(await openProposal(worker.id)).id}/approve`, {});
    expect((await getText(worker.browser, '/review')).status).toBe(200);
  });

  it('refuses to approve when the role changed meanwhile, and declining needs a kind note', async () => {
    const trainee = await createWorker(test, { role: 'trainee' });
    const coordinator = await person('coordinator');
    await postText(coordinator.browser, `/people/${trainee.id}/promotions`, { reason: '任せられます' });
    const proposal = await openProposal(trainee.id);
    await test.db.update(users).set({ role: 'worker' }).where(eq(users.id, trainee.id));

    const refused = await postText(coordinator.browser, `/promotions/${proposal.id}/approve`, {});
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('この方の役割が、推薦のあとで変わりました（いまはワーカー）。');
    expect(await roleOf(trainee.id)).toBe('worker');
    expect((await openProposal(trainee.id)).decision).toBeNull();

    const noNote = await postText(coordinator.browser, `/promotions/${proposal.id}/decline`, { 'decline-note': '' });
    expect(noNote.status).toBe(400);
    expect(noNote.text).toContain('見送る理由と、次に向けて: 入力してください。');
    expect((await openProposal(trainee.id)).decision).toBeNull();

    const declined = await postText(coordinator.browser, `/promotions/${proposal.id}/decline`, { 'decline-note': 'もう少し練習を続けましょう。' });
    expect(declined.status).toBe(303);
    const after = await openProposal(trainee.id);
    expect(after.decision).toBe('declined');
    expect(after.decisionNote).toBe('もう少し練習を続けましょう。');
    expect((await getText(coordinator.browser, '/promotions')).text).toContain('いま確認を待っている推薦はありません。');
    const history = await getText(coordinator.browser, `/people/${trainee.id}/progress`);
    expect(history.text).toContain('今回は見送りになりました');
    expect(history.text).toContain('もう少し練習を続けましょう。');
    // Once decided, the next proposal can be made.
    expect(history.text).toContain('ワーカーからリーダーへのステップアップを推薦します。');
  });
});

describe('the progress page', () => {
  it('shows courses, attended sessions, skills, reviewed work with the return rate, and the people list', async () => {
    const trainee = await createWorker(test, { role: 'trainee' });
    const basics = await createTestCourse(test.db, { title: 'パソコンの基本' });
    await createTestCourse(test.db, { title: 'まだの研修' });
    await completeTestCourse(test.db, basics.id, trainee.id);
    const session = await createTestSession(test.db, { courseId: basics.id, capacity: 5, startsInHours: -48 });
    await test.db.insert(sessionEnrolments).values({ sessionId: session.id, userId: trainee.id, status: 'enrolled', attendance: 'present' });
    await test.db.insert(workerSkills).values({ userId: trainee.id, skill: 'data_entry', level: 2, source: 'training' });
    const [quiz] = await test.db.insert(assessments).values({ courseId: basics.id, title: '基本の確認テスト', kind: 'quiz', skill: 'data_entry', level: 1 }).returning();
    await test.db.insert(assessmentAttempts).values([
      { assessmentId: quiz!.id, userId: trainee.id, scorePercent: 50, passed: false },
      { assessmentId: quiz!.id, userId: trainee.id, scorePercent: 90, passed: true },
    ]);
    const { orderId } = await createOrder(test);
    const { taskIds } = await createTasks(test, orderId, 6);
    const reviewedAt = new Date();
    const submission = (taskId: string, values: Partial<typeof submissions.$inferInsert>) => ({ taskId, workerId: trainee.id, units: 50, needsReview: true, ...values });
    await test.db.insert(submissions).values([
      submission(taskIds[0]!, { decision: 'accepted', reviewedAt, inspectedOn: '2026-11-20' }),
      submission(taskIds[1]!, { decision: 'accepted', reviewedAt, inspectedOn: '2026-11-20' }),
      submission(taskIds[2]!, { decision: 'accepted', reviewedAt, inspectedOn: '2026-11-20' }),
      submission(taskIds[3]!, { decision: 'returned', reviewedAt, comment: '3件直してください' }),
      // Not counted: still waiting for review, and accepted without review (not drawn for a sample).
      submission(taskIds[4]!, {}),
      submission(taskIds[5]!, { needsReview: false, decision: 'accepted', reviewedAt, inspectedOn: '2026-11-20' }),
    ]);

    const coordinator = await person('coordinator');
    const progress = await getText(coordinator.browser, `/people/${trainee.id}/progress`);
    expect(progress.status).toBe(200);
    expect(progress.text).toContain('修了した研修と修了した日 研修 日付 パソコンの基本');
    expect(progress.text).not.toContain('まだの研修');
    expect(progress.text).toContain('出席した日程 研修 日時 パソコンの基本');
    expect(progress.text).toContain('データ入力 ひとりでできる 研修で修了');
    expect(progress.text).toContain('検品を受けた提出 4件 受け入れ 3件 差し戻し 1件 差し戻しの割合 25%');
    expect(progress.text).toContain('基本の確認テスト パソコンの基本 90点');
    expect(progress.text).not.toContain('50点');

    const fresh = await createWorker(test, { role: 'trainee' });
    expect((await getText(coordinator.browser, `/people/${fresh.id}/progress`)).text).toContain('差し戻しの割合 —');

    const leader = await person('leader');
    await postText(leader.browser, `/people/${fresh.id}/promotions`, { reason: '推薦します' });
    const list = await getText(leader.browser, '/people/progress');
    expect(list.text).toContain(`trainee ${trainee.loginId.replace('trainee', '')} 研修生 1 25%`);
    expect(list.text).toContain(`trainee ${fresh.loginId.replace('trainee', '')} 研修生 0 — 確認待ち`);
    expect(list.text).not.toContain('coordinator');
  });
});
