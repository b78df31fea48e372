import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';
import { contactByText, whoPrefersText } from './prefers-text';
import { createWorker } from './testing';

const test = useTestApp();

describe('people who asked to be contacted in writing', () => {
  it('are those whose accommodations say text only or no phone; no profile means no such request', async () => {
    expect(contactByText({ accommodations: ['text_only'] })).toBe(true);
    expect(contactByText({ accommodations: ['frequent_breaks', 'no_phone'] })).toBe(true);
    expect(contactByText({ accommodations: ['large_text'] })).toBe(false);
    expect(contactByText(undefined)).toBe(false);

    const [writing, phone, noProfile] = [await createWorker(test, { accommodations: ['text_only'] }), await createWorker(test, { accommodations: ['step_free'] }), await test.createUser('worker')];
    expect([...(await whoPrefersText(test.db, [writing.id, phone.id, noProfile.id]))]).toEqual([writing.id]);
    expect(await whoPrefersText(test.db, [])).toEqual(new Set());
  });
});
