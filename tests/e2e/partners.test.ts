import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pathOf, useE2E } from './support/e2e';

describeInBrowser('partner towns', () => {
  const e2e = useE2E();

  it('the director registers a partner town (a bad address refused at the field) and offers it work from an order with the 再委託 disclosure', async () => {
    const director = await e2e.signedIn('director');
    await director.goto('/');
    await clickAndLoad(director, director.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '連携先の自治体' }));
    expect(pathOf(director)).toBe('/partners');
    await expectNoAxeViolations(director, 'the partner list');

    await clickAndLoad(director, director.getByRole('link', { name: '連携先を登録する' }));
    await expect(director.getByRole('main').textContent()).resolves.toContain('/settings/api-tokens');
    await director.getByLabel('町の名前').fill('御代田町');
    await director.getByLabel('相手の町ワークのアドレス').fill('http://miyota.example.jp');
    await clickAndLoad(director, director.getByRole('button', { name: '登録する' }));
    await expect(director.locator('#field-baseUrl-error').textContent()).resolves.toContain('https:// で始まるアドレス');
    await expectNoAxeViolations(director, 'the registration form with a problem');
    await director.getByLabel('相手の町ワークのアドレス').fill('https://miyota.example.jp');
    await clickAndLoad(director, director.getByRole('button', { name: '登録する' }));
    await expect(director.getByRole('status').textContent()).resolves.toContain('連携先を登録しました。');
    await expect(director.getByRole('main').textContent()).resolves.toContain('まだありません。届くまで、この町には何も送りません。');
    await expectNoAxeViolations(director, 'the partner page');

    await director.goto('/orders');
    await clickAndLoad(director, director.getByRole('link', { name: '名刺データ入力（2,000枚）' }));
    await clickAndLoad(director, director.getByRole('link', { name: '連携先の町に仕事を依頼する（再委託）' }));
    await expect(director.getByRole('main').textContent()).resolves.toContain('個人情報は書かないでください');
    await expectNoAxeViolations(director, 'the offer form');
    await director.getByRole('combobox', { name: '連携先' }).selectOption({ label: '御代田町' });
    await director.getByLabel('作業の説明').fill('名刺の画像から会社名と氏名を入力する。');
    await director.getByLabel('数量').fill('200');
    await director.getByLabel('単価（円）').fill('30');
    await director.getByRole('checkbox', { name: '再委託であることと、元の発注者からの支払期日を相手に伝える' }).check();
    await clickAndLoad(director, director.getByRole('button', { name: '依頼する' }));
    await expect(director.locator('#field-upstreamPaymentDueOn-error').textContent()).resolves.toContain('支払期日を入れてください');
    await expectNoAxeViolations(director, 'the offer form with a problem');
    await director.getByLabel('元の発注者からの支払期日', { exact: true }).fill('2027-03-31');
    await clickAndLoad(director, director.getByRole('button', { name: '依頼する' }));
    await expect(director.getByRole('status').textContent()).resolves.toContain('連携先に仕事を依頼しました。');
    const table = await director.getByRole('table').textContent();
    expect(table).toContain('依頼中');
    expect(table).toContain('支払期日');
    await expectNoAxeViolations(director, 'the partner page with the offer');
  });
});
