import { describe, expect, it } from 'vitest';
import { can, type WorkerDataRecord } from './policy';
import { roles, type Role } from './roles';

const workerId = 'worker-1';
const parts = ['profile', 'sensitive', 'bank', 'pay'] as const;
type Part = (typeof parts)[number];

/** Who may reach which part of another person's worker data, written out by hand. */
const expected: Record<Role, readonly Part[]> = {
  admin: parts,
  coordinator: parts,
  director: ['profile'],
  leader: ['profile'],
  worker: [],
  trainee: [],
  supporter: [],
  client: [],
  tenant: [],
  guest: [],
};

const reachable = (actor: { id: string; role: Role }, extra: Partial<WorkerDataRecord> = {}) =>
  parts.filter((part) => can(actor, 'signedIn', { kind: 'workerData', workerId, part, ...extra }));

describe('worker data policy', () => {
  it('gives each role its parts of another worker’s data', () => {
    for (const role of roles) expect(reachable({ id: 'someone-else', role }), role).toEqual(expected[role]);
  });

  it('gives the worker all of their own data, whatever their role', () => {
    for (const role of ['worker', 'trainee', 'leader'] as const) expect(reachable({ id: workerId, role })).toEqual(parts);
  });

  it('lets a linked supporter see the profile, pay and sensitive data only when shared, never bank data', () => {
    const supporter = { id: 'supporter-1', role: 'supporter' as const };
    expect(reachable(supporter, { supporterLink: null })).toEqual([]);
    expect(reachable(supporter, { supporterLink: { sharesPay: false, sharesSensitive: false } })).toEqual(['profile']);
    expect(reachable(supporter, { supporterLink: { sharesPay: true, sharesSensitive: false } })).toEqual(['profile', 'pay']);
    expect(reachable(supporter, { supporterLink: { sharesPay: false, sharesSensitive: true } })).toEqual(['profile', 'sensitive']);
    expect(reachable(supporter, { supporterLink: { sharesPay: true, sharesSensitive: true } })).toEqual(['profile', 'sensitive', 'pay']);
  });

  it('still requires the route’s capability', () => {
    expect(can({ id: 'x', role: 'director' }, 'workers.manage', { kind: 'workerData', workerId, part: 'profile' })).toBe(false);
    expect(can({ id: 'x', role: 'coordinator' }, 'workers.manage', { kind: 'workerData', workerId, part: 'sensitive' })).toBe(true);
    expect(can(null, 'signedIn', { kind: 'workerData', workerId, part: 'profile' })).toBe(false);
  });
});
