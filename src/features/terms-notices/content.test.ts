import { describe, expect, it } from 'vitest';
import { translator } from '../../ui/i18n';
import { buildTermsNoticeContent, canonicalJson, contentSha256, termsNoticeContentSchema, type TermsNoticeFacts } from './content';
import { changedItemKeys, termsNoticeSections } from './notice-sections';
import { orderTerms } from './testing';

const facts: TermsNoticeFacts = {
  commissionedOn: '2026-11-24',
  settings: { issuerName: '一般社団法人立科町振興公社', issuerRegistrationNumber: 'T1234567890123', issuerAddress: '長野県北佐久郡立科町芦田2602-1', issuerPhone: '0267-55-0000', payDay: 25 },
  workerName: '立科 花子',
  order: { number: 12, title: '名刺データ入力', clientName: '株式会社あさま商事', ...orderTerms, confidentiality: 'centre_only', subcontractingDisclosed: false, termsSubcontracting: null, trainingRatePercent: null },
  works: [{ kind: 'task', title: '入力 3', packageTitle: '入力', unitName: '件', units: 50, estimateMinutes: 60, deadline: '2026-12-10', payKind: 'piece', payRateYen: 12 }],
};

const t = translator('ja');
const rowsOf = (content: ReturnType<typeof buildTermsNoticeContent>) => new Map(termsNoticeSections(t, 'ja', content).flatMap((section) => section.rows.map((row) => [row.label, row.value])));

describe('buildTermsNoticeContent', () => {
  it('states every item フリーランス法 §3 and the guideline require, with the task’s specifics', () => {
    const content = buildTermsNoticeContent(facts);
    expect(termsNoticeContentSchema.parse(content)).toEqual(content);
    const rows = rowsOf(content);
    expect(rows.get('委託する人（発注者）')).toBe('一般社団法人立科町振興公社\n登録番号 T1234567890123\n長野県北佐久郡立科町芦田2602-1\n電話 0267-55-0000');
    expect(rows.get('委託を受ける人（あなた）')).toBe('立科 花子');
    expect(rows.get('委託した日')).toBe('2026年11月24日(火)');
    expect(rows.get('仕事')).toBe('受注 #12 名刺データ入力');
    expect(rows.get('業務の内容')).toBe(orderTerms.termsWorkContent);
    expect(rows.get('成果物（納めるもの）')).toBe(orderTerms.termsDeliverable);
    expect(rows.get('作業')).toBe('入力「入力 3」');
    expect(rows.get('数量')).toBe('50件');
    expect(rows.get('納期（納める日）')).toBe('2026年12月10日(木)');
    expect(rows.get('納める場所')).toBe(orderTerms.termsDeliveryPlace);
    expect(rows.get('納める方法')).toBe(orderTerms.termsDeliveryMethod);
    expect(rows.get('検査を終える日')).toBe('2026年12月27日(日)');
    expect(rows.get('報酬の額')).toBe('￥600（50件 × 1件あたり ￥12）');
    expect(rows.get('報酬の決め方')).toBe(orderTerms.termsRate);
    expect(rows.get('支払期日')).toBe('検収した日（検査に合格した日）の月の末日でしめ、翌月25日に支払います（銀行の休みの日は、その前の営業日）。\nどの場合も、検収した日から60日以内に支払います。');
    expect(rows.get('支払方法')).toBe(orderTerms.termsPaymentMethod);
    expect(rows.get('経費の負担')).toBe(orderTerms.termsExpenses);
    expect(rows.get('知的財産権（著作権など）')).toBe(orderTerms.termsIntellectualProperty);
    expect(rows.get('作業で知った個人情報の扱い')).toBe(orderTerms.termsPersonalData);
    expect(rows.get('不備や遅れがあったときの扱い')).toBe(orderTerms.termsDefects);
    expect(rows.get('再委託')).toContain('再委託としての明示はありません');
    expect(rows.get('秘密を守ること')).toContain('作業できる場所: テレワークセンターでだけ');
  });

  it('states hourly pay with its estimate, planner work as an estimate, the 30-day rule for disclosed re-commissioning, and a pay day at month end', () => {
    const content = buildTermsNoticeContent({
      ...facts,
      settings: { ...facts.settings, payDay: 31, issuerRegistrationNumber: null, issuerAddress: null, issuerPhone: null },
      order: { ...facts.order, termsDefects: null, subcontractingDisclosed: true, termsSubcontracting: '元の支払期日は毎月末日' },
      works: [
        { kind: 'task', title: '書き起こし 1', packageTitle: '書き起こし', unitName: '分', units: 30, estimateMinutes: 90, deadline: '2026-12-10', payKind: 'hour', payRateYen: 1000 },
        { kind: 'plan', packageTitle: '入力', unitName: '件', workDate: '2026-11-25', minutes: 120, estimatedUnits: 80, deadline: '2026-12-10', payKind: 'piece', payRateYen: 12 },
      ],
    });
    const sections = termsNoticeSections(t, 'ja', content);
    expect(sections.map((section) => section.title)).toContain('お願いする作業 2: 入力');
    const amounts = sections.flatMap((section) => section.rows).filter((row) => row.label === '報酬の額');
    expect(amounts.map((row) => row.value)).toEqual([
      '1時間あたり ￥1,000。記録した作業時間に応じて支払います（目安の1時間30分なら ￥1,500）',
      '検収された数量 × 1件あたり ￥12（見込み: 80件で ￥960）',
    ]);
    const rows = rowsOf(content);
    expect(rows.get('委託する人（発注者）')).toBe('一般社団法人立科町振興公社');
    expect(rows.get('支払期日')).toContain('翌月末日に支払います');
    expect(rows.get('支払期日')).toContain('元の発注者の支払期日から30日以内');
    expect(rows.get('再委託')).toBe('この仕事は、株式会社あさま商事から受けた仕事を、あなたにお願いする再委託です。\n元の支払期日は毎月末日');
    expect(rows.get('不備や遅れがあったときの扱い')).toBe('（記載なし）');
  });

  it('reads in English too', () => {
    const sections = termsNoticeSections(translator('en'), 'en', buildTermsNoticeContent(facts));
    const rows = new Map(sections.flatMap((section) => section.rows.map((row) => [row.label, row.value])));
    expect(rows.get('Amount of pay')).toBe('¥600 (50 件 × ¥12 per 件)');
    expect(rows.get('Payment date')).toContain('paid on day 25 of the following month');
  });

  it('states the training rate actually paid to a trainee on the team (OJT), rounded down, and marks it as a change of terms', () => {
    const trainee = buildTermsNoticeContent({ ...facts, order: { ...facts.order, trainingRatePercent: 80 } });
    expect(termsNoticeContentSchema.parse(trainee)).toEqual(trainee);
    const rows = rowsOf(trainee);
    // ¥12 × 80% = ¥9.6 → ¥9 a unit, ¥450 for 50.
    expect(rows.get('報酬の額')).toBe('￥450（50件 × 1件あたり ￥9）\n研修（OJT）の単価です（ふつうの単価は ￥12）。');
    expect(rows.get('研修単価（OJT）')).toContain('作業ごとの単価の80%');
    const before = buildTermsNoticeContent(facts);
    expect([...changedItemKeys(termsNoticeSections(t, 'ja', trainee), termsNoticeSections(t, 'ja', before))]).toEqual(['work.0.amount', 'trainingRate']);
    expect(rowsOf(before).has('研修単価（OJT）')).toBe(false);
  });

  it('marks the items a change of terms changes, not the date of the notice', () => {
    const before = buildTermsNoticeContent(facts);
    const after = buildTermsNoticeContent({ ...facts, commissionedOn: '2026-11-30', order: { ...facts.order, termsDefects: '不備は48時間以内に差し戻す' } });
    expect([...changedItemKeys(termsNoticeSections(t, 'ja', after), termsNoticeSections(t, 'ja', before))]).toEqual(['defects']);
  });
});

describe('contentSha256', () => {
  it('depends on the content, not on the order of its keys (jsonb reorders them)', () => {
    const content = buildTermsNoticeContent(facts);
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(content).reverse()))) as typeof content;
    expect(canonicalJson(reordered)).toBe(canonicalJson(content));
    expect(contentSha256(reordered)).toBe(contentSha256(content));
    expect(contentSha256(content)).toMatch(/^[0-9a-f]{64}$/);
    expect(contentSha256({ ...content, worker: { name: '立科 太郎' } })).not.toBe(contentSha256(content));
  });
});
