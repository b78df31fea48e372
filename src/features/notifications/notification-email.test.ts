import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { users } from '../../auth/schema';
import { getText, postText } from '../../testing/page-text';
import { useTestApp } from '../../testing/test-app';
import { setAppUrl } from '../mail/app-url';
import { outboxMessages } from '../mail/schema';
import { notify } from './notify';
import { notificationPreferences, notifications, type EmailMode } from './schema';
import { sendDailyDigests } from './send-daily-digests';

const test = useTestApp();

afterEach(() => setAppUrl(undefined));

/** A signed-in person with an address (or none), in a language, who chose an e-mail mode (or never did). */
async function person(options: { email?: string | null; locale?: 'ja' | 'en'; mode?: EmailMode } = {}) {
  const user = await test.createUser('worker');
  await test.db
    .update(users)
    .set({ email: options.email === undefined ? `${user.loginId}@example.jp` : options.email, locale: options.locale ?? null })
    .where(eq(users.id, user.id));
  if (options.mode) await test.db.insert(notificationPreferences).values({ userId: user.id, emailMode: options.mode });
  return user;
}

const mailTo = async (userId: string) => test.db.select().from(outboxMessages).where(eq(outboxMessages.userId, userId));
const returned = (task: string) => ({ key: 'notification.returned' as const, params: { task }, link: '/tasks/t1' });

describe('notification settings', () => {
  it('shows the address and the chosen mode, validates next to the field, and saves with a notice', async () => {
    const worker = await test.createUser('worker');
    const browser = test.browser();
    await browser.signIn(worker.loginId);
    const page = await browser.get('/me/notification-settings');
    const html = await page.text();
    expect(html).toMatch(/value="digest" checked/);
    expect((await getText(browser, '/me/notification-settings')).text).toContain('メールアドレスが登録されていないので、メールは送られません。');

    const missing = await postText(browser, '/me/notification-settings', {});
    expect(missing.status).toBe(400);
    expect(missing.text).toContain('メールでの受け取り方: 受け取り方を1つ選んでください。');
    const wrong = await browser.post('/me/notification-settings', { emailMode: 'hourly' });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('class="field__error" id="field-emailMode-error"');

    const saved = await postText(browser, '/me/notification-settings', { emailMode: 'immediate' });
    expect(saved).toMatchObject({ status: 303, location: '/me/notification-settings?done=saved' });
    await test.db.update(users).set({ email: 'hanako@example.jp' }).where(eq(users.id, worker.id));
    const after = await browser.get('/me/notification-settings?done=saved');
    const text = await after.text();
    expect(text).toContain('受け取り方を保存しました。');
    expect(text).toContain('メールの送り先: hanako@example.jp');
    expect(text).toMatch(/value="immediate" checked/);
    expect(await test.db.select().from(notificationPreferences)).toEqual([expect.objectContaining({ userId: worker.id, emailMode: 'immediate' })]);
  });
});

describe('e-mail for notifications', () => {
  it('mails at once, in the reader’s language with a link, only those who chose it and have an address', async () => {
    setAppUrl('https://machiwork.example.jp/');
    const [now, english, digest, none, noAddress] = [
      await person({ mode: 'immediate' }),
      await person({ mode: 'immediate', locale: 'en' }),
      await person(),
      await person({ mode: 'none' }),
      await person({ mode: 'immediate', email: null }),
    ];
    const at = new Date('2026-11-25T01:00:00Z');
    await notify(test.db, [now.id, english.id, digest.id, none.id, noAddress.id], returned('入力 4'), at);

    const [japanese] = await mailTo(now.id);
    expect(japanese).toMatchObject({ toAddress: `${now.loginId}@example.jp`, subject: '【町ワーク】「入力 4」が差し戻されました。コメントを見てください。' });
    expect(japanese?.body).toContain('くわしくは、こちらから: https://machiwork.example.jp/tasks/t1');
    expect(japanese?.body).toContain('「知らせの受け取り方」で変えられます');
    const [inEnglish] = await mailTo(english.id);
    expect(inEnglish?.subject).toBe('[Machiwork] “入力 4” was returned to you. Please read…');
    for (const nobody of [digest, none, noAddress]) expect(await mailTo(nobody.id)).toEqual([]);

    const rows = await test.db.select({ userId: notifications.userId, emailedAt: notifications.emailedAt }).from(notifications);
    expect(rows).toHaveLength(5);
    const mailed = rows.filter((row) => row.emailedAt !== null).map((row) => row.userId);
    expect(mailed.sort()).toEqual([now.id, english.id].sort());
  });

  it('sends the daily digest after 07:00 Japan time, once a day, of what is unread and not yet mailed, in the reader’s language', async () => {
    const [ja, en, none, immediate] = [await person(), await person({ locale: 'en', mode: 'digest' }), await person({ mode: 'none' }), await person({ mode: 'immediate' })];
    const everyone = [ja.id, en.id, none.id, immediate.id];
    await notify(test.db, everyone, returned('入力 1'), new Date('2026-11-24T12:00:00Z'));
    await notify(test.db, everyone, { key: 'notification.offer', params: { order: '名刺データ入力', task: '入力 2' } }, new Date('2026-11-24T13:00:00Z'));
    await notify(test.db, [ja.id], returned('読んだもの'), new Date('2026-11-24T13:30:00Z'));
    await test.db.update(notifications).set({ readAt: new Date() }).where(eq(notifications.params, { task: '読んだもの' }));

    // 06:59 in Japan is still yesterday's digest day.
    expect(await sendDailyDigests(test.db, new Date('2026-11-24T21:59:00Z'))).toBe(0);
    expect(await sendDailyDigests(test.db, new Date('2026-11-24T22:05:00Z'))).toBe(2);
    const [digest] = await mailTo(ja.id);
    expect(digest?.subject).toBe('【町ワーク】まだ読んでいないお知らせ（2件）');
    expect(digest?.body).toContain('まだ読んでいないお知らせが2件あります。');
    expect(digest!.body.indexOf('・名刺データ入力の作業「入力 2」')).toBeLessThan(digest!.body.indexOf('・「入力 1」が差し戻されました。'));
    expect(digest?.body).not.toContain('読んだもの');
    const [english] = await mailTo(en.id);
    expect(english?.subject).toBe('[Machiwork] Notifications you have not read (2)');
    expect(english?.body).toContain('You have 2 notifications you have not read.');
    expect(await mailTo(none.id)).toEqual([]);
    expect((await mailTo(immediate.id)).map((mail) => mail.subject)).toHaveLength(2);

    // Later the same day: nothing new goes; a new one waits for tomorrow's digest.
    await notify(test.db, [ja.id], returned('入力 3'), new Date('2026-11-25T01:00:00Z'));
    expect(await sendDailyDigests(test.db, new Date('2026-11-25T02:00:00Z'))).toBe(0);
    expect(await sendDailyDigests(test.db, new Date('2026-11-25T22:01:00Z'))).toBe(1);
    const mails = await mailTo(ja.id);
    expect(mails).toHaveLength(2);
    expect(mails.find((mail) => mail.subject.includes('1件'))?.body).toContain('「入力 3」');
  });
});
