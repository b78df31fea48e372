import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { getText, postText } from '../../testing/page-text';
import { useTestApp, type TestBrowser } from '../../testing/test-app';
import { notifications } from '../notifications/schema';
import { addToTeam, createOrder, createTasks } from '../orders/testing';
import { workerSkills } from '../workers/schema';
import { createWorker } from '../workers/testing';
import { recordAttempt } from './record-attempt';
import { assessmentAttempts, assessmentQuestions, assessments, courseCompletions, sessionEnrolments } from './schema';
import { createTestCourse, createTestSession } from './testing';

const test = useTestApp();

async function signedIn(user: { loginId: string }) {
  const browser = test.browser();
  await browser.signIn(user.loginId);
  return browser;
}

/** A trainee with a worker profile, seated in a session of the course that began an hour ago. */
async function seatedTrainee(courseId: string) {
  const trainee = await createWorker(test, { role: 'trainee' });
  const session = await createTestSession(test.db, { courseId, capacity: 5, startsInHours: -1 });
  await test.db.insert(sessionEnrolments).values({ sessionId: session.id, userId: trainee.id, status: 'enrolled' });
  return { ...trainee, browser: await signedIn(trainee) };
}

/** A data-entry quiz of four questions whose right answers are 1, 2, 0, 2, passed at 70 points. */
async function createQuiz(courseId: string, settings: { level?: number } = {}) {
  const [quiz] = await test.db
    .insert(assessments)
    .values({ courseId, title: 'データ入力の確認テスト', kind: 'quiz', skill: 'data_entry', level: settings.level ?? 1, passPercent: 70 })
    .returning();
  await test.db.insert(assessmentQuestions).values(
    [1, 2, 0, 2].map((correctChoice, index) => ({ assessmentId: quiz!.id, position: index + 1, prompt: `問題文${index + 1}`, choices: ['答えア', '答えイ', '答えウ'], correctChoice })),
  );
  return quiz!;
}

const rightAnswers = { q1: '1', q2: '2', q3: '0', q4: '2' };

async function answerQuiz(browser: TestBrowser, quizId: string, answers: Record<string, string>) {
  const form = await browser.get(`/training/assessments/${quizId}/take`);
  expect(form.status).toBe(200);
  const html = await form.text();
  const attempt = /name="attempt" value="(\d+)"/.exec(html)![1]!;
  const questions = /name="questions" value="([^"]*)"/.exec(html)![1]!;
  return postText(browser, `/training/assessments/${quizId}/take`, { attempt, questions, ...answers });
}

async function skillOf(userId: string) {
  const [skill] = await test.db.select().from(workerSkills).where(and(eq(workerSkills.userId, userId), eq(workerSkills.skill, 'data_entry')));
  return skill;
}

describe('setting up assessments', () => {
  it('adds a quiz with questions next to the fields that are wrong, changes it and ends it', async () => {
    const staff = await signedIn(await test.createUser('coordinator'));
    const course = await createTestCourse(test.db, { title: 'データ入力の実践' });
    expect((await getText(staff, `/training/courses/${course.id}`)).text).toContain('まだ修了テストはありません。');
    const bad = await postText(staff, `/training/courses/${course.id}/assessments`, { title: '', kind: 'quiz', skill: 'cooking', level: '1', passPercent: '101' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('テストの名前: 入力してください。');
    expect(bad.text).toContain('スキルを選んでください。');
    expect(bad.text).toContain('合格点は 1〜100 の数字で入力してください。');
    const created = await postText(staff, `/training/courses/${course.id}/assessments`, { title: '確認テスト', kind: 'quiz', skill: 'data_entry', level: '1', passPercent: '７０' });
    expect(created.status).toBe(303);
    const quizPath = created.location!.split('?')[0]!;
    expect((await getText(staff, quizPath)).text).toContain('まだ問題がありません。問題を1つ以上追加するまで、このテストは受けられません。');
    expect((await getText(staff, `/training/courses/${course.id}`)).text).toContain('合格で身につくスキル: データ入力（レベル1）');

    const oneChoice = await postText(staff, `${quizPath}/questions`, { prompt: '入力のあとは？', choice1: '見直す', correct: '2' });
    expect(oneChoice.status).toBe(400);
    expect(oneChoice.text).toContain('答えを2つ以上入力してください。');
    expect(oneChoice.text).toContain('正しい答えに選んだ欄が空です。');
    expect((await postText(staff, `${quizPath}/questions`, { prompt: '入力のあとは？', choice1: 'すぐ次へ', choice3: '見直す', correct: '3' })).status).toBe(303);
    const [question] = await test.db.select().from(assessmentQuestions);
    expect(question).toMatchObject({ choices: ['すぐ次へ', '見直す'], correctChoice: 1, position: 1 });
    expect((await getText(staff, quizPath)).text).toContain('見直す （正しい答え）');

    expect((await postText(staff, `/training/questions/${question!.id}`, { prompt: '入力が終わったら', choice1: 'すぐ次へ', choice2: '見直す', choice3: '消す', correct: '2' })).status).toBe(303);
    expect((await test.db.select().from(assessmentQuestions))[0]).toMatchObject({ prompt: '入力が終わったら', choices: ['すぐ次へ', '見直す', '消す'], correctChoice: 1 });
    expect((await postText(staff, quizPath, { title: '確認テスト（改）', skill: 'data_entry', level: '2', passPercent: '80' })).status).toBe(303);
    expect((await getText(staff, quizPath)).text).toContain('合格点: 80点以上');
    expect((await postText(staff, `${quizPath}/retire`)).status).toBe(303);
    expect((await getText(staff, quizPath)).text).toContain('この修了テストは終了しています。');
    expect((await postText(staff, `${quizPath}/questions`, { prompt: '追加', choice1: 'ア', choice2: 'イ', correct: '1' })).status).toBe(404);
    expect((await postText(staff, `/training/questions/${question!.id}/remove`)).status).toBe(303);
    expect(await test.db.select().from(assessmentQuestions)).toEqual([]);
  });

  it('keeps assessments to staff: takers get 403, unknown ids 404', async () => {
    const course = await createTestCourse(test.db, { title: 'データ入力の実践' });
    const quiz = await createQuiz(course.id);
    const trainee = await seatedTrainee(course.id);
    expect((await trainee.browser.get(`/training/assessments/${quiz.id}`)).status).toBe(403);
    expect((await trainee.browser.post(`/training/courses/${course.id}/assessments`, { title: 'x', kind: 'quiz', skill: 'data_entry', level: '1', passPercent: '1' })).status).toBe(403);
    const staff = await signedIn(await test.createUser('coordinator'));
    expect((await staff.get('/training/assessments/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await staff.get(`/training/assessments/${quiz.id}/take`)).status).toBe(403);
  });
});

describe('taking a quiz', () => {
  it('scores against the stored answers, says which were wrong, lets one retry, and a pass grants the skill that a task needs', async () => {
    const course = await createTestCourse(test.db, { title: 'データ入力の実践' });
    const quiz = await createQuiz(course.id);
    const trainee = await seatedTrainee(course.id);
    const { orderId } = await createOrder(test);
    const { taskIds } = await createTasks(test, orderId, 1, { requiredSkills: ['data_entry'] });
    await addToTeam(test, orderId, trainee.id);
    expect((await postText(trainee.browser, `/tasks/${taskIds[0]}/take`)).status).toBe(409);

    const catalogue = await getText(trainee.browser, `/training/catalogue/${course.id}`);
    expect(catalogue.text).toContain('「データ入力の確認テスト」を受ける');
    const missing = await answerQuiz(trainee.browser, quiz.id, { q1: '1', q3: '0' });
    expect(missing.status).toBe(400);
    expect(missing.text).toContain('問2: この問題の答えを1つ選んでください。');
    expect(missing.text).toContain('問4: この問題の答えを1つ選んでください。');
    const outOfRange = await answerQuiz(trainee.browser, quiz.id, { ...rightAnswers, q4: '3' });
    expect(outOfRange.status).toBe(400);
    expect(await test.db.select().from(assessmentAttempts)).toEqual([]);

    const failed = await answerQuiz(trainee.browser, quiz.id, { ...rightAnswers, q2: '0', q4: '1' });
    expect(failed.status).toBe(303);
    const failedResult = await getText(trainee.browser, failed.location!);
    expect(failedResult.text).toContain('今回は合格点に届きませんでした。');
    expect(failedResult.text).toContain('あなたの点数は50点です（合格点は70点）。');
    expect(failedResult.text).toContain('問2：問題文2 あなたの答え: 答えア');
    expect(failedResult.text).not.toContain('問題文1');
    expect(await skillOf(trainee.id)).toBeUndefined();
    expect(await test.db.select().from(courseCompletions)).toEqual([]);

    const passed = await answerQuiz(trainee.browser, quiz.id, { ...rightAnswers, q4: '0' });
    const passedResult = await getText(trainee.browser, passed.location!);
    expect(passedResult.text).toContain('合格です。');
    expect(passedResult.text).toContain('あなたの点数は75点です（合格点は70点）。');
    expect(passedResult.text).toContain('身についたスキル: データ入力（レベル1）');
    expect(await skillOf(trainee.id)).toMatchObject({ level: 1, source: 'training', verifiedBy: null });
    expect(await test.db.select({ userId: courseCompletions.userId, recordedBy: courseCompletions.recordedBy }).from(courseCompletions)).toEqual([{ userId: trainee.id, recordedBy: null }]);
    expect(await test.db.select({ key: notifications.messageKey }).from(notifications).where(eq(notifications.userId, trainee.id))).toEqual([{ key: 'training.notice.passed' }]);
    expect(await test.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.subjectUserId, trainee.id))).toEqual([{ action: 'worker.skill.training' }]);

    const mine = await getText(trainee.browser, '/me/training');
    expect(mine.text).toContain('データ入力（レベル1）: 「データ入力の確認テスト」に合格');
    expect(mine.text).toContain('データ入力の確認テスト データ入力の実践');
    const questions = (await test.db.select({ id: assessmentQuestions.id }).from(assessmentQuestions).orderBy(assessmentQuestions.position)).map((row) => row.id).join();
    const again = await postText(trainee.browser, `/training/assessments/${quiz.id}/take`, { attempt: '2', questions, ...rightAnswers });
    expect(again.status).toBe(409);
    expect(again.text).toContain('もう合格しています。受け直す必要はありません。');
    expect((await getText(trainee.browser, `/training/catalogue/${course.id}`)).text).toContain('もう合格しています。');

    expect((await postText(trainee.browser, `/tasks/${taskIds[0]}/take`)).status).toBe(303);
  });

  it('lets only people whose session began, or who completed the course, take it, and says why not', async () => {
    const course = await createTestCourse(test.db, { title: 'データ入力の実践' });
    const quiz = await createQuiz(course.id);
    const outsider = await createWorker(test, { role: 'trainee' });
    const outsiderBrowser = await signedIn(outsider);
    const refused = await getText(outsiderBrowser, `/training/assessments/${quiz.id}/take`);
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('この研修の日程に参加した人、または修了した人が受けられます。');
    const later = await createTestSession(test.db, { courseId: course.id, capacity: 5, startsInHours: 24 });
    await test.db.insert(sessionEnrolments).values({ sessionId: later.id, userId: outsider.id, status: 'enrolled' });
    const questions = (await test.db.select({ id: assessmentQuestions.id }).from(assessmentQuestions).orderBy(assessmentQuestions.position)).map((row) => row.id).join();
    expect((await postText(outsiderBrowser, `/training/assessments/${quiz.id}/take`, { attempt: '0', questions, ...rightAnswers })).text).toContain('この研修の日程が始まってから受けられます。');

    const absent = await seatedTrainee(course.id);
    await test.db.update(sessionEnrolments).set({ attendance: 'absent' }).where(eq(sessionEnrolments.userId, absent.id));
    expect((await getText(absent.browser, `/training/assessments/${quiz.id}/take`)).status).toBe(409);
    await test.db.insert(courseCompletions).values({ courseId: course.id, userId: absent.id });
    expect((await getText(absent.browser, `/training/assessments/${quiz.id}/take`)).status).toBe(200);

    const empty = await test.db.insert(assessments).values({ courseId: course.id, title: '準備中のテスト', kind: 'quiz', skill: 'web', level: 1 }).returning();
    expect((await getText(absent.browser, `/training/catalogue/${course.id}`)).text).toContain('まだ問題の準備ができていないので、受けられません。');
    expect((await getText(absent.browser, `/training/assessments/${empty[0]!.id}/take`)).status).toBe(409);
  });

  it('asks to answer again when the questions changed while the page was open', async () => {
    const course = await createTestCourse(test.db, { title: 'データ入力の実践' });
    const quiz = await createQuiz(course.id);
    const trainee = await seatedTrainee(course.id);
    const html = await (await trainee.browser.get(`/training/assessments/${quiz.id}/take`)).text();
    const questions = /name="questions" value="([^"]*)"/.exec(html)![1]!;
    await test.db.delete(assessmentQuestions).where(and(eq(assessmentQuestions.assessmentId, quiz.id), eq(assessmentQuestions.position, 2)));
    const changed = await postText(trainee.browser, `/training/assessments/${quiz.id}/take`, { attempt: '0', questions, ...rightAnswers });
    expect(changed.status).toBe(409);
    expect(changed.text).toContain('答えている間に、テストの問題が変わりました。');
    expect(await test.db.select().from(assessmentAttempts)).toEqual([]);
  });

  it('shows a result only to its taker', async () => {
    const course = await createTestCourse(test.db, { title: 'データ入力の実践' });
    const quiz = await createQuiz(course.id);
    const trainee = await seatedTrainee(course.id);
    const taken = await answerQuiz(trainee.browser, quiz.id, rightAnswers);
    const other = await seatedTrainee(course.id);
    expect((await other.browser.get(taken.location!)).status).toBe(404);
    expect((await trainee.browser.get(taken.location!)).status).toBe(200);
  });

  it('holds a double send: the same page sent twice at once records one attempt and grants once', async () => {
    const course = await createTestCourse(test.db, { title: 'データ入力の実践' });
    const quiz = await createQuiz(course.id);
    const trainee = await seatedTrainee(course.id);
    const results = await Promise.all(Array.from({ length: 5 }, () => recordAttempt(test.db, { kind: 'quiz', assessmentId: quiz.id, userId: trainee.id, answers: [1, 2, 0, 2], attemptsBefore: 0 })));
    expect(new Set(results.map((result) => result.ok && result.attemptId)).size).toBe(1);
    expect(await test.db.select().from(assessmentAttempts)).toHaveLength(1);
    expect(await test.db.select().from(notifications).where(eq(notifications.userId, trainee.id))).toHaveLength(1);
    const failing = await createQuiz(course.id);
    const fails = await Promise.all(Array.from({ length: 3 }, () => recordAttempt(test.db, { kind: 'quiz', assessmentId: failing.id, userId: trainee.id, answers: [0, 0, 0, 0], attemptsBefore: 0 })));
    expect(fails.every((result) => result.ok && !result.passed)).toBe(true);
    expect(await test.db.select().from(assessmentAttempts).where(eq(assessmentAttempts.assessmentId, failing.id))).toHaveLength(1);
    // Other answers sent from the same (older) page, after the browser's back button, are a new try.
    expect(await recordAttempt(test.db, { kind: 'quiz', assessmentId: failing.id, userId: trainee.id, answers: [1, 2, 0, 2], attemptsBefore: 0 })).toMatchObject({ ok: true, passed: true });
    expect(await test.db.select().from(assessmentAttempts).where(eq(assessmentAttempts.assessmentId, failing.id))).toHaveLength(2);
  });
});

describe('granting the skill', () => {
  it('replaces a self-assessed skill, raises a lower confirmed one and never lowers a higher one', async () => {
    const course = await createTestCourse(test.db, { title: 'データ入力の実践' });
    const levelTwo = await createQuiz(course.id, { level: 2 });
    const pass = (userId: string) => recordAttempt(test.db, { kind: 'quiz', assessmentId: levelTwo.id, userId, answers: [1, 2, 0, 2], attemptsBefore: 0 });
    const staff = await test.createUser('coordinator');

    const self = await seatedTrainee(course.id);
    await test.db.insert(workerSkills).values({ userId: self.id, skill: 'data_entry', level: 3, source: 'self' });
    expect(await pass(self.id)).toMatchObject({ ok: true, passed: true, skillChange: 'confirmed' });
    expect(await skillOf(self.id)).toMatchObject({ level: 2, source: 'training' });

    const lower = await seatedTrainee(course.id);
    await test.db.insert(workerSkills).values({ userId: lower.id, skill: 'data_entry', level: 1, source: 'staff', verifiedBy: staff.id, note: '見て確認' });
    expect(await pass(lower.id)).toMatchObject({ skillChange: 'raised' });
    expect(await skillOf(lower.id)).toMatchObject({ level: 2, source: 'training', verifiedBy: null });

    const higher = await seatedTrainee(course.id);
    await test.db.insert(workerSkills).values({ userId: higher.id, skill: 'data_entry', level: 3, source: 'staff', verifiedBy: staff.id, note: '指導できる' });
    expect(await pass(higher.id)).toMatchObject({ skillChange: 'kept' });
    expect(await skillOf(higher.id)).toMatchObject({ level: 3, source: 'staff', verifiedBy: staff.id, note: '指導できる' });
  });

  it('lets staff score a practical assessment from the roster’s people, with the same pass rule', async () => {
    const staffUser = await test.createUser('coordinator');
    const staff = await signedIn(staffUser);
    const course = await createTestCourse(test.db, { title: '画像の切り抜き 実践' });
    const [practical] = await test.db.insert(assessments).values({ courseId: course.id, title: '切り抜きの実技', kind: 'practical', skill: 'design', level: 1, passPercent: 60 }).returning();
    const trainee = await seatedTrainee(course.id);
    const [enrolment] = await test.db.select({ sessionId: sessionEnrolments.sessionId }).from(sessionEnrolments).where(eq(sessionEnrolments.userId, trainee.id));
    const roster = await getText(staff, `/training/sessions/${enrolment!.sessionId}`);
    expect(roster.text).toContain('実技テストの点数は、テストのページで記録します: 切り抜きの実技');
    expect(roster.text).toContain('スキルを確認する（');
    const path = `/training/assessments/${practical!.id}`;
    // Each score form carries when its page was made.
    const form = (fields: Record<string, string>) => ({ shownAt: String(Date.now()), ...fields });
    expect((await postText(staff, `${path}/scores`, form({ userId: trainee.id, score: '101' }))).text).toContain('点数は 0〜100 の数字で入力してください。');
    const outsider = await createWorker(test);
    expect((await postText(staff, `${path}/scores`, form({ userId: outsider.id, score: '90' }))).status).toBe(409);
    // A double click on a failing score records it once.
    const failing = form({ userId: trainee.id, score: '59', note: '輪郭をもう少していねいに' });
    const twice = await Promise.all([postText(staff, `${path}/scores`, failing), postText(staff, `${path}/scores`, failing)]);
    expect(twice.map((response) => response.status)).toEqual([303, 303]);
    expect(await test.db.select().from(assessmentAttempts).where(eq(assessmentAttempts.userId, trainee.id))).toHaveLength(1);
    expect((await postText(staff, `${path}/scores`, form({ userId: trainee.id, score: '60' }))).status).toBe(303);
    expect((await postText(staff, `${path}/scores`, form({ userId: trainee.id, score: '90' }))).text).toContain('もう合格しています。');
    expect(await test.db.select().from(assessmentAttempts).where(eq(assessmentAttempts.userId, trainee.id))).toHaveLength(2);
    expect((await getText(staff, path)).text).toContain('輪郭をもう少していねいに');
    const [skill] = await test.db.select().from(workerSkills).where(eq(workerSkills.userId, trainee.id));
    expect(skill).toMatchObject({ skill: 'design', level: 1, source: 'training' });
    expect(await test.db.select({ recordedBy: courseCompletions.recordedBy }).from(courseCompletions)).toEqual([{ recordedBy: staffUser.id }]);
    expect((await getText(trainee.browser, '/me/training')).text).toContain('デザイン（チラシ・広報誌）（レベル1）: 「切り抜きの実技」に合格');
    expect((await trainee.browser.post(`${path}/take`, { attempt: '0' })).status).toBe(404);
  });
});
