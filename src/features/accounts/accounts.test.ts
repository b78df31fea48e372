import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setupCodes, users } from '../../auth/schema';
import { setupCodeOn, visibleText } from '../../testing/html';
import { testPassword, useTestApp } from '../../testing/test-app';

const test = useTestApp();

describe('sign in and out', () => {
  it('signs in with login ID and password, shows the role home, and signs out', async () => {
    const user = await test.createUser('worker', 'hanako');
    const browser = test.browser();
    const signIn = await browser.signIn('hanako');
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get('location')).toBe('/');

    const home = visibleText(await (await browser.get('/')).text());
    expect(home).toContain('worker 1さんのホーム');
    expect(home).toContain('ワーカーのホームです');
    expect(home).toContain('サインアウト');

    const signOut = await browser.post('/sign-out');
    expect(signOut.headers.get('location')).toBe('/sign-in?signedOut=1');
    expect(visibleText(await (await browser.get('/sign-in?signedOut=1')).text())).toContain('サインアウトしました。');
    const after = await browser.get('/account/password');
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toBe('/sign-in?next=%2Faccount%2Fpassword');
    expect(user.loginId).toBe('hanako');
  });

  it('accepts a login ID typed in full-width or capital letters', async () => {
    await test.createUser('worker', 'hanako');
    const response = await test.browser().signIn('ＨＡＮＡＫＯ');
    expect(response.status).toBe(303);
  });

  it('says the login ID or password is wrong, keeps the login ID and never echoes the password', async () => {
    await test.createUser('worker', 'hanako');
    const response = await test.browser().signIn('hanako', 'wrong password');
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(visibleText(html)).toContain('ログインIDまたはパスワードが違います。');
    expect(html).toContain('value="hanako"');
    expect(html).not.toContain('wrong password');
  });

  it('shows a message next to each empty field', async () => {
    const response = await test.browser().post('/sign-in', { loginId: '', password: '' });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('id="field-loginId-error"');
    expect(html).toContain('id="field-password-error"');
    expect(html).toContain('aria-invalid="true"');
    expect(visibleText(html)).toContain('入力内容を確認してください');
  });

  it('slows repeated failures down, says how long to wait, and refuses even the right password meanwhile', async () => {
    await test.createUser('worker', 'hanako');
    const browser = test.browser();
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await browser.signIn('hanako', `guess ${attempt}`)).status).toBe(400);
    }
    const sixth = await browser.signIn('hanako', 'guess 6');
    expect(sixth.status).toBe(429);
    expect(visibleText(await sixth.text())).toMatch(/一時的に制限しています。\d+秒ほど待って/);

    const right = await browser.signIn('hanako', testPassword);
    expect(right.status).toBe(429);
    // Another person's account is not held back by hanako's failures.
    await test.createUser('worker', 'taro');
    expect((await test.browser().signIn('taro')).status).toBe(303);
  });

  it('does not let a disabled account sign in, and ends its sessions', async () => {
    const user = await test.createUser('worker', 'hanako');
    const browser = test.browser();
    await browser.signIn('hanako');
    await test.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect((await browser.get('/account/password')).status).toBe(303);
    expect((await test.browser().signIn('hanako')).status).toBe(400);
  });

  it('returns to the page asked for after signing in, but never to another site', async () => {
    await test.createUser('worker', 'hanako');
    const local = await test.browser().post('/sign-in', { loginId: 'hanako', password: testPassword, next: '/account/password' });
    expect(local.headers.get('location')).toBe('/account/password');
    const foreign = await test.browser().post('/sign-in', { loginId: 'hanako', password: testPassword, next: '//evil.example/' });
    expect(foreign.headers.get('location')).toBe('/');
  });

  it('keeps sessions in the database, stores only a hash of the token, and sets safe cookie flags', async () => {
    await test.createUser('worker', 'hanako');
    const response = await test.browser().signIn('hanako');
    const cookie = response.headers.getSetCookie().find((value) => value.startsWith('mw_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const token = cookie?.split(';')[0]?.split('=')[1] ?? '';
    const rows = await test.db.query.sessions.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).not.toBe(token);
  });
});

describe('password change', () => {
  it('changes the password after checking the current one and signs other sessions out', async () => {
    await test.createUser('worker', 'hanako');
    const phone = test.browser();
    await phone.signIn('hanako');
    const computer = test.browser();
    await computer.signIn('hanako');

    const wrong = await computer.post('/account/password', {
      currentPassword: 'not it',
      newPassword: 'a new long password',
      confirmPassword: 'a new long password',
    });
    expect(wrong.status).toBe(400);
    expect(visibleText(await wrong.text())).toContain('現在のパスワードが違います。');

    const mismatch = await computer.post('/account/password', {
      currentPassword: testPassword,
      newPassword: 'a new long password',
      confirmPassword: 'a different one',
    });
    expect(mismatch.status).toBe(400);
    expect(visibleText(await mismatch.text())).toContain('確認用のパスワードが一致しません');

    const changed = await computer.post('/account/password', {
      currentPassword: testPassword,
      newPassword: 'a new long password',
      confirmPassword: 'a new long password',
    });
    expect(changed.headers.get('location')).toBe('/account/password?changed=1');
    expect((await computer.get('/account/password')).status).toBe(200);
    expect((await phone.get('/account/password')).status).toBe(303);
    expect((await test.browser().signIn('hanako', testPassword)).status).toBe(400);
    expect((await test.browser().signIn('hanako', 'a new long password')).status).toBe(303);
  });

  it('refuses a short password with a message next to the field', async () => {
    const browser = await test.signedIn('worker');
    const response = await browser.post('/account/password', {
      currentPassword: testPassword,
      newPassword: 'short',
      confirmPassword: 'short',
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toMatch(/id="field-newPassword-error">パスワードは8〜128文字で入力してください。/);
  });
});

describe('accounts created by staff with a printed setup code', () => {
  it('lets a coordinator create a worker without e-mail, and the worker set a password with the code', async () => {
    const coordinator = await test.signedIn('coordinator');
    const form = await coordinator.get('/accounts/new');
    expect(form.status).toBe(200);

    const created = await coordinator.post('/accounts', {
      displayName: '立科 花子',
      loginId: 'Tateshina.Hanako',
      role: 'worker',
      email: '',
    });
    expect(created.status).toBe(200);
    const sheet = await created.text();
    const code = setupCodeOn(sheet);
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(visibleText(sheet)).toContain('tateshina.hanako');
    expect(visibleText(sheet)).toContain('/setup');

    const list = visibleText(await (await coordinator.get('/accounts')).text());
    expect(list).toContain('立科 花子');
    expect(list).toContain('設定待ち');

    // The code is not stored in plain text.
    const stored = await test.db.select().from(setupCodes);
    expect(stored[0]?.codeHash).not.toContain(code);

    const hanako = test.browser();
    const typedSloppily = code.replace(/-/g, ' ').toLowerCase();
    const setup = await hanako.post('/setup', {
      loginId: 'tateshina.hanako',
      code: typedSloppily,
      newPassword: 'my own password',
      confirmPassword: 'my own password',
    });
    expect(setup.headers.get('location')).toBe('/sign-in?setup=done');
    expect((await hanako.signIn('tateshina.hanako', 'my own password')).status).toBe(303);

    // A setup code works once.
    const again = await test.browser().post('/setup', {
      loginId: 'tateshina.hanako',
      code,
      newPassword: 'someone else',
      confirmPassword: 'someone else',
    });
    expect(again.status).toBe(400);
    expect(visibleText(await again.text())).toContain('セットアップコードが違うか、有効期限が切れています');
  });

  it('does not accept a code for another login ID, nor an expired code', async () => {
    const admin = await test.signedIn('admin');
    const code = setupCodeOn(await (await admin.post('/accounts', { displayName: 'A', loginId: 'person.a', role: 'worker', email: '' })).text());
    await admin.post('/accounts', { displayName: 'B', loginId: 'person.b', role: 'worker', email: '' });
    const fields = { code, newPassword: 'a fine password', confirmPassword: 'a fine password' };
    expect((await test.browser().post('/setup', { ...fields, loginId: 'person.b' })).status).toBe(400);

    await test.db.update(setupCodes).set({ expiresAt: new Date(Date.now() - 1000) });
    expect((await test.browser().post('/setup', { ...fields, loginId: 'person.a' })).status).toBe(400);
  });

  it('reissues a code: the new one works and the old one no longer does', async () => {
    const admin = await test.signedIn('admin');
    const first = setupCodeOn(await (await admin.post('/accounts', { displayName: 'A', loginId: 'person.a', role: 'worker', email: '' })).text());
    const [person] = await test.db.select().from(users).where(eq(users.loginId, 'person.a'));
    const reissued = await admin.post(`/accounts/${person?.id}/setup-code`);
    expect(reissued.status).toBe(200);
    const second = setupCodeOn(await reissued.text());
    expect(second).not.toBe(first);
    const fields = { loginId: 'person.a', newPassword: 'a fine password', confirmPassword: 'a fine password' };
    expect((await test.browser().post('/setup', { ...fields, code: first })).status).toBe(400);
    expect((await test.browser().post('/setup', { ...fields, code: second })).status).toBe(303);
  });

  it('explains each problem with the new account next to its field', async () => {
    const admin = await test.signedIn('admin');
    const response = await admin.post('/accounts', { displayName: '', loginId: 'あ', role: 'nobody', email: 'not-an-address' });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toMatch(/id="field-displayName-error">入力してください。/);
    expect(html).toMatch(/id="field-loginId-error">ログインIDは3〜32文字/);
    expect(html).toMatch(/id="field-role-error">役割を選んでください。/);
    expect(html).toMatch(/id="field-email-error">メールアドレスの形式が正しくありません/);
  });

  it('refuses a login ID that is taken, keeping what was typed', async () => {
    const admin = await test.signedIn('admin');
    await test.createUser('worker', 'hanako');
    const response = await admin.post('/accounts', { displayName: '別の花子', loginId: 'hanako', role: 'worker', email: '' });
    expect(response.status).toBe(409);
    const html = await response.text();
    expect(html).toContain('このログインIDはすでに使われています。');
    expect(html).toContain('value="別の花子"');
  });

  it('lets only an admin create staff accounts', async () => {
    const coordinator = await test.signedIn('coordinator');
    const form = await (await coordinator.get('/accounts/new')).text();
    expect(form).not.toContain('value="admin"');
    const response = await coordinator.post('/accounts', { displayName: 'X', loginId: 'new.admin', role: 'admin', email: '' });
    expect(response.status).toBe(403);
    expect(await test.db.select().from(users).where(eq(users.loginId, 'new.admin'))).toHaveLength(0);

    const admin = await test.signedIn('admin');
    expect((await admin.post('/accounts', { displayName: 'X', loginId: 'new.admin', role: 'admin', email: '' })).status).toBe(200);
  });

  it('does not let a coordinator reissue the code of an admin (which would take the account over)', async () => {
    const coordinator = await test.signedIn('coordinator');
    const admin = await test.createUser('admin', 'the.admin');
    expect((await coordinator.post(`/accounts/${admin.id}/setup-code`)).status).toBe(403);
    expect((await coordinator.post('/accounts/not-a-uuid/setup-code')).status).toBe(404);
  });
});

describe('first admin on an empty production database', () => {
  it('creates the first admin with the code from the server log, once', async () => {
    const { prepareFirstAdminCode } = await import('./first-admin');
    const code = await prepareFirstAdminCode(test.db);
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);

    const browser = test.browser();
    expect((await browser.get('/first-admin')).status).toBe(200);
    const fields = { displayName: '事務局 太郎', loginId: 'jimukyoku', newPassword: 'a long admin password', confirmPassword: 'a long admin password' };
    const wrong = await browser.post('/first-admin', { ...fields, code: 'AAAA-AAAA-AAAA' });
    expect(wrong.status).toBe(400);
    expect(visibleText(await wrong.text())).toContain('初期設定コードが違います。');

    expect((await browser.post('/first-admin', { ...fields, code: code ?? '' })).status).toBe(303);
    expect((await browser.signIn('jimukyoku', 'a long admin password')).status).toBe(303);
    expect(visibleText(await (await browser.get('/')).text())).toContain('事務局のホームです');

    // Once an account exists the page is gone.
    expect((await test.browser().get('/first-admin')).status).toBe(404);
    expect((await test.browser().post('/first-admin', { ...fields, loginId: 'intruder', code: code ?? '' })).status).toBe(404);
  });
});

describe('at the same moment', () => {
  it('lets only one of two simultaneous uses of a setup code succeed', async () => {
    const admin = await test.signedIn('admin');
    const code = setupCodeOn(await (await admin.post('/accounts', { displayName: 'A', loginId: 'person.a', role: 'worker', email: '' })).text());
    const { completeSetup } = await import('./setup-codes');
    const attempt = (password: string) =>
      completeSetup(test.db, { loginId: 'person.a', code, newPassword: password, address: 'test' });
    const results = await Promise.all([attempt('first password'), attempt('second password')]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
  });

  it('starts a new session at sign-in and ends the one the browser had', async () => {
    await test.createUser('worker', 'hanako');
    const browser = test.browser();
    await browser.signIn('hanako');
    const before = browser.cookies.get('mw_session');
    await browser.signIn('hanako');
    expect(browser.cookies.get('mw_session')).not.toBe(before);
    expect(await test.db.query.sessions.findMany()).toHaveLength(1);
  });
});

describe('demo sign-ins', () => {
  it('are not listed on the sign-in page outside demo mode', async () => {
    const text = visibleText(await (await test.browser().get('/sign-in')).text());
    expect(text).not.toContain('デモ用アカウント');
    expect(text).not.toContain('machiwork-demo');
  });
});
