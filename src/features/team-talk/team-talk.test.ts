import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { uploadPath } from '../../files/store-files';
import { linksOn, visibleText } from '../../testing/html';
import { postMultipart } from '../../testing/multipart';
import { getText, postText } from '../../testing/page-text';
import { useTestApp } from '../../testing/test-app';
import { notifications } from '../notifications/schema';
import { threadAttachments, threadMentions, threadPosts } from './schema';
import { person, teamOfThree, teamOrder } from './testing';

const dataDir = mkdtempSync(path.join(tmpdir(), 'machiwork-teams-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const test = useTestApp({ TRUST_PROXY: 'true', CENTRE_NETWORKS: '192.0.2.0/24', DATA_DIR: dataDir });
const atCentre = { 'x-forwarded-for': '192.0.2.5' };

const team = () => teamOfThree(test);

const text = async (response: Response) => visibleText(await response.text());

describe('who belongs to a team page', () => {
  it('opens for the team and for staff who run orders or look after workers; anyone else is not found', async () => {
    const { leader, worker, trainee, orderId } = await team();
    for (const who of [leader, worker, trainee, await person(test, 'director'), await person(test, 'admin'), await person(test, 'coordinator')]) {
      const page = await getText(who.browser, `/teams/${orderId}`);
      expect(page.status).toBe(200);
      expect(page.text).toContain('「名刺データ入力」のチーム');
    }
    const outsider = await person(test, 'worker');
    expect((await outsider.browser.get(`/teams/${orderId}`)).status).toBe(404);
    expect((await outsider.browser.post(`/teams/${orderId}/posts`, { body: 'こんにちは' })).status).toBe(404);
    expect((await (await person(test, 'client')).browser.get(`/teams/${orderId}`)).status).toBe(403);
    expect((await outsider.browser.get('/teams/not-an-id')).status).toBe(404);
  });

  it('lists my teams; staff see every running order with a team, not closed ones', async () => {
    const { worker, orderId } = await team();
    const closed = await teamOrder(test, [[worker, 'member']], { title: '終わった仕事', status: 'closed' });
    await teamOrder(test, [], { title: 'チームのない仕事' });
    const mine = await getText(worker.browser, '/teams');
    expect(mine.text).toContain('名刺データ入力');
    expect(mine.text).toContain('終わった仕事');
    expect(mine.text).not.toContain('チームのない仕事');
    const director = await person(test, 'director');
    const staff = await (await director.browser.get('/teams')).text();
    expect(linksOn(staff).map((link) => link.href)).toContain(`/teams/${orderId}`);
    expect(linksOn(staff).map((link) => link.href)).not.toContain(`/teams/${closed}`);
    expect(visibleText(staff)).not.toContain('チームのない仕事');
    expect((await getText(await person(test, 'worker').then((p) => p.browser), '/teams')).text).toContain('いま参加しているチームはありません。');
  });
});

describe('posting', () => {
  it('refuses an empty or too long post and people not on the team next to the field, and tells exactly the people chosen', async () => {
    const { leader, worker, trainee, orderId } = await team();
    const outsider = await person(test, 'worker');
    const empty = await postMultipart(leader.browser, `/teams/${orderId}/posts`, { body: '   ' });
    expect(empty.status).toBe(400);
    expect(await text(empty)).toContain('メッセージ: メッセージを入力するか、ファイルを添付してください。');
    const long = await postMultipart(leader.browser, `/teams/${orderId}/posts`, { body: 'あ'.repeat(4001), mention: [worker.id] });
    expect(long.status).toBe(400);
    const longHtml = await long.text();
    expect(visibleText(longHtml)).toContain('4000文字以内で入力してください。');
    expect(longHtml).toMatch(new RegExp(`value="${worker.id}"[^>]*checked`));
    const stranger = await postMultipart(leader.browser, `/teams/${orderId}/posts`, { body: 'どうぞ', mention: [worker.id, outsider.id] });
    expect(stranger.status).toBe(400);
    expect(await text(stranger)).toContain('このチームの人だけを選んでください。');
    expect(await test.db.select().from(threadPosts)).toHaveLength(0);

    const posted = await postMultipart(leader.browser, `/teams/${orderId}/posts`, { body: '今日から新しい束です。\n読めない字は「？」でお願いします。', mention: [worker.id] });
    expect(posted.status).toBe(303);
    const [post] = await test.db.select().from(threadPosts);
    expect(posted.headers.get('location')).toBe(`/teams/${orderId}?done=posted#post-${post!.id}`);
    expect(await test.db.select().from(threadMentions)).toEqual([{ postId: post!.id, userId: worker.id }]);
    const told = await test.db.select().from(notifications);
    expect(told.map((row) => row.userId)).toEqual([worker.id]);
    expect(told[0]!.link).toBe(`/teams/${orderId}#post-${post!.id}`);
    const page = await getText(worker.browser, `/teams/${orderId}?done=posted`);
    expect(page.text).toContain('投稿しました。');
    expect(page.text).toContain('読めない字は「？」でお願いします。');
    expect(page.text).toContain(`知らせた人: ${worker.displayName}`);
    expect((await getText(worker.browser, '/notifications')).text).toContain(`${leader.displayName}さんが「名刺データ入力」のチームの掲示板で、あなたに知らせました`);
    expect((await test.db.select().from(notifications).where(eq(notifications.userId, trainee.id))).length).toBe(0);

    // Staff post and reply too; the reply tells nobody when nobody is chosen.
    const director = await person(test, 'director');
    expect((await postMultipart(director.browser, `/teams/${orderId}/posts`, { body: '納期は予定どおりです。' })).status).toBe(303);
    expect(await test.db.select().from(notifications)).toHaveLength(1);
  });

  it('shows the latest 50 posts, oldest first, and the older ones behind a link', async () => {
    const { worker, orderId } = await team();
    const start = Date.parse('2026-11-01T00:00:00Z');
    await test.db.insert(threadPosts).values(Array.from({ length: 55 }, (_, index) => ({ orderId, authorId: worker.id, body: `投稿${index + 1}番`, postedAt: new Date(start + index * 60_000) })));
    const html = await (await worker.browser.get(`/teams/${orderId}`)).text();
    const latest = visibleText(html);
    expect(latest).toContain('投稿6番');
    expect(latest).not.toContain('投稿5番');
    expect(latest.indexOf('投稿6番')).toBeLessThan(latest.indexOf('投稿55番'));
    const older = linksOn(html).find((link) => link.text === '前の投稿を見る')!;
    const earlier = await getText(worker.browser, older.href);
    expect(earlier.text).toContain('投稿1番');
    expect(earlier.text).toContain('投稿5番');
    expect(earlier.text).not.toContain('投稿6番');
    expect(earlier.text).not.toContain('前の投稿を見る');
    expect(earlier.text).toContain('新しい投稿へ戻る');
  });
});

describe('attachments', () => {
  it('stores files, gives them to the team only, refuses other kinds and more than five', async () => {
    const { worker, orderId } = await team();
    const outsider = await person(test, 'worker');
    const exe = await postMultipart(worker.browser, `/teams/${orderId}/posts`, { body: '見てください' }, { files: [new File(['MZ'], 'tool.exe')] });
    expect(exe.status).toBe(400);
    expect(await text(exe)).toContain('添付ファイル（5つまで）: この種類のファイルは送れません。');
    const six = Array.from({ length: 6 }, (_, index) => new File(['x'], `memo${index}.txt`));
    expect(await text(await postMultipart(worker.browser, `/teams/${orderId}/posts`, { body: '' }, { files: six }))).toContain('ファイルは一度に5つまでです。');

    const sent = await postMultipart(worker.browser, `/teams/${orderId}/posts`, { body: '' }, { files: [new File(['読めなかった名刺の一覧'], 'unreadable.txt')] });
    expect(sent.status).toBe(303);
    const [file] = await test.db.select().from(threadAttachments);
    expect(file).toMatchObject({ originalName: 'unreadable.txt', contentType: 'text/plain; charset=utf-8', sizeBytes: 33 });
    const html = await (await worker.browser.get(`/teams/${orderId}`)).text();
    const download = linksOn(html).find((link) => link.href === `/teams/${orderId}/files/${file!.id}`)!;
    expect(download.text).toContain('unreadable.txt');
    const got = await worker.browser.get(download.href);
    expect(got.status).toBe(200);
    expect(await got.text()).toBe('読めなかった名刺の一覧');
    expect((await (await person(test, 'coordinator')).browser.get(download.href)).status).toBe(200);
    expect((await outsider.browser.get(download.href)).status).toBe(404);
    const other = await teamOrder(test, [[outsider, 'member']]);
    expect((await outsider.browser.get(`/teams/${other}/files/${file!.id}`)).status).toBe(404);
  });

  it("gives centre-only work's files to members only at the centre, to leaders and order staff anywhere", async () => {
    const leader = await person(test, 'leader');
    const worker = await person(test, 'worker');
    const orderId = await teamOrder(
      test,
      [
        [leader, 'leader'],
        [worker, 'member'],
      ],
      { confidentiality: 'centre_only' },
    );
    await postMultipart(leader.browser, `/teams/${orderId}/posts`, { body: '録音の一覧です' }, { files: [new File(['一覧'], 'list.csv')] });
    const [file] = await test.db.select().from(threadAttachments);
    const href = `/teams/${orderId}/files/${file!.id}`;
    expect((await worker.browser.get(href)).status).toBe(404);
    expect((await worker.browser.request(href, { headers: atCentre })).status).toBe(200);
    expect((await leader.browser.get(href)).status).toBe(200);
    expect((await (await person(test, 'director')).browser.get(href)).status).toBe(200);
  });
});

describe('removing a post', () => {
  it('lets its author or staff remove it: the text cleared, the files gone; nobody else', async () => {
    const { leader, worker, trainee, orderId } = await team();
    await postMultipart(worker.browser, `/teams/${orderId}/posts`, { body: 'まちがえて送りました' }, { files: [new File(['x'], 'wrong.txt')] });
    await postMultipart(leader.browser, `/teams/${orderId}/posts`, { body: 'リーダーの投稿' });
    const [mine] = await test.db.select().from(threadPosts).where(eq(threadPosts.authorId, worker.id));
    const [file] = await test.db.select().from(threadAttachments);
    expect(existsSync(uploadPath(dataDir, file!.id))).toBe(true);
    expect((await trainee.browser.post(`/teams/${orderId}/posts/${mine!.id}/remove`)).status).toBe(404);
    expect((await leader.browser.post(`/teams/${orderId}/posts/${mine!.id}/remove`)).status).toBe(404);

    const removed = await postText(worker.browser, `/teams/${orderId}/posts/${mine!.id}/remove`);
    expect(removed.location).toBe(`/teams/${orderId}?done=removed`);
    const page = await getText(trainee.browser, `/teams/${orderId}`);
    expect(page.text).toContain('削除されました');
    expect(page.text).not.toContain('まちがえて送りました');
    expect((await test.db.select().from(threadPosts).where(eq(threadPosts.id, mine!.id)))[0]!.body).toBe('');
    expect((await worker.browser.get(`/teams/${orderId}/files/${file!.id}`)).status).toBe(404);
    expect(existsSync(uploadPath(dataDir, file!.id))).toBe(false);
    expect((await worker.browser.post(`/teams/${orderId}/posts/${mine!.id}/remove`)).status).toBe(404);

    const [leaders] = await test.db.select().from(threadPosts).where(eq(threadPosts.authorId, leader.id));
    const coordinator = await person(test, 'coordinator');
    expect((await coordinator.browser.post(`/teams/${orderId}/posts/${leaders!.id}/remove`)).status).toBe(303);
    const [audit] = await test.db.select().from(auditLog).where(eq(auditLog.action, 'team.post.remove'));
    expect(audit).toMatchObject({ actorId: coordinator.id, subjectUserId: leader.id });
  });
});
