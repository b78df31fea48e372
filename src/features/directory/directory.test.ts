import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../auth/schema';
import { visibleText } from '../../testing/html';
import { useTestApp, type TestBrowser } from '../../testing/test-app';
import { availabilityDates, availabilityDateSlots, availabilitySlots } from '../availability/schema';
import { workerProfiles, workerSkills } from '../workers/schema';
import { createWorker } from '../workers/testing';
import { searchKey } from '../../db/search-key';
import { searchWorkers, type DirectoryFilters } from './search-workers';

const test = useTestApp();

const noFilters: DirectoryFilters = { q: '', status: undefined, skill: undefined, location: undefined, availableFrom: undefined, availableTo: undefined };

async function namesFor(filters: Partial<DirectoryFilters>): Promise<string[]> {
  const { rows } = await searchWorkers(test.db, { ...noFilters, ...filters });
  return rows.map((row) => row.givenName).sort();
}

async function listed(browser: TestBrowser, query: string): Promise<{ status: number; text: string; html: string }> {
  const response = await browser.get(`/workers?${query}`);
  const html = await response.text();
  return { status: response.status, text: visibleText(html), html };
}

/** Slots every 30 minutes from `from` (inclusive) to `to` (exclusive), in minutes of the day. */
const slotsBetween = (from: number, to: number) => Array.from({ length: (to - from) / 30 }, (_, index) => from + index * 30);

describe('who may open the directory', () => {
  it('lets the admin and coordinators in; not directors, clients or workers', async () => {
    for (const role of ['admin', 'coordinator'] as const) {
      expect((await (await test.signedIn(role)).get('/workers')).status).toBe(200);
      expect((await (await test.signedIn(role)).get('/workers.csv')).status).toBe(200);
    }
    for (const role of ['director', 'client', 'worker', 'supporter'] as const) {
      const browser = await test.signedIn(role);
      expect((await browser.get('/workers')).status).toBe(403);
      expect((await browser.get('/workers.csv')).status).toBe(403);
    }
  });
});

describe('searching by name and kana', () => {
  it('matches half-width, full-width katakana and hiragana alike, and ignores spaces', async () => {
    expect(searchKey('ｶﾀｶﾅ')).toBe('かたかな');
    expect(searchKey('カタカナ')).toBe('かたかな');
    expect(searchKey('ｶﾞｯｺｳ　Ｔａｒｏ')).toBe('がっこうtaro');
    await createWorker(test, { givenName: '花子', familyNameKana: 'カタオカ', givenNameKana: 'ハナコ' });
    await createWorker(test, { givenName: '次郎', familyName: '片岡', familyNameKana: 'かたおか', givenNameKana: 'じろう' });
    await createWorker(test, { givenName: '三郎', familyName: '佐藤', familyNameKana: 'サトウ', givenNameKana: 'サブロウ' });
    const coordinator = await test.signedIn('coordinator');
    for (const typed of ['ｶﾀｵｶ', 'カタオカ', 'かたおか', 'かたおか　はなこ']) {
      const page = await listed(coordinator, `q=${encodeURIComponent(typed)}`);
      expect(page.status).toBe(200);
      expect(page.text, typed).toContain('花子');
      expect(page.text, typed).not.toContain('三郎');
    }
    expect(await namesFor({ q: 'ｶﾀｵｶ' })).toEqual(['次郎', '花子']);
    expect(await namesFor({ q: '片岡' })).toEqual(['次郎']);
    expect(await namesFor({ q: '%' })).toEqual([]);
  });
});

describe('filters', () => {
  it('combine status, skill and preferred place', async () => {
    const a = await createWorker(test, { givenName: 'あ', status: 'active', preferredLocations: ['home', 'centre'] });
    const b = await createWorker(test, { givenName: 'い', status: 'active', preferredLocations: ['home'] });
    const c = await createWorker(test, { givenName: 'う', status: 'paused', preferredLocations: ['centre'] });
    await test.db.insert(workerSkills).values([
      { userId: a.id, skill: 'data_entry', level: 2, source: 'self' },
      { userId: b.id, skill: 'transcription', level: 1, source: 'self' },
      { userId: c.id, skill: 'data_entry', level: 3, source: 'self' },
    ]);
    expect(await namesFor({ status: 'active' })).toEqual(['あ', 'い']);
    expect(await namesFor({ skill: 'data_entry' })).toEqual(['あ', 'う']);
    expect(await namesFor({ location: 'centre' })).toEqual(['あ', 'う']);
    expect(await namesFor({ status: 'active', skill: 'data_entry', location: 'centre' })).toEqual(['あ']);
    const coordinator = await test.signedIn('coordinator');
    const page = await listed(coordinator, 'status=active&skill=data_entry&location=centre');
    expect(page.text).toContain('1人中 1〜1人目');
    expect(page.html).toContain(`href="/workers/${a.id}"`);
    expect(page.text).toContain('データ入力');
  });

  it('turns unknown codes and bad dates into messages next to the fields, not errors', async () => {
    const coordinator = await test.signedIn('coordinator');
    const bad = await listed(coordinator, 'status=boss&availableFrom=tomorrow&availableTo=2026-12-01T10:00');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('日時は 2026-12-01 09:00 のように入力してください。');
    const backwards = await listed(coordinator, 'availableFrom=2026-12-01T10:00&availableTo=2026-12-01T09:00');
    expect(backwards.status).toBe(400);
    expect(backwards.text).toContain('終了は開始より後にしてください。');
    const long = await listed(coordinator, 'availableFrom=2026-12-01T10:00&availableTo=2027-01-10T09:00');
    expect(long.text).toContain('期間は31日までにしてください。');
    expect((await listed(coordinator, 'availableFrom=2026-12-01T10:00')).text).toContain('開始と終了の両方を入力してください。');
  });

  it('pages 50 workers at a time, keeping the filters in the links', async () => {
    for (let index = 0; index < 51; index++) {
      const [user] = await test.db.insert(users).values({ loginId: `w${index}`, displayName: `w${index}`, role: 'worker' }).returning();
      await test.db.insert(workerProfiles).values({
        userId: user!.id,
        status: 'active',
        familyName: '山田',
        givenName: `${index}`,
        familyNameKana: 'ヤマダ',
        givenNameKana: `${String(index).padStart(2, '0')}`,
        phone: '0267-55-0000',
      });
    }
    const coordinator = await test.signedIn('coordinator');
    const one = await listed(coordinator, 'q=%E3%82%84%E3%81%BE%E3%81%A0');
    expect(one.text).toContain('51人中 1〜50人目');
    expect(one.html).toContain('href="/workers?q=%E3%82%84%E3%81%BE%E3%81%A0&amp;page=2"');
    const two = await listed(coordinator, 'q=%E3%82%84%E3%81%BE%E3%81%A0&page=2');
    expect(two.text).toContain('51人中 51〜51人目');
    expect(two.text).toContain('2 / 2ページ');
  });
});

describe('available between', () => {
  // 2026-12-01 is a Tuesday (weekday 1); 2026-11-23 is a Monday and a national holiday (勤労感謝の日).
  it('uses the weekly pattern, a date override (including one that makes the day off) and holidays', async () => {
    const morning = await createWorker(test, { givenName: 'morning' });
    const afternoon = await createWorker(test, { givenName: 'afternoon' });
    const dayOff = await createWorker(test, { givenName: 'dayoff' });
    const extra = await createWorker(test, { givenName: 'extra' });
    const holidayWorker = await createWorker(test, { givenName: 'holiday', worksOnHolidays: true });
    const mondays = await createWorker(test, { givenName: 'mondays' });
    await test.db.insert(availabilitySlots).values([
      ...slotsBetween(540, 720).map((startMinute) => ({ userId: morning.id, weekday: 1, startMinute, location: 'home' as const })),
      ...slotsBetween(780, 900).map((startMinute) => ({ userId: afternoon.id, weekday: 1, startMinute, location: 'home' as const })),
      ...slotsBetween(540, 720).map((startMinute) => ({ userId: dayOff.id, weekday: 1, startMinute, location: 'centre' as const })),
      ...slotsBetween(540, 720).map((startMinute) => ({ userId: holidayWorker.id, weekday: 0, startMinute, location: 'home' as const })),
      ...slotsBetween(540, 720).map((startMinute) => ({ userId: mondays.id, weekday: 0, startMinute, location: 'home' as const })),
    ]);
    // dayoff usually works Tuesday mornings but takes 2026-12-01 off: an override with no slots.
    await test.db.insert(availabilityDates).values({ userId: dayOff.id, date: '2026-12-01' });
    // extra has no pattern but offers 10:30–11:00 on 2026-12-01 only.
    await test.db.insert(availabilityDates).values({ userId: extra.id, date: '2026-12-01' });
    await test.db.insert(availabilityDateSlots).values({ userId: extra.id, date: '2026-12-01', startMinute: 630, location: 'home' });

    const tuesdayMorning = { availableFrom: { date: '2026-12-01', minute: 600 }, availableTo: { date: '2026-12-01', minute: 660 } };
    expect(await namesFor(tuesdayMorning)).toEqual(['extra', 'morning']);
    // The next Tuesday follows the pattern again.
    expect(await namesFor({ availableFrom: { date: '2026-12-08', minute: 600 }, availableTo: { date: '2026-12-08', minute: 660 } })).toEqual(['dayoff', 'morning']);
    // A slot that only touches the range's edge does not count: 12:00–13:00 overlaps nobody's slot.
    expect(await namesFor({ availableFrom: { date: '2026-12-01', minute: 720 }, availableTo: { date: '2026-12-01', minute: 780 } })).toEqual([]);
    // The whole Tuesday, from Monday evening to Wednesday morning.
    expect(await namesFor({ availableFrom: { date: '2026-11-30', minute: 1200 }, availableTo: { date: '2026-12-02', minute: 0 } })).toEqual(['afternoon', 'extra', 'morning']);
    // A holiday Monday: only the worker who works on holidays.
    expect(await namesFor({ availableFrom: { date: '2026-11-23', minute: 540 }, availableTo: { date: '2026-11-23', minute: 720 } })).toEqual(['holiday']);
    expect(await namesFor({ availableFrom: { date: '2026-11-30', minute: 540 }, availableTo: { date: '2026-11-30', minute: 720 } })).toEqual(['holiday', 'mondays']);

    const coordinator = await test.signedIn('coordinator');
    const page = await listed(coordinator, 'availableFrom=2026-12-01T10:00&availableTo=2026%2F12%2F1+11:00');
    expect(page.status).toBe(200);
    expect(page.text).toContain('2人中 1〜2人目');
    expect(page.html).toContain('value="2026-12-01T11:00"');
  });
});

describe('the CSV', () => {
  it('is UTF-8 with a BOM, CRLF and RFC 4180 quoting, with Japanese headers and no contact or sensitive data', async () => {
    await createWorker(test, { loginId: 'yamada', familyName: '山"田,', givenName: '=1+2', familyNameKana: 'ヤマダ', phone: '090-1234-5678', email: 'x@example.jp', sensitiveEncrypted: 'sealed', bankAccountEncrypted: 'sealed-bank' });
    await createWorker(test, { familyName: '佐藤', givenName: '一郎', familyNameKana: 'サトウ', status: 'paused' });
    const coordinator = await test.signedIn('coordinator');
    const response = await coordinator.get('/workers.csv?status=active');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain("filename*=UTF-8''%E3%83%AF");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    const lines = text.split('\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(lines[0]).toBe('ログインID,姓,名,せい,めい,状態,できる仕事,希望する場所,週の希望時間');
    expect(lines[1]).toBe(`yamada,"山""田,",'=1+2,ヤマダ,ハナコ,稼働中,,自宅,`);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(text).not.toContain('090-1234-5678');
    expect(text).not.toContain('x@example.jp');
    expect(text).not.toContain('sealed');
    expect(text).not.toContain('佐藤');
  });
});

describe('the worker record', () => {
  it('links each row to the worker’s page', async () => {
    const worker = await createWorker(test);
    await test.db.update(workerProfiles).set({ hoursPerWeek: 12 }).where(eq(workerProfiles.userId, worker.id));
    const coordinator = await test.signedIn('coordinator');
    const page = await listed(coordinator, '');
    expect(page.html).toContain(`<a href="/workers/${worker.id}">立科 花子</a>`);
    expect(page.text).toContain('12時間');
  });
});
