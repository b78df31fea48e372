import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getText } from '../../testing/page-text';
import { useTestApp } from '../../testing/test-app';
import { deliverOutbox, maxDeliveryAttempts } from './deliver-outbox';
import { queueMail } from './queue-mail';
import { outboxMessages } from './schema';

/** A local SMTP server that keeps what it receives and refuses one address, as a real one might. */
const received: { to: string[]; raw: string }[] = [];
const server = new SMTPServer({
  disabledCommands: ['STARTTLS'],
  allowInsecureAuth: true,
  onAuth: (auth, _session, callback) => (auth.username === 'machi' && auth.password === 's3cret-pw' ? callback(null, { user: 'machi' }) : callback(new Error('Invalid login'))),
  onRcptTo: (address, _session, callback) => (address.address === 'broken@example.jp' ? callback(Object.assign(new Error('mailbox s3cret-pw unavailable'), { responseCode: 550 })) : callback()),
  onData: (stream, session, callback) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString('utf8') });
      callback();
    });
  },
  logger: false,
});

const environment: Record<string, string> = {};
beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  Object.assign(environment, { SMTP_URL: `smtp://machi:s3cret-pw@127.0.0.1:${port}`, MAIL_FROM: '町ワーク <machiwork@example.jp>' });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const test = useTestApp(environment);

describe('delivering the outbox through SMTP', () => {
  it('sends each message once even when two rounds run at once, and marks it sent', async () => {
    received.length = 0;
    const now = new Date('2026-11-25T01:00:00Z');
    await queueMail(test.db, { toAddress: 'hanako@example.jp', subject: 'Hello', body: 'はじめまして' });
    await queueMail(test.db, { toAddress: 'taro@example.jp', subject: 'Second', body: 'Two' });

    const counts = await Promise.all([deliverOutbox(test.db, test.config.smtp, now), deliverOutbox(test.db, test.config.smtp, now)]);

    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(2);
    expect(received.map((mail) => mail.to).sort()).toEqual([['hanako@example.jp'], ['taro@example.jp']]);
    expect(received.find((mail) => mail.to[0] === 'hanako@example.jp')?.raw).toMatch(/Subject: Hello/);
    const rows = await test.db.select().from(outboxMessages);
    expect(rows.every((row) => row.sentAt?.getTime() === now.getTime() && row.attempts === 1 && row.lastError === null)).toBe(true);
    expect(await deliverOutbox(test.db, test.config.smtp, now)).toBe(0);
  });

  it('counts failed attempts with the error (never the password), retries next round, gives up after five, and shows it to the admin', async () => {
    received.length = 0;
    const id = await queueMail(test.db, { toAddress: 'broken@example.jp', subject: 'Nope', body: 'x' });
    await queueMail(test.db, { toAddress: 'fine@example.jp', subject: 'Fine', body: 'y' });

    expect(await deliverOutbox(test.db, test.config.smtp)).toBe(1);
    const [first] = await test.db.select().from(outboxMessages).where(eq(outboxMessages.id, id));
    expect(first).toMatchObject({ sentAt: null, attempts: 1 });
    expect(first?.lastError).toContain('550');
    expect(first?.lastError).not.toContain('s3cret-pw');

    const admin = await test.signedIn('admin');
    expect((await getText(admin, '/admin/outbox')).text).toContain('送れませんでした: ');
    for (let round = 2; round <= maxDeliveryAttempts + 1; round++) await deliverOutbox(test.db, test.config.smtp);
    const [last] = await test.db.select().from(outboxMessages).where(eq(outboxMessages.id, id));
    expect(last).toMatchObject({ sentAt: null, attempts: maxDeliveryAttempts });
    expect(received.map((mail) => mail.to)).toEqual([['fine@example.jp']]);

    const page = (await getText(admin, '/admin/outbox')).text;
    expect(page).toContain('メールサーバー（SMTP）から送られます');
    expect(page).toContain(`送るのをやめました（${maxDeliveryAttempts}回失敗）: `);
    expect(page).not.toContain('s3cret-pw');
  });

  it('leaves mail in the outbox when SMTP is not configured, and says so to the admin', async () => {
    await queueMail(test.db, { toAddress: 'hanako@example.jp', subject: 'Hello', body: 'x' });
    expect(await deliverOutbox(test.db, undefined)).toBe(0);
    const [row] = await test.db.select().from(outboxMessages);
    expect(row).toMatchObject({ sentAt: null, attempts: 0 });
  });
});
