import { describe, expect, it } from 'vitest';
import { users } from '../../auth/schema';
import { useTestApp } from '../../testing/test-app';
import { todayInJapan } from '../availability/calendar';
import { seedDemo } from '../demo/seed';
import { createPlan } from './create-plan';
import { findPlan } from './find-plan';

const test = useTestApp();

describe('the demo', () => {
  it('plans the next two weeks: work for the demo worker and trainee, and each kind of unmet demand explained', async () => {
    await seedDemo(test.db);
    const people = await test.db.select({ id: users.id, loginId: users.loginId }).from(users);
    const id = (loginId: string) => people.find((person) => person.loginId === loginId)!.id;
    const planId = await createPlan(test.db, id('director'), { from: todayInJapan(), days: 14 });
    const { workers, packages, assignments } = (await findPlan(test.db, planId))!;

    const worker = (loginId: string) => workers.find((row) => row.workerId === id(loginId))!;
    expect(worker('worker').plannedMinutes).toBeGreaterThan(0);
    expect(worker('trainee').plannedMinutes).toBeGreaterThan(0);
    // The leader's skills (bookkeeping, proofreading) fit none of the running orders.
    expect(worker('leader')).toMatchObject({ plannedMinutes: 0, shortfall: 'noMoreWork' });
    expect(assignments.filter((row) => row.workerId === id('worker')).map((row) => row.location)).toEqual(expect.arrayContaining(['home', 'centre']));

    const reasonOf = (title: string) => packages.find((row) => row.title === title)!.unmetReason?.code;
    expect(reasonOf('書き起こし')).toBe('notEnoughHours');
    expect(reasonOf('結果票の入力')).toBe('noTeamOrSkills');
    expect(reasonOf('入力')).toBe('afterPlan');
    const transcription = assignments.filter((row) => packages.find((pkg) => pkg.packageId === row.packageId)!.title === '書き起こし');
    expect(transcription.length).toBeGreaterThan(0);
    expect(transcription.every((row) => row.location === 'centre' && row.workerId === id('worker'))).toBe(true);
  });
});
