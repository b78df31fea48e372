import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { visibleText } from '../../testing/html';
import { useTestApp, type TestBrowser } from '../../testing/test-app';
import { todayInJapan } from '../availability/calendar';
import { closePayMonth } from '../pay/close-pay-month';
import { listPendingPayLines } from '../pay/list-pending-pay-lines';
import { shiftMonth } from '../tasks/month';
import { submissions } from '../tasks/schema';
import { termsNoticeContentSchema } from '../terms-notices/content';
import { termsNotices } from '../terms-notices/schema';
import { addOperator, termsFormFields } from '../terms-notices/testing';
import { createWorker } from '../workers/testing';
import { orders, orderTeamMembers } from './schema';
import { addToTeam, createOrder, createTasks } from './testing';

const dataDir = mkdtempSync(path.join(tmpdir(), 'machiwork-ojt-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const test = useTestApp({ DATA_DIR: dataDir });

const page = async (browser: TestBrowser, path: string) => {
  const response = await browser.get(path);
  const html = await response.text();
  return { status: response.status, html, text: visibleText(html) };
};

const signIn = async (user: { loginId: string }) => {
  const browser = test.browser();
  await browser.signIn(user.loginId);
  return browser;
};

const teamRoleOf = async (orderId: string, userId: string) =>
  (await test.db.select({ role: orderTeamMembers.role }).from(orderTeamMembers).where(and(eq(orderTeamMembers.orderId, orderId), eq(orderTeamMembers.userId, userId))))[0]?.role;

describe('OJT: trainees on a real order’s team', () => {
  it('adds a trainee account in the trainee role unless told otherwise, and changes a member’s role to and from trainee', async () => {
    const director = await test.signedIn('director');
    const trainee = await createWorker(test, { role: 'trainee', loginId: 'sakura' });
    const worker = await createWorker(test, { loginId: 'hanako' });
    const other = await createWorker(test, { loginId: 'jiro' });
    const { orderId } = await createOrder(test);

    const form = await page(director, `/orders/${orderId}`);
    expect(form.text).toContain('アカウントに合わせる（研修生は研修（OJT）、ほかの人はメンバー）');
    const bad = await director.post(`/orders/${orderId}/team`, { 'team-userId': worker.id, 'team-role': 'boss' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/id="field-team-role-error">選んでください。/);
    for (const userId of [trainee.id, worker.id]) {
      expect((await director.post(`/orders/${orderId}/team`, { 'team-userId': userId, 'team-role': '' })).status).toBe(303);
    }
    expect(await teamRoleOf(orderId, trainee.id)).toBe('trainee');
    expect(await teamRoleOf(orderId, worker.id)).toBe('member');
    // A worker account may be put on a team for OJT too, by choosing the role.
    expect((await director.post(`/orders/${orderId}/team`, { 'team-userId': other.id, 'team-role': 'trainee' })).status).toBe(303);
    expect(await teamRoleOf(orderId, other.id)).toBe('trainee');

    const shown = await page(director, `/orders/${orderId}`);
    expect(shown.text).toContain('報酬は研修単価で、作業ごとの単価の100%（1円未満は切り捨て）です。');
    expect(shown.html).toMatch(/aria-label="[^"]+さんを研修（OJT）にする">研修（OJT）にする</);

    // Someone holding work who becomes a trainee is paid less for it: they are asked to agree to the changed terms.
    await addOperator(test);
    const { taskIds } = await createTasks(test, orderId, 1);
    expect((await (await signIn(worker)).post(`/tasks/${taskIds[0]}/take`)).status).toBe(303);
    expect((await director.post(`/orders/${orderId}/team/${worker.id}/role`, { role: 'trainee' })).status).toBe(303);
    expect(await teamRoleOf(orderId, worker.id)).toBe('trainee');
    const notices = await test.db.select().from(termsNotices).where(eq(termsNotices.workerId, worker.id)).orderBy(asc(termsNotices.number));
    expect(notices.map((notice) => notice.source)).toEqual(['task_taken', 'terms_change']);
    expect(termsNoticeContentSchema.parse(notices[1]!.content).terms.trainingRatePercent).toBe(100);
    expect((await director.post(`/orders/${orderId}/team/${trainee.id}/role`, { role: 'member' })).status).toBe(303);
    expect(await teamRoleOf(orderId, trainee.id)).toBe('member');
    expect((await director.post(`/orders/${orderId}/team/${trainee.id}/role`, { role: 'chief' })).status).toBe(400);
  });

  it('checks the training rate on the terms form, with the message next to the field, and shows it with the team', async () => {
    const director = await test.signedIn('director');
    const { orderId } = await createOrder(test);
    const errors: [string, RegExp][] = [
      ['0', /id="field-trainingRatePercent-error">研修単価の割合は、1から100までの数字で書いてください。/],
      ['101', /id="field-trainingRatePercent-error">研修単価の割合は、1から100までの数字で書いてください。/],
      ['八十', /id="field-trainingRatePercent-error">研修単価の割合は、1から100までの数字で書いてください。/],
      ['', /id="field-trainingRatePercent-error">入力してください。/],
    ];
    for (const [typed, message] of errors) {
      const response = await director.post(`/orders/${orderId}/terms`, { ...termsFormFields, trainingRatePercent: typed });
      expect(response.status).toBe(400);
      const html = await response.text();
      expect(html).toMatch(message);
      // What was typed stays in the form.
      expect(html).toContain(`value="${termsFormFields.termsDeliveryPlace}"`);
    }
    expect((await test.db.select({ rate: orders.trainingRatePercent }).from(orders).where(eq(orders.id, orderId)))[0]?.rate).toBe(100);

    expect((await director.post(`/orders/${orderId}/terms`, { ...termsFormFields, trainingRatePercent: '８０％' })).status).toBe(303);
    expect((await test.db.select({ rate: orders.trainingRatePercent }).from(orders).where(eq(orders.id, orderId)))[0]?.rate).toBe(80);
    expect((await page(director, `/orders/${orderId}/terms`)).html).toMatch(/name="trainingRatePercent"[^>]*value="80"|value="80"[^>]*name="trainingRatePercent"/);
    expect((await page(director, `/orders/${orderId}`)).text).toContain('作業ごとの単価の80%（1円未満は切り捨て）');
  });

  it('shows a trainee the training rate, states it on the terms notice, always reviews their work and pays it at the rate fixed at hand-in', async () => {
    await addOperator(test);
    const director = await test.signedIn('director');
    const leader = await createWorker(test, { role: 'leader', loginId: 'leader1' });
    const trainee = await createWorker(test, { loginId: 'trainee1' });
    const { orderId } = await createOrder(test, { reviewPolicy: 'sample', reviewSamplePercent: 1, trainingRatePercent: 80 });
    const { taskIds } = await createTasks(test, orderId, 3, { payKind: 'piece', payRateYen: 15, units: 50 });
    await addToTeam(test, orderId, leader.id, 'leader');
    await addToTeam(test, orderId, trainee.id, 'trainee');
    const browser = await signIn(trainee);

    // Before taking the work: ¥15 × 80% = ¥12 a unit.
    expect((await page(browser, '/tasks')).text).toContain('1件 ￥12（この作業で ￥600）（研修（OJT）の単価: ふつうの単価の80%）');
    expect((await page(browser, `/tasks/${taskIds[0]}`)).text).toContain('1件 ￥12（この作業で ￥600）（研修（OJT）の単価: ふつうの単価の80%）');

    for (const taskId of taskIds) expect((await browser.post(`/tasks/${taskId}/take`)).status).toBe(303);
    const [notice] = await test.db.select().from(termsNotices).where(eq(termsNotices.workerId, trainee.id)).orderBy(asc(termsNotices.number));
    const content = termsNoticeContentSchema.parse(notice!.content);
    expect(content.works[0]).toMatchObject({ rateYen: 12, standardRateYen: 15, amountYen: 600 });
    expect(content.terms.trainingRatePercent).toBe(80);
    const shownNotice = await page(browser, `/me/terms/${notice!.id}`);
    expect(shownNotice.text).toContain('￥600（50件 × 1件あたり ￥12）');
    expect(shownNotice.text).toContain('研修（OJT）の単価です（ふつうの単価は ￥15）。');
    expect(shownNotice.text).toContain('報酬は、作業ごとの単価の80%（1円未満は切り捨て）です。');

    // With 1% sampled, work would almost never be reviewed; a trainee's always is.
    const handedIn = await browser.post(`/tasks/${taskIds[0]}/hand-in`, { 'handIn-units': '50' });
    expect(handedIn.headers.get('location')).toBe('/tasks?done=handedIn');

    // The rate goes down to 75% while two tasks are held: the trainee is asked to agree. Until they do, the 80% they
    // accepted stands (no cut without agreement); work handed in after agreeing is paid at 75%.
    const changed = await director.post(`/orders/${orderId}/terms`, { ...termsFormFields, reviewPolicy: 'sample', reviewSamplePercent: '1', trainingRatePercent: '75' });
    expect(changed.headers.get('location')).toBe(`/orders/${orderId}?done=termsChanged&count=1#terms-title`);
    expect((await page(browser, `/tasks/${taskIds[1]}`)).text).toContain('1件 ￥11（この作業で ￥550）（研修（OJT）の単価: ふつうの単価の75%）');
    expect((await browser.post(`/tasks/${taskIds[1]}/hand-in`, { 'handIn-units': '50' })).headers.get('location')).toBe('/tasks?done=handedIn');
    const [change] = await test.db.select().from(termsNotices).where(and(eq(termsNotices.workerId, trainee.id), eq(termsNotices.source, 'terms_change')));
    expect(termsNoticeContentSchema.parse(change!.content).terms.trainingRatePercent).toBe(75);
    expect((await browser.post(`/me/terms/${change!.id}/agree`)).status).toBe(303);
    expect((await browser.post(`/tasks/${taskIds[2]}/hand-in`, { 'handIn-units': '50' })).headers.get('location')).toBe('/tasks?done=handedIn');
    const handIns = await test.db.select().from(submissions).where(eq(submissions.workerId, trainee.id)).orderBy(asc(submissions.submittedAt));
    expect(handIns.map((submission) => [submission.needsReview, submission.decision, submission.trainingRatePercent])).toEqual([
      [true, null, 80],
      [true, null, 80],
      [true, null, 75],
    ]);
    const waiting = await page(browser, `/me/work?month=${todayInJapan().slice(0, 7)}`);
    expect(waiting.text).toContain('50件 × ￥12（研修（OJT）の単価: ふつうの単価の80%） ￥600');

    // The reviewer sees it is OJT work.
    const reviewer = await signIn(leader);
    const queue = await page(reviewer, '/review');
    expect(queue.html.match(/<strong class="ojt-badge">研修（OJT）<\/strong>/g)).toHaveLength(3);
    const review = await page(reviewer, `/review/${handIns[0]!.id}`);
    expect(review.text).toContain('研修（OJT）の人の作業です。');
    for (const submission of handIns) expect((await reviewer.post(`/review/${submission.id}/accept`)).status).toBe(303);

    // Pay: 50 × ¥12 twice and 50 × floor(¥15 × 75%) = 50 × ¥11.
    const lines = await listPendingPayLines(test.db, { until: todayInJapan(), withholdingCategories: [] });
    expect(lines.map((line) => [line.payRateYen, line.trainingRatePercent, line.yen])).toEqual([
      [12, 80, 600],
      [12, 80, 600],
      [11, 75, 550],
    ]);
    const month = todayInJapan().slice(0, 7);
    const closed = await closePayMonth(test.db, month, (await test.createUser('coordinator')).id, new Date(`${shiftMonth(month, 1)}-02T03:00:00Z`));
    expect(closed.ok).toBe(true);
    const statementId = closed.ok ? closed.statementIds[0] : '';
    const statement = await page(browser, `/me/pay/${statementId}`);
    expect(statement.text).toContain('50件 × ￥12（研修（OJT）の単価: 作業の単価の80%）');
    expect(statement.text).toContain('50件 × ￥11（研修（OJT）の単価: 作業の単価の75%）');
    expect(statement.text).toContain('￥1,750');
  });
});
