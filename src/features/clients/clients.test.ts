import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../auth/schema';
import { setupCodeOn, visibleText } from '../../testing/html';
import { useTestApp, type TestBrowser } from '../../testing/test-app';
import { clientContacts, clients } from './schema';

const test = useTestApp();

const page = async (browser: TestBrowser, path: string) => {
  const response = await browser.get(path);
  return { status: response.status, text: visibleText(await response.text()) };
};

const company = {
  name: '株式会社たてしな印刷',
  nameKana: 'たてしないんさつ',
  status: 'active',
  postalCode: '３８４－２３０５',
  address: '長野県北佐久郡立科町芦田3000',
  phone: '0267-00-0000',
  email: 'info@example.jp',
  corporateNumber: '7000012050002',
  invoiceRegistrationNumber: 't7000012050002',
  notes: '',
};

/** A director adds the company above and returns its id. */
async function addClient(browser: TestBrowser, fields: Record<string, string> = {}): Promise<string> {
  const response = await browser.post('/clients/new', { ...company, ...fields });
  expect(response.status).toBe(303);
  const location = response.headers.get('location') ?? '';
  expect(location).toMatch(/^\/clients\/[0-9a-f-]{36}\?done=created$/);
  return location.slice('/clients/'.length, location.indexOf('?'));
}

describe('clients (発注者)', () => {
  it('a director adds a client; what people type is folded and shown back', async () => {
    const director = await test.signedIn('director');
    const id = await addClient(director);
    const [stored] = await test.db.select().from(clients).where(eq(clients.id, id));
    expect(stored).toMatchObject({ nameKana: 'タテシナインサツ', postalCode: '3842305', invoiceRegistrationNumber: 'T7000012050002', isMunicipality: false, notes: null });
    const details = await page(director, `/clients/${id}?done=created`);
    expect(details.text).toContain('登録しました。');
    expect(details.text).toContain('〒384-2305');
    expect(details.text).toContain('取引中');

    const list = await page(director, '/clients?q=たてしな');
    expect(list.text).toContain('株式会社たてしな印刷');
    expect((await page(director, '/clients?q=まつもと')).text).toContain('当てはまる発注者はいません。');
    expect((await page(director, '/clients?status=prospect')).text).not.toContain('株式会社たてしな印刷');
    expect((await page(director, '/clients?status=bogus')).status).toBe(200);
  });

  it('shows a message next to each wrong field and keeps what was typed', async () => {
    const director = await test.signedIn('director');
    const response = await director.post('/clients/new', {
      ...company,
      name: '',
      nameKana: 'Tateshina',
      postalCode: '384-23',
      corporateNumber: '1000012050002',
      invoiceRegistrationNumber: 'T123',
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    const text = visibleText(html);
    expect(text).toContain('カタカナ（またはひらがな）で書いてください。');
    expect(text).toContain('郵便番号は7けたの数字で書いてください。');
    expect(text).toContain('この法人番号は正しくないようです。');
    expect(html).toContain('id="field-invoiceRegistrationNumber-error"');
    expect(html).toContain('id="field-name-error"');
    expect(html).toContain('value="長野県北佐久郡立科町芦田3000"');
    expect(await test.db.select().from(clients)).toEqual([]);
  });

  it('refuses a second client with the same corporate number', async () => {
    const director = await test.signedIn('director');
    await addClient(director);
    const again = await director.post('/clients/new', { ...company, name: '別の会社' });
    expect(again.status).toBe(409);
    expect(visibleText(await again.text())).toContain('この法人番号の発注者は、すでに登録されています。');
  });

  it('edits a client, marking it as the town', async () => {
    const admin = await test.signedIn('admin');
    const id = await addClient(admin);
    const form = await page(admin, `/clients/${id}/edit`);
    expect(form.text).toContain('株式会社たてしな印刷');
    const bad = await admin.post(`/clients/${id}/edit`, { ...company, postalCode: 'abc' });
    expect(bad.status).toBe(400);
    const saved = await admin.post(`/clients/${id}/edit`, { ...company, name: '立科町', status: 'active', isMunicipality: 'yes', corporateNumber: '', invoiceRegistrationNumber: '' });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/clients/${id}?done=saved`);
    const [stored] = await test.db.select().from(clients).where(eq(clients.id, id));
    expect(stored).toMatchObject({ name: '立科町', isMunicipality: true, corporateNumber: null, invoiceRegistrationNumber: null });
  });

  it('adds contacts and logs sales activities, newest first', async () => {
    const director = await test.signedIn('director');
    const id = await addClient(director, { status: 'prospect' });
    const badContact = await director.post(`/clients/${id}/contacts`, { 'contact-name': '', 'contact-nameKana': 'abc', 'contact-department': '', 'contact-title': '', 'contact-phone': '', 'contact-email': '' });
    expect(badContact.status).toBe(400);
    const badContactPage = await badContact.text();
    expect(badContactPage).toContain('id="field-contact-nameKana-error"');
    // What was typed comes back in the field, under its prefixed name.
    expect(badContactPage).toMatch(/id="field-contact-nameKana"[^>]*value="abc"/);
    const contact = await director.post(`/clients/${id}/contacts`, {
      'contact-name': '佐藤 一郎',
      'contact-nameKana': 'さとう いちろう',
      'contact-department': '総務部',
      'contact-title': '課長',
      'contact-phone': '',
      'contact-email': 'sato@example.jp',
    });
    expect(contact.status).toBe(303);

    const badActivity = await director.post(`/clients/${id}/activities`, { 'activity-kind': 'visit', 'activity-occurredOn': '12月', 'activity-summary': 'x', 'activity-nextStep': '', 'activity-nextStepOn': '' });
    expect(badActivity.status).toBe(400);
    const badActivityPage = await badActivity.text();
    expect(visibleText(badActivityPage)).toContain('日付は 2026-12-01 や 2026/12/1 のように書いてください。');
    expect(badActivityPage).toMatch(/id="field-activity-occurredOn"[^>]*value="12月"/);
    for (const [occurredOn, summary] of [['2026/11/02', '最初の訪問'], ['２０２６／１１／２０', '見積の相談'], ['2026-11-10', '電話でご挨拶']]) {
      const logged = await director.post(`/clients/${id}/activities`, { 'activity-kind': 'visit', 'activity-occurredOn': occurredOn!, 'activity-summary': summary!, 'activity-nextStep': '提案書を送る', 'activity-nextStepOn': '2099-01-15' });
      expect(logged.status).toBe(303);
    }
    const details = await page(director, `/clients/${id}`);
    expect(details.text).toContain('佐藤 一郎 (サトウ イチロウ)');
    const order = ['見積の相談', '電話でご挨拶', '最初の訪問'].map((summary) => details.text.indexOf(summary));
    expect(order.every((position) => position > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // A director cannot make accounts, so no button.
    expect(details.text).not.toContain('発注者アカウントを作る');
    const list = await page(director, '/clients');
    expect(list.text).toContain('次の予定が近い見込み');
  });

  it('an admin makes a client account for a contact; the client sees its company at home', async () => {
    const admin = await test.signedIn('admin');
    const id = await addClient(admin);
    await admin.post(`/clients/${id}/contacts`, { 'contact-name': '佐藤 一郎', 'contact-nameKana': '', 'contact-department': '', 'contact-title': '', 'contact-phone': '', 'contact-email': '' });
    const [contact] = await test.db.select().from(clientContacts);
    expect((await page(admin, `/clients/${id}`)).text).toContain('発注者アカウントを作る');

    const director = await test.signedIn('director');
    expect((await director.post(`/clients/${id}/contacts/${contact!.id}/account`, { [`loginId-${contact!.id}`]: 'sato' })).status).toBe(403);

    const badId = await admin.post(`/clients/${id}/contacts/${contact!.id}/account`, { [`loginId-${contact!.id}`]: 'x' });
    expect(badId.status).toBe(400);
    const sheet = await admin.post(`/clients/${id}/contacts/${contact!.id}/account`, { [`loginId-${contact!.id}`]: 'Sato' });
    expect(sheet.status).toBe(200);
    const code = setupCodeOn(await sheet.text());
    const [user] = await test.db.select().from(users).where(eq(users.loginId, 'sato'));
    expect(user).toMatchObject({ role: 'client', displayName: '佐藤 一郎' });
    const [linked] = await test.db.select().from(clientContacts);
    expect(linked!.userId).toBe(user!.id);
    const again = await admin.post(`/clients/${id}/contacts/${contact!.id}/account`, { [`loginId-${contact!.id}`]: 'sato2' });
    expect(again.status).toBe(409);

    const client = test.browser();
    expect((await client.post('/setup', { loginId: 'sato', code, newPassword: 'a long password', confirmPassword: 'a long password' })).status).toBe(303);
    expect((await client.signIn('sato', 'a long password')).status).toBe(303);
    expect((await page(client, '/')).text).toContain('あなたの会社: 株式会社たてしな印刷');
  });

  it('keeps workers, clients and coordinators out; unknown and malformed ids are not found', async () => {
    for (const role of ['worker', 'client', 'coordinator'] as const) {
      const browser = await test.signedIn(role);
      expect((await browser.get('/clients')).status).toBe(403);
    }
    const director = await test.signedIn('director');
    expect((await director.get('/clients/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await director.get('/clients/not-an-id')).status).toBe(404);
    expect((await director.get('/clients/not-an-id/edit')).status).toBe(404);
    expect((await director.post('/clients/not-an-id/activities', {})).status).toBe(404);
    const admin = await test.signedIn('admin');
    const id = await addClient(admin);
    expect((await admin.post(`/clients/${id}/contacts/not-an-id/account`, {})).status).toBe(404);
  });
});
