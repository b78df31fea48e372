import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../testing/html';
import { useTestApp, type TestBrowser } from '../../testing/test-app';
import { workerProfiles, workerSkills, type WorkerStatus } from '../workers/schema';
import type { SkillCode } from '../workers/vocabulary';
import { addDays, todayInJapan } from './calendar';
import { offeredHours } from './offered-hours';
import { saveDateOverride } from './save-date-override';
import { saveWeeklyPattern } from './save-weekly-pattern';
import { availabilitySlots } from './schema';

const test = useTestApp();

/** A signed-in worker, with a profile unless told otherwise. */
async function workerWith(options: { profile?: boolean; status?: WorkerStatus; skill?: SkillCode; worksOnHolidays?: boolean } = {}) {
  const user = await test.createUser('worker');
  if (options.profile !== false) {
    await test.db.insert(workerProfiles).values({
      userId: user.id,
      status: options.status ?? 'active',
      familyName: '立科',
      givenName: '花子',
      familyNameKana: 'タテシナ',
      givenNameKana: 'ハナコ',
      phone: '0267-55-0000',
      worksOnHolidays: options.worksOnHolidays ?? false,
    });
  }
  if (options.skill) await test.db.insert(workerSkills).values({ userId: user.id, skill: options.skill, level: 2, source: 'self' });
  const browser = test.browser();
  await browser.signIn(user.loginId);
  return { ...user, browser };
}

/** Posts a form with repeated fields (checkbox groups), as a browser does. */
async function postFields(browser: TestBrowser, path: string, fields: [string, string][]) {
  if (!browser.cookies.has('mw_csrf')) await browser.get('/healthz');
  const body = new URLSearchParams([...fields, ['_csrf', browser.cookies.get('mw_csrf') ?? '']]);
  return browser.request(path, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
}

const checkedSlots = (html: string) => [...html.matchAll(/name="slot" value="(\d-\d+)" checked/g)].map((match) => match[1]);

describe('the weekly pattern', () => {
  it('lets a worker tick slots, choose places and a target, save, and see them again with the weekly total', async () => {
    const worker = await workerWith();
    const form = await worker.browser.get('/availability');
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain('<script src="/static/availability.js" defer');
    expect(visibleText(html)).toContain('月曜 9:00–9:30');
    expect(visibleText(html)).toContain('表には 6:00〜22:00 を出しています');

    const saved = await postFields(worker.browser, '/availability', [
      ['slot', '0-540'],
      ['slot', '0-570'],
      ['slot', '2-780'],
      ['location0', 'home'],
      ['location2', 'centre'],
      ['preferences', '1'],
      ['hoursPerWeek', '１０'],
      ['worksOnHolidays', 'yes'],
    ]);
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/availability?saved=1');

    const page = await (await worker.browser.get('/availability?saved=1')).text();
    const text = visibleText(page);
    expect(text).toContain('保存しました。');
    expect(text).toContain('今の内容では、1週間に1.5時間です（目標は10時間）。');
    expect(checkedSlots(page)).toEqual(['0-540', '0-570', '2-780']);
    expect(page).toMatch(/id="field-location2"[^>]*>[\s\S]*?<option value="centre" selected/);
    const [profile] = await test.db.select().from(workerProfiles).where(eq(workerProfiles.userId, worker.id));
    expect(profile).toMatchObject({ hoursPerWeek: 10, worksOnHolidays: true });

    // Saving again replaces the whole pattern; unticking everything clears it.
    await postFields(worker.browser, '/availability', [['preferences', '1'], ['hoursPerWeek', '']]);
    expect(await test.db.select().from(availabilitySlots).where(eq(availabilitySlots.userId, worker.id))).toEqual([]);
    const cleared = visibleText(await (await worker.browser.get('/availability')).text());
    expect(cleared).toContain('今の内容では、1週間に0時間です。');
  });

  it('keeps times outside the 6:00–22:00 grid when saving the grid again', async () => {
    const worker = await workerWith();
    await saveWeeklyPattern(test.db, worker.id, [{ weekday: 5, startMinute: 1380, location: 'home' }]);
    const page = await (await worker.browser.get('/availability')).text();
    expect(page).toContain('<input type="hidden" name="slot" value="5-1380"');
    await postFields(worker.browser, '/availability', [['slot', '5-1380'], ['slot', '1-600']]);
    const rows = await test.db.select().from(availabilitySlots).where(eq(availabilitySlots.userId, worker.id));
    expect(rows.map((row) => `${row.weekday}-${row.startMinute}`).sort()).toEqual(['1-600', '5-1380']);
  });

  it('only ever shows and changes the signed-in worker’s own pattern', async () => {
    const hanako = await workerWith();
    const taro = await workerWith();
    await postFields(hanako.browser, '/availability', [['slot', '0-540'], ['slot', '0-570']]);
    expect(checkedSlots(await (await taro.browser.get('/availability')).text())).toEqual([]);
    // Taro's save touches only Taro's rows, whatever the form says.
    await postFields(taro.browser, '/availability', [['slot', '3-600'], ['userId', hanako.id]]);
    const hanakoRows = await test.db.select().from(availabilitySlots).where(eq(availabilitySlots.userId, hanako.id));
    expect(hanakoRows.map((row) => row.startMinute)).toEqual([540, 570]);
    expect(checkedSlots(await (await hanako.browser.get('/availability')).text())).toEqual(['0-540', '0-570']);
  });

  it('refuses slots that are not on the grid with 400 and a message next to the table, saving nothing', async () => {
    const worker = await workerWith();
    for (const bad of ['7-540', '0-545', '0-1440', 'monday-9', '-1-0']) {
      const response = await postFields(worker.browser, '/availability', [['slot', '0-600'], ['slot', bad]]);
      expect(response.status, bad).toBe(400);
      const html = await response.text();
      expect(html).toContain('id="field-slot-error">選んだ時間の中に正しくないものがあります');
      expect(checkedSlots(html)).toContain('0-600');
    }
    const badPlace = await postFields(worker.browser, '/availability', [['slot', '0-600'], ['location0', 'moon']]);
    expect(badPlace.status).toBe(400);
    expect(await badPlace.text()).toContain('id="field-location0-error">場所を「自宅」か「テレワークセンター」から選んでください。');
    const badHours = await postFields(worker.browser, '/availability', [['preferences', '1'], ['hoursPerWeek', '99']]);
    expect(badHours.status).toBe(400);
    const html = await badHours.text();
    expect(html).toContain('id="field-hoursPerWeek-error">0から60までの数字で入力してください。');
    expect(html).toContain('value="99"');
    expect(await test.db.select().from(availabilitySlots)).toEqual([]);
  });

  it('says so, instead of failing, when the worker has no profile for a target yet', async () => {
    const worker = await workerWith({ profile: false });
    const page = visibleText(await (await worker.browser.get('/availability')).text());
    expect(page).toContain('ワーカーの登録情報がまだないため');
    expect(page).not.toContain('1週間に働きたい時間');
    const saved = await postFields(worker.browser, '/availability', [['slot', '0-540'], ['preferences', '1'], ['hoursPerWeek', '5']]);
    expect(saved.status).toBe(303);
    expect(await test.db.select().from(availabilitySlots).where(eq(availabilitySlots.userId, worker.id))).toHaveLength(1);
  });

  it('is closed to clients and supporters', async () => {
    for (const role of ['client', 'supporter'] as const) {
      const browser = await test.signedIn(role);
      expect((await browser.get('/availability')).status).toBe(403);
      expect((await browser.post('/availability', { slot: '0-540' })).status).toBe(403);
      expect((await browser.get('/availability/dates')).status).toBe(403);
    }
  });
});

describe('single-date changes', () => {
  const fullWidth = (text: string) => text.replace(/[0-9/]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));

  it('adds a day off typed in full-width digits, shows it in the next 14 days, and removes it', async () => {
    const worker = await workerWith();
    await saveWeeklyPattern(test.db, worker.id, [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday: weekday as 0, startMinute: 540, location: 'home' as const })));
    const date = addDays(todayInJapan(), 3);
    const [year, month, day] = date.split('-').map(Number);
    const saved = await worker.browser.post('/availability/dates', { date: fullWidth(`${year}/${month}/${day}`), kind: 'off' });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/availability/dates?saved=${date}`);
    const page = visibleText(await (await worker.browser.get(saved.headers.get('location')!)).text());
    expect(page).toContain('の予定を保存しました。');
    expect(page).toMatch(new RegExp(`${year}年${month}月${day}日\\(.\\)の予定を取り消す`));
    expect(page).toMatch(/お休み 0時間 (祝日（[^）]+） \/ )?この日だけの予定/);

    const upcoming = visibleText(await (await worker.browser.get('/availability')).text());
    expect(upcoming).toContain('この日だけの予定');

    const removed = await worker.browser.post('/availability/dates', { intent: 'remove', date });
    expect(removed.headers.get('location')).toBe(`/availability/dates?removed=${date}`);
    expect(visibleText(await (await worker.browser.get('/availability/dates')).text())).toContain('登録した日はありません。');
  });

  it('sets specific hours at a place, replacing an earlier change for the same date', async () => {
    const worker = await workerWith();
    const date = addDays(todayInJapan(), 5);
    await worker.browser.post('/availability/dates', { date, kind: 'off' });
    await worker.browser.post('/availability/dates', { date, kind: 'hours', start: '600', end: '750', location: 'centre' });
    const page = visibleText(await (await worker.browser.get('/availability/dates')).text());
    expect(page).toContain('10:00〜12:30（テレワークセンター） 2.5時間');
  });

  it('answers wrong dates and spans with 400 and a message next to the field', async () => {
    const worker = await workerWith();
    const noDate = await worker.browser.post('/availability/dates', { date: '', kind: 'off' });
    expect(noDate.status).toBe(400);
    expect(await noDate.text()).toContain('id="field-date-error">入力してください。');
    const impossible = await worker.browser.post('/availability/dates', { date: '2027/2/30', kind: 'off' });
    expect(await impossible.text()).toContain('id="field-date-error">日付を 2026/12/1 のように入力してください。');
    const past = await worker.browser.post('/availability/dates', { date: addDays(todayInJapan(), -1), kind: 'off' });
    expect(await past.text()).toContain('id="field-date-error">今日から1年以内の日付を入力してください。');
    const backwards = await worker.browser.post('/availability/dates', { date: addDays(todayInJapan(), 1), kind: 'hours', start: '600', end: '540' });
    expect(backwards.status).toBe(400);
    expect(await backwards.text()).toContain('id="field-end-error">終了は、開始より後の時刻を選んでください。');
    const oddMinute = await worker.browser.post('/availability/dates', { date: addDays(todayInJapan(), 1), kind: 'hours', start: '601', end: '660' });
    expect(await oddMinute.text()).toContain('id="field-start-error">');
    const noKind = await worker.browser.post('/availability/dates', { date: addDays(todayInJapan(), 1) });
    expect(await noKind.text()).toContain('id="field-kind-error">');
    const badRemove = await worker.browser.post('/availability/dates', { intent: 'remove', date: 'soon' });
    expect(badRemove.status).toBe(400);
  });
});

describe('team hours', () => {
  // 2027-06-07 is a Monday; that week has no national holiday.
  const week = { from: '2027-06-07', to: '2027-06-13' };

  async function twoWorkers() {
    const a = await workerWith({ skill: 'data_entry' });
    const b = await workerWith({ skill: 'transcription', status: 'trainee' });
    const paused = await workerWith({ skill: 'data_entry', status: 'paused' });
    const noProfile = await workerWith({ profile: false });
    const at = (weekday: 0 | 2 | 4, from: number, count: number, location: 'home' | 'centre') =>
      Array.from({ length: count }, (_, index) => ({ weekday, startMinute: from + index * 30, location }));
    // A: Monday 9:00–12:00 at home (3 h), Wednesday 13:00–15:00 at the centre (2 h).
    await saveWeeklyPattern(test.db, a.id, [...at(0, 540, 6, 'home'), ...at(2, 780, 4, 'centre')]);
    // B: Monday 10:00–11:00 at the centre (1 h), Friday 9:00–10:00 at home, but that Friday off.
    await saveWeeklyPattern(test.db, b.id, [...at(0, 600, 2, 'centre'), ...at(4, 540, 2, 'home')]);
    await saveDateOverride(test.db, b.id, '2027-06-11', []);
    // Neither a paused worker nor an account without a profile counts.
    await saveWeeklyPattern(test.db, paused.id, at(0, 540, 10, 'home'));
    await saveWeeklyPattern(test.db, noProfile.id, at(0, 540, 10, 'home'));
    return { a, b };
  }

  it('adds up the hours per day and per week, by skill and place', async () => {
    await twoWorkers();
    const all = await offeredHours(test.db, week);
    expect(all.days.map((day) => [day.minutes / 60, day.workers])).toEqual([[4, 2], [0, 0], [2, 1], [0, 0], [0, 0], [0, 0], [0, 0]]);
    expect(all.weeks).toEqual([{ weekStart: '2027-06-07', minutes: 360, workers: 2 }]);
    expect((await offeredHours(test.db, { ...week, location: 'centre' })).weeks[0]).toEqual({ weekStart: '2027-06-07', minutes: 180, workers: 2 });
    expect((await offeredHours(test.db, { ...week, skill: 'data_entry' })).weeks[0]).toEqual({ weekStart: '2027-06-07', minutes: 300, workers: 1 });
    expect((await offeredHours(test.db, { ...week, skill: 'transcription', location: 'home' })).total).toEqual({ minutes: 0, workers: 0 });
  });

  it('shows a director the totals as a table, and nothing about who', async () => {
    await twoWorkers();
    const director = await test.signedIn('director');
    const response = await director.get('/team-hours?week=2027/6/9');
    expect(response.status).toBe(200);
    const html = await response.text();
    const text = visibleText(html);
    expect(text).toContain('2027年6月7日(月)〜6月13日(日)（スキル: すべて、場所: どこでも）');
    expect(text).toContain('6月7日(月) 4時間 2人');
    expect(text).toContain('6月9日(水) 2時間 1人');
    expect(text).toContain('6月11日(金) 0時間 0人');
    expect(text).toContain('1週間の合計 6時間 2人');
    expect(html).toContain('<th scope="col">');
    expect(text).not.toContain('立科');

    const centre = visibleText(await (await director.get('/team-hours?week=2027-06-07&location=centre')).text());
    expect(centre).toContain('6月7日(月) 1時間 1人');
    expect(centre).toContain('1週間の合計 3時間 2人');
    const skilled = visibleText(await (await director.get('/team-hours?week=2027-06-07&skill=data_entry')).text());
    expect(skilled).toContain('（スキル: データ入力、場所: どこでも）');
    expect(skilled).toContain('1週間の合計 5時間 1人');
  });

  it('shows a week by default, marks holidays, and answers a wrong filter with 400', async () => {
    const coordinator = await test.signedIn('coordinator');
    const page = await coordinator.get('/team-hours');
    expect(page.status).toBe(200);
    expect(visibleText(await page.text())).toContain('1週間の合計');
    const holidayWeek = visibleText(await (await coordinator.get('/team-hours?week=2026-11-23')).text());
    expect(holidayWeek).toContain('祝日: 勤労感謝の日');
    const badWeek = await coordinator.get('/team-hours?week=someday&skill=juggling');
    expect(badWeek.status).toBe(400);
    const html = await badWeek.text();
    expect(html).toContain('id="field-week-error">日付を 2026/12/1 のように入力してください。');
    expect(html).toContain('id="field-skill-error">');
    expect((await (await test.signedIn('worker')).get('/team-hours')).status).toBe(403);
  });
});
