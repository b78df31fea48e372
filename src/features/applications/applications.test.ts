import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { setupCodeOn, visibleText } from '../../testing/html';
import { useTestApp } from '../../testing/test-app';
import { applications, consents, workerProfiles, workerSkills, workerStatusChanges } from '../workers/schema';

const test = useTestApp();

const hanako = {
  familyName: '立科',
  givenName: '花子',
  familyNameKana: 'たてしな',
  givenNameKana: 'ﾊﾅｺ',
  phone: '',
  email: '',
  postalAddress: '長野県北佐久郡立科町大字芦田2532',
  hoursPerWeek: '１０',
  accommodationNotes: '午前中は子どもの送り迎えがあります',
  supporterName: '',
  supporterContact: '',
  sensitiveDetails: '',
  consentRegistration: 'yes',
};

/** Posts an application as a browser would, with repeated fields for checkbox groups. */
async function apply(fields: Record<string, string>, lists: Record<string, string[]> = {}, from = test.browser()) {
  const body = new URLSearchParams(fields);
  for (const [name, values] of Object.entries(lists)) for (const value of values) body.append(name, value);
  if (!from.cookies.has('mw_csrf')) await from.get('/apply');
  body.set('_csrf', from.cookies.get('mw_csrf') ?? '');
  return from.request('/apply', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
}

describe('applying to register (登録申込)', () => {
  it('takes an application without an account, folding kana and full-width digits, and records the consent version', async () => {
    const response = await apply(hanako, {
      preferredLocations: ['home', 'centre'],
      skills: ['data_entry', 'transcription'],
      accommodations: ['text_only', 'frequent_breaks'],
      targetGroups: ['childcare', 'moved_in'],
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/apply/thanks');
    expect(visibleText(await (await test.browser().get('/apply/thanks')).text())).toContain('お申し込みを受け付けました');

    const [stored] = await test.db.select().from(applications);
    expect(stored).toMatchObject({
      status: 'new',
      familyNameKana: 'タテシナ',
      givenNameKana: 'ハナコ',
      hoursPerWeek: 10,
      preferredLocations: ['home', 'centre'],
      skills: ['data_entry', 'transcription'],
      accommodations: ['text_only', 'frequent_breaks'],
      targetGroups: ['childcare', 'moved_in'],
      sensitiveEncrypted: null,
    });
    const given = await test.db.select().from(consents).where(eq(consents.applicationId, stored!.id));
    expect(given.map((consent) => [consent.purpose, consent.textVersion])).toEqual([['registration', '2026-11']]);
  });

  it('asks for at least one way to reach the person, and for consent, with messages beside the fields', async () => {
    const response = await apply({ ...hanako, postalAddress: '', consentRegistration: '' }, { skills: ['data_entry'] });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(visibleText(html)).toContain('電話番号、メールアドレス、ご住所のうち、少なくとも一つを入力してください。');
    expect(html).toMatch(/id="field-consentRegistration-error">申し込むには、個人情報の取り扱いへの同意が必要です。/);
    // What was typed and ticked is kept.
    expect(html).toContain('value="立科"');
    expect(html).toMatch(/id="field-skills-data_entry" name="skills" value="data_entry" checked/);
    expect(await test.db.select().from(applications)).toHaveLength(0);
  });

  it('refuses kana that is not kana, an unknown choice, and an impossible number of hours', async () => {
    const response = await apply({ ...hanako, familyNameKana: 'Tateshina', hoursPerWeek: '200' }, { skills: ['juggling'] });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toMatch(/id="field-familyNameKana-error">フリガナはカタカナまたはひらがなで入力してください。/);
    expect(html).toMatch(/id="field-hoursPerWeek-error">1週間の時間は0〜60の数字で入力してください。/);
    expect(html).toContain('id="field-skills-error"');
  });

  it('keeps disability and health details only sealed, and only with their own consent', async () => {
    const withoutConsent = await apply({ ...hanako, sensitiveDetails: '弱視のため大きな文字が必要', disability: 'yes' });
    expect(withoutConsent.status).toBe(400);
    expect(visibleText(await withoutConsent.text())).toContain('障がい・健康について入力した場合は、その取り扱いへの同意が必要です');

    const withConsent = await apply({ ...hanako, sensitiveDetails: '弱視のため大きな文字が必要', disability: 'yes', consentSensitive: 'yes' });
    expect(withConsent.status).toBe(303);
    const [stored] = await test.db.select().from(applications);
    expect(stored?.sensitiveEncrypted).toMatch(/^v1\./);
    expect(JSON.stringify(stored)).not.toContain('弱視');
    const given = await test.db.select().from(consents).where(eq(consents.applicationId, stored!.id));
    expect(given.map((consent) => consent.purpose).sort()).toEqual(['registration', 'sensitive_data']);
  });

  it('quietly drops what a bot sends through the hidden field', async () => {
    const response = await apply({ ...hanako, website: 'http://spam.example' });
    expect(response.status).toBe(303);
    expect(await test.db.select().from(applications)).toHaveLength(0);
  });

  it('slows down many applications from one address, and says when to try again', async () => {
    const browser = test.browser();
    for (let index = 0; index < 5; index++) expect((await apply(hanako, {}, browser)).status).toBe(303);
    const sixth = await apply(hanako, {}, browser);
    expect(sixth.status).toBe(429);
    const html = await sixth.text();
    expect(visibleText(html)).toMatch(/短い時間に多くの申し込みがありました。\d+分ほどたってから/);
    expect(html).toContain('value="立科"');
    expect(await test.db.select().from(applications)).toHaveLength(5);
  });
});

describe('the coordinator’s inbox', () => {
  async function submitted() {
    await apply(
      { ...hanako, sensitiveDetails: '長時間座るのがつらい', consentSensitive: 'yes' },
      { skills: ['data_entry', 'survey'], preferredLocations: ['home'] },
    );
    const [row] = await test.db.select().from(applications);
    return row!;
  }

  it('offers 「文字で連絡」 instead of a phone number to call for an applicant who asked for text only', async () => {
    await apply({ ...hanako, phone: '090-1234-5678', email: 'hanako@example.jp' }, { preferredLocations: ['home'], accommodations: ['text_only'] });
    const coordinator = await test.signedIn('coordinator');
    const list = visibleText(await (await coordinator.get('/applications')).text());
    expect(list).toContain('文字で連絡 / hanako@example.jp');
    expect(list).not.toContain('090-1234-5678');
    const [row] = await test.db.select().from(applications);
    expect(visibleText(await (await coordinator.get(`/applications/${row!.id}`)).text())).toContain('090-1234-5678（文字で連絡）');
  });

  it('lists new applications, shows one with its sensitive details, and audits that view', async () => {
    const application = await submitted();
    const coordinator = await test.signedIn('coordinator');
    const list = visibleText(await (await coordinator.get('/applications')).text());
    expect(list).toContain('立科 花子');
    expect(list).toContain('新規 (1)');

    const detail = visibleText(await (await coordinator.get(`/applications/${application.id}`)).text());
    expect(detail).toContain('長時間座るのがつらい');
    expect(detail).toContain('個人情報の取り扱い（版 2026-11');
    const audit = await test.db.select().from(auditLog).where(eq(auditLog.subjectApplicationId, application.id));
    expect(audit.map((entry) => entry.action)).toEqual(['application.sensitive.view']);
    expect(JSON.stringify(audit)).not.toContain('長時間');
  });

  it('records interview notes and moves the application to interviewing', async () => {
    const application = await submitted();
    const coordinator = await test.signedIn('coordinator');
    const empty = await coordinator.post(`/applications/${application.id}/notes`, { body: '' });
    expect(empty.status).toBe(400);
    const noted = await coordinator.post(`/applications/${application.id}/notes`, { body: '11/25 電話で面談。来週センター見学。' });
    expect(noted.headers.get('location')).toBe(`/applications/${application.id}?noted=1`);
    const page = visibleText(await (await coordinator.get(`/applications/${application.id}?noted=1`)).text());
    expect(page).toContain('11/25 電話で面談。来週センター見学。');
    expect(page).toContain('面談中');
  });

  it('accepts as a trainee: account, printable setup code, profile, first status, skills and consents — and the person can sign in', async () => {
    const application = await submitted();
    const coordinator = await test.signedIn('coordinator');
    const accepted = await coordinator.post(`/applications/${application.id}/accept`, { role: 'trainee', loginId: 'tateshina.hanako' });
    expect(accepted.status).toBe(200);
    const code = setupCodeOn(await accepted.text());

    const [row] = await test.db.select().from(applications).where(eq(applications.id, application.id));
    expect(row?.status).toBe('accepted');
    const userId = row!.userId!;
    const [profile] = await test.db.select().from(workerProfiles).where(eq(workerProfiles.userId, userId));
    expect(profile).toMatchObject({ status: 'trainee', familyName: '立科', givenNameKana: 'ハナコ', preferredLocations: ['home'] });
    expect(profile?.sensitiveEncrypted).toBe(row?.sensitiveEncrypted);
    const history = await test.db.select().from(workerStatusChanges).where(eq(workerStatusChanges.userId, userId));
    expect(history).toMatchObject([{ fromStatus: null, toStatus: 'trainee', reason: '登録申し込みを承認' }]);
    const skills = await test.db.select().from(workerSkills).where(eq(workerSkills.userId, userId));
    expect(skills.map((skill) => [skill.skill, skill.level, skill.source]).sort()).toEqual([
      ['data_entry', 1, 'self'],
      ['survey', 1, 'self'],
    ]);
    const moved = await test.db.select().from(consents).where(eq(consents.userId, userId));
    expect(moved.map((consent) => consent.purpose).sort()).toEqual(['registration', 'sensitive_data']);

    const person = test.browser();
    await person.post('/setup', { loginId: 'tateshina.hanako', code, newPassword: 'my own password', confirmPassword: 'my own password' });
    expect((await person.signIn('tateshina.hanako', 'my own password')).status).toBe(303);
    expect(visibleText(await (await person.get('/')).text())).toContain('研修生のホームです');

    // Finishing training: the coordinator makes the trainee active, and the account becomes a worker's.
    expect((await coordinator.post(`/workers/${userId}/status`, { status: 'active', reason: '研修を修了' })).status).toBe(303);
    expect(visibleText(await (await person.get('/')).text())).toContain('ワーカーのホームです');

    // Accepting twice is refused, and declining afterwards too.
    const again = await coordinator.post(`/applications/${application.id}/accept`, { role: 'worker', loginId: 'someone.else' });
    expect(again.status).toBe(409);
    expect(visibleText(await again.text())).toContain('この申し込みはすでに処理されています。');
    expect((await coordinator.post(`/applications/${application.id}/decline`, { reason: 'x' })).status).toBe(409);
  });

  it('keeps the application open when the login ID is taken', async () => {
    const application = await submitted();
    await test.createUser('worker', 'hanako');
    const coordinator = await test.signedIn('coordinator');
    const response = await coordinator.post(`/applications/${application.id}/accept`, { role: 'worker', loginId: 'hanako' });
    expect(response.status).toBe(409);
    expect(visibleText(await response.text())).toContain('このログインIDはすでに使われています。');
    const [row] = await test.db.select().from(applications);
    expect(row?.status).toBe('new');
    expect(await test.db.select().from(workerProfiles)).toHaveLength(0);
  });

  it('declines with a reason, which is kept and shown', async () => {
    const application = await submitted();
    const coordinator = await test.signedIn('coordinator');
    expect((await coordinator.post(`/applications/${application.id}/decline`, { reason: '' })).status).toBe(400);
    const declined = await coordinator.post(`/applications/${application.id}/decline`, { reason: '町外にお住まいのため、近隣の町の窓口をご案内しました。' });
    expect(declined.status).toBe(303);
    const page = visibleText(await (await coordinator.get(`/applications/${application.id}`)).text());
    expect(page).toContain('町外にお住まいのため');
    expect(page).toContain('お見送り');
  });

  it('is closed to workers, clients and supporters, and answers an unknown application with 404', async () => {
    const application = await submitted();
    for (const role of ['worker', 'client', 'supporter', 'director'] as const) {
      const browser = await test.signedIn(role);
      expect((await browser.get(`/applications/${application.id}`)).status).toBe(403);
    }
    const coordinator = await test.signedIn('coordinator');
    expect((await coordinator.get('/applications/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await coordinator.get('/applications/not-an-id')).status).toBe(404);
  });
});
