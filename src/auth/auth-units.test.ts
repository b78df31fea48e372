import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';
import { assignableRoles, can } from './policy';
import { roles } from './roles';
import { waitAfterFailures } from './throttle';
import { generateSetupCode, normalizeSetupCode } from './tokens';

describe('passwords', () => {
  it('are hashed with scrypt and a fresh salt, and verified', async () => {
    const first = await hashPassword('やまびこ 2026');
    const second = await hashPassword('やまびこ 2026');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword('やまびこ 2026', first)).toBe(true);
    expect(await verifyPassword('やまびこ 2027', first)).toBe(false);
    expect(await verifyPassword('anything', 'not a hash')).toBe(false);
  });

  it('match whether typed with full-width or half-width digits', async () => {
    const hash = await hashPassword('sakura２０２６');
    expect(await verifyPassword('sakura2026', hash)).toBe(true);
  });
});

describe('setup codes', () => {
  it('avoid characters that are easy to misread on paper', () => {
    for (let index = 0; index < 200; index++) {
      const code = generateSetupCode();
      expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
      expect(code).not.toMatch(/[01258OILZSB]/);
    }
  });

  it('are read however they were typed', () => {
    expect(normalizeSetupCode('acde fghj kmnp')).toBe('ACDE-FGHJ-KMNP');
    expect(normalizeSetupCode('ＡＣＤＥ－ＦＧＨＪ－ＫＭＮＰ')).toBe('ACDE-FGHJ-KMNP');
    expect(normalizeSetupCode(' ACDEFGHJKMNP ')).toBe('ACDE-FGHJ-KMNP');
  });
});

describe('waiting after failed attempts', () => {
  it('is free for the first failures, then 30 s doubling up to 15 minutes', () => {
    expect(waitAfterFailures(5, 5)).toBe(0);
    expect(waitAfterFailures(6, 5)).toBe(30_000);
    expect(waitAfterFailures(7, 5)).toBe(60_000);
    expect(waitAfterFailures(8, 5)).toBe(120_000);
    expect(waitAfterFailures(40, 5)).toBe(15 * 60_000);
  });
});

describe('the policy', () => {
  it('lets only admins and coordinators manage accounts', () => {
    const managers = roles.filter((role) => can({ id: 'x', role }, 'accounts.manage'));
    expect(managers).toEqual(['admin', 'coordinator']);
    expect(can(null, 'accounts.manage')).toBe(false);
    expect(can(null, 'public')).toBe(true);
    expect(can(null, 'signedIn')).toBe(false);
  });

  it('keeps staff roles for the admin to give', () => {
    expect(assignableRoles({ id: 'x', role: 'admin' }, roles)).toEqual([...roles]);
    expect(assignableRoles({ id: 'x', role: 'coordinator' }, roles)).toEqual(['leader', 'worker', 'trainee', 'supporter', 'client', 'tenant', 'guest']);
    expect(assignableRoles({ id: 'x', role: 'director' }, roles)).toEqual([]);
  });
});
