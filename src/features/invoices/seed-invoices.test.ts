import { describe, expect, it } from 'vitest';
import { visibleText } from '../../testing/html';
import { useTestApp } from '../../testing/test-app';
import { todayInJapan } from '../availability/calendar';
import { demoPassword } from '../demo/accounts';
import { seedDemo } from '../demo/seed';
import { listInvoices } from './list-invoices';

const test = useTestApp({ MACHIWORK_DEMO: 'true' });

describe('demo invoices', () => {
  it('gives the town one paid invoice and one overdue, which the demo client account sees', async () => {
    await seedDemo(test.db);
    const rows = await listInvoices(test.db, {}, todayInJapan());
    expect(rows.map((row) => ({ number: row.number, client: row.clientName, state: row.state, overdue: row.overdue, days: row.daysOverdue }))).toEqual([
      { number: 2, client: '立科町', state: 'unpaid', overdue: true, days: 15 },
      { number: 1, client: '立科町', state: 'paid', overdue: false, days: 0 },
    ]);
    const client = test.browser();
    await client.signIn('client', demoPassword);
    const text = visibleText(await (await client.get('/portal/invoices')).text());
    expect(text).toContain('No. 2 広報たてしなの点字版の作成');
    expect(text).toContain('未入金・期限超過 15日');
    expect(text).toContain('No. 1 町議会 定例会の会議録の書き起こし');
  });
});
