import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../auth/schema';
import { getText, postText } from '../../testing/page-text';
import { useTestApp } from '../../testing/test-app';
import { notifications } from '../notifications/schema';
import { enrolInSession } from './enrol-in-session';
import { coursePrerequisites, courseSessions, sessionEnrolments } from './schema';
import { completeTestCourse, createTestCourse, createTestSession } from './testing';

const test = useTestApp();

async function signedInAs(role: 'trainee' | 'worker' | 'coordinator' | 'client') {
  const user = await test.createUser(role);
  const browser = test.browser();
  await browser.signIn(user.loginId);
  return { browser, id: user.id };
}

const inTwoDays = () => new Date(Date.now() + 2 * 86400_000 + 9 * 3600_000).toISOString().slice(0, 10);

describe('courses', () => {
  it('refuses a course without a name and a prerequisite that would make a loop, next to the field', async () => {
    const staff = await signedInAs('coordinator');
    expect((await getText(staff.browser, '/training/courses/new')).text).toContain('研修を追加');
    expect((await postText(staff.browser, '/training/courses', { title: '', stage: 'basics', level: '1' })).text).toContain('名前: 入力してください。');
    const basics = await createTestCourse(test.db, { title: 'パソコンの基本' });
    const created = await postText(staff.browser, '/training/courses', { title: 'データ入力の実践', stage: 'practical', level: '1', prerequisites: basics.id });
    expect(created.status).toBe(303);
    const practicalId = created.location!.split('/')[3]!.split('?')[0]!;
    expect((await getText(staff.browser, '/training/courses')).text).toContain('データ入力の実践 実践研修・レベル1 パソコンの基本');
    const loop = await postText(staff.browser, `/training/courses/${basics.id}`, { title: 'パソコンの基本', stage: 'basics', level: '1', prerequisites: practicalId });
    expect(loop.status).toBe(409);
    expect(loop.text).toContain('「データ入力の実践」は、この研修を修了してから受ける研修なので');
    expect(await test.db.select().from(coursePrerequisites).where(eq(coursePrerequisites.courseId, basics.id))).toEqual([]);
  });

  it('checks a session: https links only, the end after the start, a place or a link', async () => {
    const staff = await signedInAs('coordinator');
    const course = await createTestCourse(test.db, { title: 'パソコンの基本' });
    const bad = await postText(staff.browser, `/training/courses/${course.id}/sessions`, { date: inTwoDays(), start: '12:00', end: '10:00', place: '', onlineUrl: 'http://example.com', capacity: '0' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('https:// で始まるリンクを入力してください。');
    expect(bad.text).toContain('定員は 1〜1000 の数字で入力してください。');
    const backwards = await postText(staff.browser, `/training/courses/${course.id}/sessions`, { date: inTwoDays(), start: '12:00', end: '10:00', place: '会場', capacity: '5' });
    expect(backwards.text).toContain('終わる時刻は、始まる時刻より後にしてください。');
    const noWhere = await postText(staff.browser, `/training/courses/${course.id}/sessions`, { date: inTwoDays(), start: '10:00', end: '12:00', capacity: '5' });
    expect(noWhere.text).toContain('場所か、オンラインのリンクのどちらかを入力してください。');
    const good = await postText(staff.browser, `/training/courses/${course.id}/sessions`, { date: inTwoDays(), start: '１０：００', end: '12:00', onlineUrl: 'https://meet.example.jp/abc', capacity: '5' });
    expect(good.status).toBe(303);
    expect((await getText(staff.browser, `/training/courses/${course.id}`)).text).toContain('0人／定員5人');
  });
});

describe('enrolling', () => {
  it('names the course to complete first, and refuses twice, past and cancelled sessions', async () => {
    const trainee = await signedInAs('trainee');
    const basics = await createTestCourse(test.db, { title: 'パソコンの基本' });
    const practical = await createTestCourse(test.db, { title: 'データ入力の実践', stage: 'practical', requires: [basics.id] });
    const session = await createTestSession(test.db, { courseId: practical.id, capacity: 3 });
    const refused = await postText(trainee.browser, `/training/sessions/${session.id}/enrol`);
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('この研修の前に、パソコンの基本を修了しておく必要があります。');
    await completeTestCourse(test.db, basics.id, trainee.id);
    expect((await postText(trainee.browser, `/training/sessions/${session.id}/enrol`)).status).toBe(303);
    expect((await postText(trainee.browser, `/training/sessions/${session.id}/enrol`)).text).toContain('この日程には、もう申し込んでいます');
    const past = await createTestSession(test.db, { courseId: basics.id, capacity: 3, startsInHours: -1 });
    expect((await postText(trainee.browser, `/training/sessions/${past.id}/enrol`)).text).toContain('もう始まっているか終わっている');
    const cancelled = await createTestSession(test.db, { courseId: basics.id, capacity: 3 });
    await test.db.update(courseSessions).set({ cancelledAt: new Date() }).where(eq(courseSessions.id, cancelled.id));
    expect((await postText(trainee.browser, `/training/sessions/${cancelled.id}/enrol`)).text).toContain('中止になったので、申し込めません');
    const mine = await getText(trainee.browser, '/me/training');
    expect(mine.text).toContain('データ入力の実践');
    expect(mine.text).toContain('申込済み');
    expect(mine.text).toContain('パソコンの基本 （');
  });

  it('puts people on the waiting list when full, and gives the freed seat to the first waiting, who is told', async () => {
    const course = await createTestCourse(test.db, { title: 'パソコンの基本' });
    const session = await createTestSession(test.db, { courseId: course.id, capacity: 1 });
    const first = await signedInAs('trainee');
    const second = await signedInAs('worker');
    const third = await signedInAs('trainee');
    expect((await postText(first.browser, `/training/sessions/${session.id}/enrol`)).status).toBe(303);
    expect((await postText(second.browser, `/training/sessions/${session.id}/enrol`)).text).toContain('あなたは1番目です');
    expect((await postText(third.browser, `/training/sessions/${session.id}/enrol`)).text).toContain('あなたは2番目です');
    expect((await getText(third.browser, '/me/training')).text).toContain('空き待ち（2番目）');
    const [seat] = await test.db.select().from(sessionEnrolments).where(and(eq(sessionEnrolments.userId, first.id), eq(sessionEnrolments.sessionId, session.id)));
    expect((await postText(first.browser, `/training/enrolments/${seat!.id}/cancel`)).status).toBe(303);
    expect((await getText(second.browser, '/me/training')).text).toContain('申込済み');
    expect((await getText(third.browser, '/me/training')).text).toContain('空き待ち（1番目）');
    const [promoted] = await test.db.select().from(sessionEnrolments).where(eq(sessionEnrolments.userId, second.id));
    expect(promoted!.promotedAt).not.toBeNull();
    const told = await test.db.select().from(notifications).where(eq(notifications.userId, second.id));
    expect(told.map((notice) => notice.messageKey)).toEqual(['training.notice.promoted']);
    expect(await test.db.select().from(notifications).where(eq(notifications.userId, third.id))).toEqual([]);
    // Someone else's enrolment is not theirs to cancel.
    expect((await postText(third.browser, `/training/enrolments/${promoted!.id}/cancel`)).status).toBe(404);
  });

  it('gives k seats to exactly k of many enrolling at once; the rest wait in distinct places', { timeout: 120_000 }, async () => {
    const course = await createTestCourse(test.db, { title: 'パソコンの基本' });
    const session = await createTestSession(test.db, { courseId: course.id, capacity: 3 });
    const racers = await test.db
      .insert(users)
      .values(Array.from({ length: 30 }, (_, index) => ({ loginId: `racer${index}`, displayName: `Racer ${index}`, role: 'trainee' as const })))
      .returning({ id: users.id });
    const results = await Promise.all(racers.map((racer) => enrolInSession(test.db, { sessionId: session.id, userId: racer.id })));
    expect(results.filter((result) => result.ok && result.status === 'enrolled')).toHaveLength(3);
    const positions = results.flatMap((result) => (result.ok && result.status === 'waitlisted' ? [result.position] : []));
    expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: 27 }, (_, index) => index + 1));
    const rows = await test.db.select().from(sessionEnrolments).where(eq(sessionEnrolments.sessionId, session.id));
    expect(rows.filter((row) => row.status === 'enrolled')).toHaveLength(3);
  });

  it('tells everyone enrolled or waiting when staff cancel a session', async () => {
    const staff = await signedInAs('coordinator');
    const course = await createTestCourse(test.db, { title: 'パソコンの基本' });
    const session = await createTestSession(test.db, { courseId: course.id, capacity: 1 });
    const seated = await signedInAs('trainee');
    const waiting = await signedInAs('trainee');
    await postText(seated.browser, `/training/sessions/${session.id}/enrol`);
    await postText(waiting.browser, `/training/sessions/${session.id}/enrol`);
    expect((await postText(staff.browser, `/training/sessions/${session.id}/cancel`)).status).toBe(303);
    const told = await test.db.select().from(notifications).where(eq(notifications.messageKey, 'training.notice.sessionCancelled'));
    expect(told.map((notice) => notice.userId).sort()).toEqual([seated.id, waiting.id].sort());
    expect((await getText(seated.browser, '/me/training')).text).toContain('この日程は中止になりました。');
  });
});

describe('retiring', () => {
  it('hides a retired course from the catalogue and refuses enrolling in its sessions; staff still see it', async () => {
    const staff = await signedInAs('coordinator');
    const trainee = await signedInAs('trainee');
    const course = await createTestCourse(test.db, { title: '古い研修' });
    const session = await createTestSession(test.db, { courseId: course.id, capacity: 3 });
    expect((await getText(trainee.browser, '/training')).text).toContain('古い研修');
    expect((await postText(staff.browser, `/training/courses/${course.id}/retire`)).status).toBe(303);
    expect((await getText(trainee.browser, '/training')).text).not.toContain('古い研修');
    expect((await getText(trainee.browser, `/training/catalogue/${course.id}`)).status).toBe(404);
    expect((await postText(trainee.browser, `/training/sessions/${session.id}/enrol`)).status).toBe(404);
    expect((await getText(staff.browser, '/training/courses')).text).toContain('古い研修 （終了）');
  });
});

describe('attendance and completion', () => {
  it('marks attendance once the session has started and records a completion that opens the next course', async () => {
    const staff = await signedInAs('coordinator');
    const trainee = await signedInAs('trainee');
    const basics = await createTestCourse(test.db, { title: 'パソコンの基本' });
    const practical = await createTestCourse(test.db, { title: 'データ入力の実践', requires: [basics.id] });
    const coming = await createTestSession(test.db, { courseId: basics.id, capacity: 5, startsInHours: 1 });
    await postText(trainee.browser, `/training/sessions/${coming.id}/enrol`);
    const [enrolment] = await test.db.select().from(sessionEnrolments).where(eq(sessionEnrolments.userId, trainee.id));
    const early = await postText(staff.browser, `/training/sessions/${coming.id}/attendance`, { enrolmentId: enrolment!.id, mark: 'present' });
    expect(early.status).toBe(409);
    expect(early.text).toContain('出欠は、日程が始まってから記録できます。');
    await test.db.update(courseSessions).set({ startsAt: new Date(Date.now() - 3600_000), endsAt: new Date(Date.now() - 60_000) }).where(eq(courseSessions.id, coming.id));
    expect((await postText(staff.browser, `/training/sessions/${coming.id}/attendance`, { enrolmentId: enrolment!.id, mark: 'present' })).status).toBe(303);
    expect((await getText(trainee.browser, '/me/training')).text).toContain('パソコンの基本');
    expect((await getText(trainee.browser, '/me/training')).text).toContain('出席');
    const tooLong = await postText(staff.browser, `/training/sessions/${coming.id}/completions`, { userId: trainee.id, note: 'あ'.repeat(501) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.text).toContain('500文字以内で入力してください。');
    expect((await postText(staff.browser, `/training/sessions/${coming.id}/completions`, { userId: trainee.id, note: 'よくできました' })).status).toBe(303);
    const next = await createTestSession(test.db, { courseId: practical.id, capacity: 5 });
    expect((await postText(trainee.browser, `/training/sessions/${next.id}/enrol`)).status).toBe(303);
    expect((await getText(trainee.browser, '/me/training')).text).toMatch(/修了した研修 .*パソコンの基本 （/);
  });
});

describe('materials', () => {
  it('shows links and files only to staff and people taking the course; anyone else gets 404', async () => {
    const staff = await signedInAs('coordinator');
    const course = await createTestCourse(test.db, { title: 'パソコンの基本' });
    const session = await createTestSession(test.db, { courseId: course.id, capacity: 5 });
    const badLink = await postText(staff.browser, `/training/courses/${course.id}/links`, { 'link-title': '', 'link-url': 'javascript:alert(1)' });
    expect(badLink.status).toBe(400);
    expect(badLink.text).toContain('https:// で始まるリンクを入力してください。');
    expect((await postText(staff.browser, `/training/courses/${course.id}/links`, { 'link-title': '練習用サイト', 'link-url': 'https://example.jp/practice' })).status).toBe(303);
    const body = new FormData();
    if (!staff.browser.cookies.has('mw_csrf')) await staff.browser.get('/healthz');
    body.set('_csrf', staff.browser.cookies.get('mw_csrf') ?? '');
    body.set('file-title', '手引き');
    body.append('file-file', new File(['キーボードの使い方'], 'guide.txt', { type: 'text/plain' }));
    expect((await staff.browser.request(`/training/courses/${course.id}/files`, { method: 'POST', body })).status).toBe(303);
    const badFile = new FormData();
    badFile.set('_csrf', staff.browser.cookies.get('mw_csrf') ?? '');
    badFile.set('file-title', '実行ファイル');
    badFile.append('file-file', new File(['MZ'], 'tool.exe'));
    expect((await staff.browser.request(`/training/courses/${course.id}/files`, { method: 'POST', body: badFile })).status).toBe(400);

    const taker = await signedInAs('trainee');
    const outsider = await signedInAs('trainee');
    const client = await signedInAs('client');
    await postText(taker.browser, `/training/sessions/${session.id}/enrol`);
    const materials = await getText(taker.browser, `/training/catalogue/${course.id}/materials`);
    expect(materials.text).toContain('練習用サイト');
    expect(materials.text).toContain('手引き（guide.txt');
    const html = await (await taker.browser.get(`/training/catalogue/${course.id}/materials`)).text();
    const download = /href="(\/training\/materials\/[0-9a-f-]+)"/.exec(html)![1]!;
    const file = await taker.browser.get(download);
    expect(file.status).toBe(200);
    expect(await file.text()).toBe('キーボードの使い方');
    expect((await outsider.browser.get(`/training/catalogue/${course.id}/materials`)).status).toBe(404);
    expect((await outsider.browser.get(download)).status).toBe(404);
    expect((await client.browser.get(download)).status).toBe(404);
    expect((await staff.browser.get(download)).status).toBe(200);
    // A cancelled enrolment closes the materials again.
    const [enrolment] = await test.db.select().from(sessionEnrolments).where(eq(sessionEnrolments.userId, taker.id));
    await postText(taker.browser, `/training/enrolments/${enrolment!.id}/cancel`);
    expect((await taker.browser.get(download)).status).toBe(404);
  });
});
