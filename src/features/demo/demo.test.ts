import { describe, expect, it } from 'vitest';
import { roles } from '../../auth/roles';
import { visibleText } from '../../testing/html';
import { useTestApp } from '../../testing/test-app';
import { demoAccounts, demoPassword } from './accounts';
import { seedDemo } from './seed';

const test = useTestApp({ MACHIWORK_DEMO: 'true' });

describe('demo mode', () => {
  it('lists the demo sign-ins on the sign-in page, and each one signs in to its role home', async () => {
    await seedDemo(test.db);
    const text = visibleText(await (await test.browser().get('/sign-in')).text());
    expect(text).toContain('デモ用アカウント');
    expect(text).toContain(demoPassword);
    expect(demoAccounts.map((account) => account.role)).toEqual([...roles]);
    for (const account of demoAccounts) {
      expect(text).toContain(account.loginId);
      const browser = test.browser();
      expect((await browser.signIn(account.loginId, demoPassword)).status).toBe(303);
      const home = visibleText(await (await browser.get('/')).text());
      expect(home).toContain(`${account.displayName}さんのホーム`);
      if (account.role === 'client') expect(home).toContain('あなたの会社: 立科町');
    }
  });
});
