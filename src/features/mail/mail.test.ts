import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../testing/html';
import { useTestApp } from '../../testing/test-app';
import { outboxPageSize } from './list-outbox';
import { queueMail } from './queue-mail';
import { outboxMessages } from './schema';

const test = useTestApp();

describe('the e-mail outbox', () => {
  it('lists queued mail newest first for the admin, with whether it went out, a page at a time', async () => {
    const user = await test.createUser('worker');
    const start = new Date('2026-11-24T01:00:00Z');
    for (let index = 0; index < outboxPageSize + 1; index++) {
      await queueMail(test.db, { userId: user.id, toAddress: `person${index}@example.jp`, subject: `件名 ${index}`, body: `本文 ${index}` }, new Date(start.getTime() + index * 60_000));
    }
    const [sent] = await test.db.select({ id: outboxMessages.id }).from(outboxMessages).where(eq(outboxMessages.subject, `件名 ${outboxPageSize}`));
    await test.db.update(outboxMessages).set({ sentAt: new Date('2026-11-24T03:00:00Z') }).where(eq(outboxMessages.id, sent!.id));
    const [failed] = await test.db.select({ id: outboxMessages.id }).from(outboxMessages).where(eq(outboxMessages.subject, `件名 ${outboxPageSize - 1}`));
    await test.db.update(outboxMessages).set({ lastError: '550 mailbox unavailable' }).where(eq(outboxMessages.id, failed!.id));

    const admin = await test.signedIn('admin');
    const first = visibleText(await (await admin.get('/admin/outbox')).text());
    expect(first).toContain(`メール（全${outboxPageSize + 1}通、新しい順）`);
    expect(first.indexOf(`件名 ${outboxPageSize}`)).toBeLessThan(first.indexOf(`件名 ${outboxPageSize - 1}`));
    expect(first).toContain('送信済み（2026年11月24日 12:00）');
    expect(first).toContain('送れませんでした: 550 mailbox unavailable');
    expect(first).toContain(`本文 ${outboxPageSize}`);
    expect(first).not.toContain('件名 0 ');
    expect(first).toContain('1 / 2 ページ');
    const second = visibleText(await (await admin.get('/admin/outbox?page=2')).text());
    expect(second).toContain('person0@example.jp');
    expect(second).toContain('未送信');
  });
});
