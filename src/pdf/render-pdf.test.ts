import { describe, expect, it } from 'vitest';
import { pdfText } from './pdf-text';
import { renderPdf } from './render-pdf';

describe('renderPdf', () => {
  it('writes Japanese text that can be read back, across pages', async () => {
    const rows = Array.from({ length: 80 }, (_, index) => [`データ入力 ${index + 1}`, `¥${(index + 1) * 100}`]);
    const bytes = await renderPdf({
      title: '支払通知書',
      lang: 'ja',
      blocks: [
        { kind: 'title', text: '支払通知書' },
        { kind: 'parties', left: ['山田 太郎 様'], right: ['一般社団法人立科町振興公社', '登録番号 T1234567890123'] },
        { kind: 'fields', rows: [['支払予定日', '2026年12月25日'], ['お支払額', '¥12,345']] },
        { kind: 'table', columns: [{ label: '内容', width: 3 }, { label: '金額', width: 1, align: 'right' }], rows, footer: [['合計', '¥324,000']] },
      ],
    });
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = await pdfText(bytes);
    for (const expected of ['支払通知書', '山田 太郎 様', 'T1234567890123', '2026年12月25日', 'データ入力 1', 'データ入力 80', '合計', '¥324,000']) {
      expect(text).toContain(expected);
    }
    // The font is embedded as a subset: a whole Noto Sans JP is over 5 MB.
    expect(bytes.length).toBeLessThan(300_000);
  });
});
