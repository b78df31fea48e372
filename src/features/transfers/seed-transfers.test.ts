import { describe, expect, it } from 'vitest';
import { bankDayOnOrAfter } from '../../money/pay-due-date';
import { visibleText } from '../../testing/html';
import { testEncryptionKey, useTestApp } from '../../testing/test-app';
import { todayInJapan } from '../availability/calendar';
import { seedDemo } from '../demo/seed';
import { loadMoneySettings } from '../money-settings/load-money-settings';
import { shiftMonth } from '../tasks/month';

const test = useTestApp();

describe('demo transfers', () => {
  it('has the transfer account set and last month’s statements ready to go into a file', async () => {
    await seedDemo(test.db, testEncryptionKey);
    expect(await loadMoneySettings(test.db)).toMatchObject({ issuerName: '一般社団法人立科町振興公社', transferBankCode: '2390', transferBranchCode: '062' });
    const admin = test.browser();
    await admin.signIn('admin', 'machiwork-demo');
    // The first bank day of next month is after anything last month's close scheduled.
    const transferOn = bankDayOnOrAfter(`${shiftMonth(todayInJapan().slice(0, 7), 1)}-01`);
    const preview = visibleText(await (await admin.get(`/transfers/new?transferOn=${transferOn}`)).text());
    expect(preview).toContain('振り込む支払通知書（2件');
    expect(preview).toContain('女神 由美');
    expect(preview).toContain('白樺 健一');
    expect(preview).not.toContain('振り込めないもの');
    const created = await admin.post('/transfers', { transferOn });
    expect(created.status).toBe(303);
  });
});
