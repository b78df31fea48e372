import { describe, expect, it } from 'vitest';
import { parseTaskCsv } from './parse-task-csv';

// "作業名,件数,見込み時間\r\n名刺 1,50,60\r\n" in Shift_JIS, as Excel saves it.
const shiftJis = new Uint8Array([
  0x8d, 0xec, 0x8b, 0xc6, 0x96, 0xbc, 0x2c, 0x8c, 0x8f, 0x90, 0x94, 0x2c, 0x8c, 0xa9, 0x8d, 0x9e, 0x82, 0xdd, 0x8e, 0x9e, 0x8a, 0xd4, 0x0d, 0x0a,
  0x96, 0xbc, 0x8e, 0x68, 0x20, 0x31, 0x2c, 0x35, 0x30, 0x2c, 0x36, 0x30, 0x0d, 0x0a,
]);

describe('parseTaskCsv', () => {
  it('reads rows of title, units and minutes, with optional rate and deadline, skipping a header', () => {
    const result = parseTaskCsv('作業名,件数,見込み時間,単価,締切\n名刺 1,50,60\n名刺 2,10,15,20,2026/12/1\n');
    expect(result).toEqual({
      ok: true,
      tasks: [
        { title: '名刺 1', units: 50, estimateMinutes: 60, payRateYen: null, deadline: null },
        { title: '名刺 2', units: 10, estimateMinutes: 15, payRateYen: 20, deadline: '2026-12-01' },
      ],
    });
  });

  it('knows English headers, and a first row that is data is not a header', () => {
    expect(parseTaskCsv('Title,Units,Minutes\nCards,5,10')).toMatchObject({ ok: true, tasks: [{ title: 'Cards' }] });
    expect(parseTaskCsv('作業,5,10')).toMatchObject({ ok: true, tasks: [{ title: '作業', units: 5 }] });
  });

  it('reads UTF-8 with a BOM and Shift_JIS bytes', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('名刺 1,50,60\r\n')]);
    expect(parseTaskCsv(withBom)).toMatchObject({ ok: true, tasks: [{ title: '名刺 1', units: 50 }] });
    expect(parseTaskCsv(shiftJis)).toMatchObject({ ok: true, tasks: [{ title: '名刺 1', units: 50, estimateMinutes: 60 }] });
  });

  it('reads quoted cells with commas, doubled quotes and line breaks, and full-width digits', () => {
    const result = parseTaskCsv('"議事録, 第1回",３０,"1,200"\n"「""広報"" 11月号」\n2ページ目まで",２,３０\n');
    expect(result).toMatchObject({
      ok: true,
      tasks: [
        { title: '議事録, 第1回', units: 30, estimateMinutes: 1200 },
        { title: '「"広報" 11月号」\n2ページ目まで', units: 2, estimateMinutes: 30 },
      ],
    });
  });

  it('names the row of every problem and accepts nothing then', () => {
    const result = parseTaskCsv('作業名,件数,見込み時間\n名刺 1,50,60\n名刺 2,0,60\n,5,abc,-3,12月\n\n名刺 5,5,5');
    expect(result).toEqual({
      ok: false,
      problems: [
        { row: 3, message: 'breakdown.csv.units' },
        { row: 4, message: 'breakdown.csv.titleMissing' },
        { row: 4, message: 'breakdown.csv.minutes' },
        { row: 4, message: 'breakdown.csv.rate' },
        { row: 4, message: 'breakdown.csv.deadline' },
      ],
    });
  });

  it('refuses an empty list and more than 2,000 tasks', () => {
    expect(parseTaskCsv('作業名,件数,見込み時間\n')).toEqual({ ok: false, problems: [{ row: 0, message: 'breakdown.csv.empty' }] });
    const many = Array.from({ length: 2001 }, (_, index) => `作業 ${index + 1},1,5`).join('\n');
    expect(parseTaskCsv(many)).toEqual({ ok: false, problems: [{ row: 0, message: 'breakdown.csv.tooMany' }] });
  });
});
