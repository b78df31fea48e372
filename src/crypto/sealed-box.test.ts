import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { seal, unseal } from './sealed-box';

describe('sealed boxes for sensitive data', () => {
  const key = randomBytes(32);

  it('round-trip a value, and never contain it in plain text', () => {
    const value = { disability: '視覚障がい（弱視）', health: '長時間の作業は休憩を挟む' };
    const sealed = seal(key, value);
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('視覚');
    expect(unseal(key, sealed)).toEqual(value);
    expect(seal(key, value)).not.toBe(sealed);
  });

  it('refuse another key and any tampering', () => {
    const sealed = seal(key, { bank: '0001' });
    expect(() => unseal(randomBytes(32), sealed)).toThrow();
    const parts = sealed.split('.');
    const flipped = [...parts.slice(0, 3), `${parts[3]!.slice(0, -2)}AA`].join('.');
    expect(() => unseal(key, flipped)).toThrow();
  });
});
