import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../pdf/pdf-text';
import { linksOn, visibleText } from '../../testing/html';
import { getText } from '../../testing/page-text';
import { testEncryptionKey, useTestApp } from '../../testing/test-app';
import { bookings } from '../bookings/schema';
import { createSite, createSpace } from '../centre/testing';
import { clients } from '../clients/schema';
import { invoices } from '../invoices/schema';
import { orders, orderStatusChanges } from '../orders/schema';
import { createTasks } from '../orders/testing';
import { payStatements } from '../pay/schema';
import { submissions, workLogEntries } from '../tasks/schema';
import { tenantCompanies, tenantContracts } from '../tenants/schema';
import { courseCompletions } from '../training/schema';
import { createTestCourse } from '../training/testing';
import { countTrainingCompletions } from './count-training-completions';
import { countRegisteredWorkers } from './count-registered-workers';
import { countTargetGroups } from './count-target-groups';
import { countTeleworkTypes } from './count-telework-types';
import { fiscalYearPeriod } from './fiscal-year';
import { summariseCentre } from './summarise-centre';
import { summariseOrders } from './summarise-orders';
import { summariseWork } from './summarise-work';
import { createReportWorker, createTenantStaffMember, seedFiscal2020 } from './testing';

const test = useTestApp();
const fy2020 = fiscalYearPeriod(2020);

describe('outcome report figures', () => {
  it('reproduces the seed 令和2年度: A 2, B 0, C 57, D 4, registered +23', async () => {
    await seedFiscal2020(test.db);
    expect(await countTeleworkTypes(test.db, fy2020)).toEqual({ A: 2, B: 0, C: 57, D: 4 });
    expect(await countRegisteredWorkers(test.db, fy2020)).toEqual({ atStart: 30, joined: 27, left: 4, atEnd: 53, netChange: 23 });
  });

  it('counts target groups only for consenting workers, and shows 1–2 people as fewer than 3', async () => {
    const history: [string, 'active'][] = [['2020-05-01T10:00:00+09:00', 'active']];
    for (let index = 0; index < 2; index++) await createReportWorker(test.db, { history, targetGroups: ['childcare'], consented: true });
    for (let index = 0; index < 3; index++) await createReportWorker(test.db, { history, targetGroups: ['elderly', 'care'], consented: true });
    // Not consenting, or consent withdrawn: not counted, so childcare stays at 2 and elderly at 3.
    await createReportWorker(test.db, { history, targetGroups: ['childcare', 'elderly'] });
    await createReportWorker(test.db, { history, targetGroups: ['childcare', 'elderly'], consented: 'withdrawn' });
    const groups = await countTargetGroups(test.db, testEncryptionKey, fy2020);
    expect(groups.find((row) => row.group === 'childcare')?.registered).toBe('fewerThan3');
    expect(groups.find((row) => row.group === 'elderly')?.registered).toBe(3);
    expect(groups.find((row) => row.group === 'care')?.registered).toBe(3);
    expect(groups.find((row) => row.group === 'hikikomori')?.registered).toBe(0);
  });

  it('counts 障がい only with both the statistics and the sensitive-data consent', async () => {
    const history: [string, 'active'][] = [['2020-05-01T10:00:00+09:00', 'active']];
    const disability = { key: testEncryptionKey, consented: true };
    for (let index = 0; index < 3; index++) await createReportWorker(test.db, { history, consented: true, disability });
    await createReportWorker(test.db, { history, disability });
    await createReportWorker(test.db, { history, consented: true, disability: { key: testEncryptionKey, consented: false } });
    const row = (await countTargetGroups(test.db, testEncryptionKey, fy2020)).find((candidate) => candidate.group === 'disability');
    expect(row).toEqual({ group: 'disability', registered: 3, active: 0 });
  });
});

describe('work, orders and centre figures', () => {
  it('match figures computed by hand for a fiscal year', async () => {
    const history: [string, 'active'][] = [['2020-04-10T10:00:00+09:00', 'active']];
    const [first, second, third, outside] = [
      await createReportWorker(test.db, { history }),
      await createReportWorker(test.db, { history }),
      await createReportWorker(test.db, { history }),
      await createReportWorker(test.db, { history }),
    ] as [string, string, string, string];
    const [town, company] = await test.db
      .insert(clients)
      .values([
        { name: '立科町役場', nameKana: 'タテシナチョウヤクバ', isMunicipality: true, status: 'active' },
        { name: '株式会社外部', nameKana: 'ガイブ', status: 'active' },
      ])
      .returning({ id: clients.id });
    const [townOrder, companyOrder] = await test.db
      .insert(orders)
      .values([
        { clientId: town!.id, title: '町の入力', receivedOn: '2020-05-01', status: 'delivered', deliveryDate: '2020-06-30' },
        { clientId: company!.id, title: '外部の入力', receivedOn: '2020-08-01', status: 'closed', deliveryDate: '2020-09-01' },
        { clientId: company!.id, title: '見送り', receivedOn: '2020-08-02', status: 'lost' },
      ])
      .returning({ id: orders.id });
    // Delivered on the evening of its delivery date (on time, in Japan), and a day late.
    await test.db.insert(orderStatusChanges).values([
      { orderId: townOrder!.id, toStatus: 'delivered', changedAt: new Date('2020-06-30T20:00:00+09:00') },
      { orderId: companyOrder!.id, toStatus: 'delivered', changedAt: new Date('2020-09-02T09:00:00+09:00') },
    ]);
    await test.db.insert(invoices).values([
      { kind: 'order', orderId: townOrder!.id, clientId: town!.id, subject: '町', status: 'issued', number: 1, issuedOn: '2020-07-10', totalYen: 33000 },
      { kind: 'order', orderId: companyOrder!.id, clientId: company!.id, subject: '外部', status: 'issued', number: 2, issuedOn: '2020-09-10', totalYen: 77000 },
      { kind: 'order', orderId: companyOrder!.id, clientId: company!.id, subject: '下書き', status: 'draft' },
    ]);
    const { taskIds } = await createTasks(test, townOrder!.id, 3);
    await test.db.insert(workLogEntries).values([
      { taskId: taskIds[0]!, workerId: first, workedOn: '2020-05-10', minutes: 120 },
      { taskId: taskIds[0]!, workerId: first, workedOn: '2020-05-11', minutes: 60 },
      { taskId: taskIds[1]!, workerId: second, workedOn: '2020-06-01', minutes: 30 },
      { taskId: taskIds[1]!, workerId: outside, workedOn: '2021-04-01', minutes: 600 },
    ]);
    await test.db.insert(submissions).values([
      { taskId: taskIds[2]!, workerId: third, units: 5, needsReview: true, decision: 'accepted', reviewedAt: new Date('2020-07-01T10:00:00+09:00'), inspectedOn: '2020-07-01' },
      { taskId: taskIds[0]!, workerId: first, units: 5, needsReview: true, decision: 'returned', reviewedAt: new Date('2020-05-11T10:00:00+09:00') },
    ]);
    const statement = { consumptionTaxYen: 0, withholdingYen: 0, status: 'paid' as const, legalDueOn: '2020-07-31', scheduledOn: '2020-06-30' };
    await test.db.insert(payStatements).values([
      { ...statement, workerId: first, month: '2020-05', workYen: 10000, adjustmentYen: 500, withholdingBaseYen: 10500, paymentYen: 10500, paidOn: '2020-06-30' },
      // Paid after the year ended: not this year's income.
      { ...statement, workerId: second, month: '2021-03', workYen: 3000, adjustmentYen: 0, withholdingBaseYen: 3000, paymentYen: 3000, legalDueOn: '2021-05-31', scheduledOn: '2021-04-05', paidOn: '2021-04-05' },
    ]);

    const work = await summariseWork(test.db, fy2020);
    expect(work).toEqual({
      activeWorkers: 3,
      hours: { total: 3.5, lowerQuartile: 0.25, median: 0.5, upperQuartile: 1.75 },
      incomeYen: { total: 10500, lowerQuartile: 0, median: 0, upperQuartile: 5250 },
      hoursBands: [
        { from: 0, to: 10, count: 3 },
        { from: 10, to: 50, count: 0 },
        { from: 50, to: 100, count: 0 },
        { from: 100, to: 300, count: 0 },
        { from: 300, to: null, count: 0 },
      ],
      incomeBands: [
        { from: 0, to: 10000, count: 2 },
        { from: 10000, to: 50000, count: 1 },
        { from: 50000, to: 100000, count: 0 },
        { from: 100000, to: 300000, count: 0 },
        { from: 300000, to: 1000000, count: 0 },
        { from: 1000000, to: null, count: 0 },
      ],
      reviewed: 2,
      returned: 1,
      returnRate: 0.5,
    });
    const summary = await summariseOrders(test.db, fy2020);
    expect(summary).toMatchObject({ orders: 2, revenueYen: 110000, municipalityYen: 33000, municipalityShare: 0.3, delivered: 2, deliveredOnTime: 1, onTimeRate: 0.5 });
    expect(summary.clients.map((client) => [client.name, client.orders, client.revenueYen])).toEqual([
      ['株式会社外部', 1, 77000],
      ['立科町役場', 1, 33000],
    ]);

    // Figures link to the records behind them only for those who may open them: orders, invoices and clients are not a coordinator's.
    const admin = await test.signedIn('admin');
    const adminLinks = linksOn(await (await admin.get('/reports?year=2020')).text());
    expect(adminLinks).toContainEqual({ href: `/clients/${town!.id}`, text: '立科町役場（町）' });
    expect(adminLinks).toContainEqual({ href: `/reports/records/revenue?year=2020&client=${town!.id}`, text: '￥33,000' });
    expect(adminLinks).toContainEqual({ href: `/reports/records/orders?year=2020&client=${company!.id}`, text: '1件' });
    expect(adminLinks).toContainEqual({ href: '/reports/records/revenue?year=2020', text: '￥110,000' });
    const coordinator = await test.signedIn('coordinator');
    const coordinatorPage = await (await coordinator.get('/reports?year=2020')).text();
    expect(visibleText(coordinatorPage)).toContain('立科町役場（町） 1件 ￥33,000');
    // The revenue by client is drawn too, named by its title, with the same figures.
    expect(coordinatorPage).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="revenue-by-client-title"/);
    expect(visibleText(coordinatorPage)).toMatch(/発注者ごとの売上（税込）[\s\S]*株式会社外部[\s\S]*￥77,000/);
    const coordinatorHrefs = linksOn(coordinatorPage).map((link) => link.href);
    expect(coordinatorHrefs.filter((href) => /^\/(clients|invoices|orders)|records\/(orders|revenue|deliveries|reviews)/.test(href))).toEqual([]);
    expect(coordinatorHrefs).toContain('/reports/records/active?year=2020');
    expect((await coordinator.get(`/reports/records/orders?year=2020&client=${company!.id}`)).status).toBe(403);

    // The records behind each figure are the ones counted: taken orders only, issued invoices only.
    const companyOrders = await getText(admin, `/reports/records/orders?year=2020&client=${company!.id}`);
    expect(companyOrders.text).toContain('絞り込み: 株式会社外部');
    expect(companyOrders.text).toContain('全部で1件');
    expect(companyOrders.text).toContain('外部の入力 株式会社外部 2020年8月1日(土) 完了');
    expect(companyOrders.text).not.toContain('見送り');
    const revenue = await getText(admin, '/reports/records/revenue?year=2020');
    expect(revenue.text).toContain('全部で2件');
    expect(revenue.text).toMatch(/町 1 立科町役場 2020年7月10日\(金\) ￥33,000 外部 2 株式会社外部 2020年9月10日\(木\) ￥77,000/);
    const deliveries = await getText(admin, '/reports/records/deliveries?year=2020');
    expect(deliveries.text).toMatch(/町の入力 2020年6月30日\(火\) 2020年6月30日 20:00 はい 外部の入力 2020年9月1日\(火\) 2020年9月2日 9:00 いいえ/);
    const returned = await getText(admin, '/reports/records/reviews?year=2020&returned=1');
    expect(returned.text).toContain('絞り込み: 差し戻したものだけ');
    expect(returned.text).toContain('全部で1件');
    expect(returned.text).toMatch(/2020年5月11日 10:00 はい/);
    // Hours and income drawn by band: 3 h, 0.5 h and none; ¥10,500, ¥0 and ¥0.
    expect(visibleText(coordinatorPage)).toMatch(/収入ごとの人数（活動したワーカー） [\s\S]* 範囲 数 ￥10,000未満 2人 ￥10,000〜￥50,000 1人 ￥50,000〜￥100,000 0人/);
    expect(visibleText(coordinatorPage)).toMatch(/範囲 数 10時間未満 3人 10〜50時間 0人/);
    const csv = new TextDecoder().decode(await (await coordinator.get('/reports/export?format=csv&year=2020')).arrayBuffer());
    expect(csv).toContain('収入ごとの人数（活動したワーカー）\r\n範囲,人数\r\n"￥10,000未満",2\r\n"￥10,000〜￥50,000",1\r\n');
    const active = await getText(coordinator, '/reports/records/active?year=2020');
    expect(active.text).toContain('全部で3件');
    expect(active.text).toContain('3.0時間 ￥10,500');
    // Links nobody made.
    expect((await admin.get('/reports/records/everything?year=2020')).status).toBe(404);
    expect((await admin.get('/reports/records/orders?year=2020&client=not-an-id')).status).toBe(404);
    expect((await admin.get('/reports/records/orders?year=2020&client=00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});

describe('the report page and its downloads', () => {
  it('is only for admins and coordinators', async () => {
    for (const role of ['director', 'leader', 'worker', 'client', 'tenant'] as const) {
      const browser = await test.signedIn(role);
      expect((await browser.get('/reports?year=2020')).status).toBe(403);
    }
    expect((await (await test.signedIn('admin')).get('/reports?year=2020')).status).toBe(200);
  });

  it('shows the 令和2年度 table and exports the same figures as CSV, Shift_JIS, Excel and PDF', async () => {
    await seedFiscal2020(test.db);
    const browser = await test.signedIn('coordinator');
    const page = await browser.get('/reports?year=2020');
    expect(page.status).toBe(200);
    const text = visibleText(await page.text());
    expect(text).toContain('事業の報告書（令和2年度）');
    expect(text).toContain('A 企業から派遣されて町で働く 2人');
    expect(text).toContain('B 子育て・介護で移り住み、仕事を続ける 0人');
    expect(text).toContain('C 町で個人で仕事を受ける 57人');
    expect(text).toContain('D 企業に町で新しく雇われる 4人');
    expect(text).toContain('増えた人数 +23人');
    // A coordinator may open the registry: the workers figures link to the people behind them.
    const links = linksOn(await (await browser.get('/reports?year=2020')).text());
    expect(links).toContainEqual({ href: '/reports/records/registered-at-end?year=2020', text: '53人' });
    expect(links).toContainEqual({ href: '/reports/records/telework-type?year=2020&type=C', text: 'C 町で個人で仕事を受ける' });
    for (const [path, count] of [
      ['registered-at-start', 30],
      ['joined', 27],
      ['left', 4],
      ['registered-at-end', 53],
      ['telework-type?type=C&', 57],
      ['telework-type?type=A&', 2],
    ] as const) {
      const records = await getText(browser, `/reports/records/${path.includes('?') ? path : `${path}?`}year=2020`);
      expect(records.text, path).toContain(`全部で${count}件`);
    }
    expect(visibleText(await (await browser.get('/reports?year=2020')).text())).toMatch(/登録ワーカーの動き [\s\S]* 項目 数 期間の初め 30人 新しく登録 27人 退会 4人 期間の終わり 53人/);
    const typeA = await (await browser.get('/reports/records/telework-type?type=A&year=2020')).text();
    expect(linksOn(typeA).filter((link) => link.href.startsWith('/centre/tenants/'))).toHaveLength(2);

    const csv = await browser.get('/reports/export?format=csv&year=2020');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const csvText = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
    expect(csvText.startsWith('\uFEFF事業の報告書\r\n項目,数\r\n期間,令和2年度\r\n始めの日（好きな期間にするとき）,2020-04-01\r\n')).toBe(true);
    expect(csvText).toContain('ふるさとテレワークの類型\r\n類型,人数\r\nA 企業から派遣されて町で働く,2\r\nB 子育て・介護で移り住み、仕事を続ける,0\r\nC 町で個人で仕事を受ける,57\r\nD 企業に町で新しく雇われる,4\r\n');
    expect(csvText).toContain('増えた人数,23\r\n');

    const sjis = await browser.get('/reports/export?format=csv-sjis&year=2020');
    expect(iconv.decode(Buffer.from(await sjis.arrayBuffer()), 'cp932')).toContain('類型,人数\r\nA 企業から派遣されて町で働く,2\r\n');

    const xlsx = await browser.get('/reports/export?format=xlsx&year=2020');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const rowsOf = (name: string) => workbook.getWorksheet(name)!.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1));
    expect(rowsOf('ふるさとテレワークの類型')).toEqual([['類型', '人数'], ['A 企業から派遣されて町で働く', 2], ['B 子育て・介護で移り住み、仕事を続ける', 0], ['C 町で個人で仕事を受ける', 57], ['D 企業に町で新しく雇われる', 4]]);
    expect(rowsOf('登録ワーカー')).toContainEqual(['期間の初め', 30]);
    expect(rowsOf('登録ワーカー')).toContainEqual(['増えた人数', 23]);

    const pdf = await browser.get('/reports/summary.pdf?year=2020');
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const pdfWords = (await pdfText(new Uint8Array(await pdf.arrayBuffer()))).replace(/\s+/g, '');
    expect(pdfWords).toContain('町ワーク事業の報告（令和2年度）');
    expect(pdfWords).toContain('C町で個人で仕事を受ける57人');
    expect(pdfWords).toContain('+23人');
  });

  it('lists the records behind a figure a hundred at a page', async () => {
    await seedFiscal2020(test.db);
    for (let index = 0; index < 74; index++) await createReportWorker(test.db, { history: [['2020-09-01T10:00:00+09:00', 'trainee']] });
    const browser = await test.signedIn('coordinator');
    const first = await browser.get('/reports/records/joined?year=2020');
    const firstHtml = await first.text();
    expect(visibleText(firstHtml)).toContain('全部で101件');
    expect(linksOn(firstHtml).filter((link) => link.href.startsWith('/workers/'))).toHaveLength(100);
    expect(linksOn(firstHtml)).toContainEqual({ href: '/reports/records/joined?year=2020&page=2', text: '次の100件' });
    const second = await (await browser.get('/reports/records/joined?year=2020&page=2')).text();
    expect(linksOn(second).filter((link) => link.href.startsWith('/workers/'))).toHaveLength(1);
    // The last to join is on the last page: 31 March 2021, the year's last evening.
    expect(visibleText(second)).toContain('2021年3月31日 23:59');
    expect(linksOn(second)).toContainEqual({ href: '/reports?year=2020', text: '報告書に戻る' });
  });

  it('reports any period, and re-shows the form with the problem next to a wrong date', async () => {
    const browser = await test.signedIn('coordinator');
    const custom = await browser.get('/reports?from=2020-04-01&to=2020-09-30');
    expect(custom.status).toBe(200);
    expect(visibleText(await custom.text())).toContain('事業の報告書（2020-04-01から2020-09-30まで）');
    const backwards = await browser.get('/reports?from=2020-09-30&to=2020-04-01');
    expect(backwards.status).toBe(400);
    expect(visibleText(await backwards.text())).toContain('終わりの日は始めの日より後にしてください。');
    const tooLong = await browser.get('/reports?from=2015-04-01&to=2020-04-01');
    expect(tooLong.status).toBe(400);
    expect(visibleText(await tooLong.text())).toContain('期間は5年より短くしてください。');
    const half = await browser.get('/reports?from=2020-04-01');
    expect(half.status).toBe(400);
    expect(visibleText(await half.text())).toContain('入力してください。');
    expect((await browser.get('/reports?from=2020-13-01&to=2020-12-01')).status).toBe(400);
  });
});

describe('centre, tenants and training figures', () => {
  it('match figures computed by hand for a fiscal year', async () => {
    const { siteId } = await createSite(test);
    const boothOne = await createSpace(test, siteId, { name: 'ブース 1', sortOrder: 1 });
    const boothTwo = await createSpace(test, siteId, { name: 'ブース 2', sortOrder: 2 });
    const person = await test.createUser('worker');
    const booking = (spaceId: string, from: string, to: string, extra: Partial<typeof bookings.$inferInsert> = {}) => ({
      spaceId,
      siteId,
      userId: person.id,
      startsAt: new Date(`${from}+09:00`),
      endsAt: new Date(`${to}+09:00`),
      blockedUntil: new Date(`${to}+09:00`),
      exclusive: true,
      ...extra,
    });
    await test.db.insert(bookings).values([
      booking(boothOne, '2020-05-01T09:00', '2020-05-01T11:00', { checkedInAt: new Date('2020-05-01T09:05:00+09:00') }),
      booking(boothOne, '2020-05-02T10:30', '2020-05-02T12:00'),
      booking(boothTwo, '2020-06-01T13:00', '2020-06-01T14:00'),
      booking(boothTwo, '2020-06-02T09:00', '2020-06-02T10:00', { status: 'cancelled', cancelledAt: new Date('2020-06-01T00:00:00Z') }),
      booking(boothOne, '2021-04-01T09:00', '2021-04-01T10:00'),
    ]);
    const [present, past] = await test.db.insert(tenantCompanies).values([{ name: '株式会社いま' }, { name: '株式会社むかし' }]).returning({ id: tenantCompanies.id });
    await test.db.insert(tenantContracts).values([
      { companyId: present!.id, spaceId: boothTwo, startsOn: '2020-10-01', endsOn: '2021-09-30', monthlyFee: 30000 },
      { companyId: past!.id, spaceId: boothOne, startsOn: '2019-04-01', endsOn: '2020-03-31', monthlyFee: 30000 },
    ]);
    await createTenantStaffMember(test.db, { teleworkType: 'A', joinedOn: '2020-10-01', companyId: present!.id });
    const course = await createTestCourse(test.db, { title: 'パソコンの基本' });
    const learners = [await test.createUser('trainee'), await test.createUser('trainee'), await test.createUser('trainee')];
    await test.db.insert(courseCompletions).values([
      { courseId: course.id, userId: learners[0]!.id, completedAt: new Date('2020-08-01T10:00:00+09:00') },
      { courseId: course.id, userId: learners[1]!.id, completedAt: new Date('2021-03-31T23:00:00+09:00') },
      { courseId: course.id, userId: learners[2]!.id, completedAt: new Date('2021-04-01T00:30:00+09:00') },
    ]);

    const centre = await summariseCentre(test.db, fy2020);
    expect(centre.spaces.map(({ name, bookings: count, hours, checkedIn }) => ({ name, count, hours, checkedIn }))).toEqual([
      { name: 'ブース 1', count: 2, hours: 3.5, checkedIn: 1 },
      { name: 'ブース 2', count: 1, hours: 1, checkedIn: 0 },
    ]);
    expect(centre.byHour).toEqual([
      { hour: 9, bookings: 1 },
      { hour: 10, bookings: 2 },
      { hour: 11, bookings: 1 },
      { hour: 13, bookings: 1 },
    ]);
    expect(centre.tenants).toEqual([{ companyId: present!.id, name: '株式会社いま', booths: 1, staff: 1 }]);
    expect(await countTrainingCompletions(test.db, fy2020)).toEqual([{ courseId: course.id, title: 'パソコンの基本', completions: 2 }]);

    const coordinator = await test.signedIn('coordinator');
    const booth = await getText(coordinator, `/reports/records/bookings?year=2020&space=${boothOne}`);
    expect(booth.text).toContain('絞り込み: ブース 1');
    expect(booth.text).toContain('全部で2件');
    expect(booth.text).toMatch(/ブース 1 worker \d+ 2020年5月1日 9:00 2020年5月1日 11:00 はい ブース 1 worker \d+ 2020年5月2日 10:30 2020年5月2日 12:00 いいえ/);
    const completed = await getText(coordinator, `/reports/records/completions?year=2020&course=${course.id}`);
    expect(completed.text).toContain('全部で2件');
    expect(completed.text).toContain('パソコンの基本 2020年8月1日 10:00');
    expect(completed.text).not.toContain('2021年4月1日');
  });
});
