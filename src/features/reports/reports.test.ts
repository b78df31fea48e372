import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';
import { countRegisteredWorkers } from './count-registered-workers';
import { countTargetGroups } from './count-target-groups';
import { countTeleworkTypes } from './count-telework-types';
import { fiscalYearPeriod } from './fiscal-year';
import { createReportWorker, seedFiscal2020 } from './testing';

const test = useTestApp();
const fy2020 = fiscalYearPeriod(2020);

describe('outcome report figures', () => {
  it('reproduces the seed 令和2年度: A 2, B 0, C 57, D 4, registered +23', async () => {
    await seedFiscal2020(test.db);
    expect(await countTeleworkTypes(test.db, fy2020)).toEqual({ A: 2, B: 0, C: 57, D: 4 });
    expect(await countRegisteredWorkers(test.db, fy2020)).toEqual({ atStart: 30, joined: 27, left: 4, atEnd: 53, netChange: 23 });
  });

  it('counts target groups only for consenting workers, and shows 1–2 people as fewer than 3', async () => {
    const history: [string, 'active'][] = [['2020-05-01T10:00:00+09:00', 'active']];
    for (let index = 0; index < 2; index++) await createReportWorker(test.db, { history, targetGroups: ['childcare'], consented: true });
    for (let index = 0; index < 3; index++) await createReportWorker(test.db, { history, targetGroups: ['elderly', 'care'], consented: true });
    // Not consenting, or consent withdrawn: not counted, so childcare stays at 2 and elderly at 3.
    await createReportWorker(test.db, { history, targetGroups: ['childcare', 'elderly'] });
    await createReportWorker(test.db, { history, targetGroups: ['childcare', 'elderly'], consented: 'withdrawn' });
    const groups = await countTargetGroups(test.db, fy2020);
    expect(groups.find((row) => row.group === 'childcare')?.registered).toBe('fewerThan3');
    expect(groups.find((row) => row.group === 'elderly')?.registered).toBe(3);
    expect(groups.find((row) => row.group === 'care')?.registered).toBe(3);
    expect(groups.find((row) => row.group === 'hikikomori')?.registered).toBe(0);
  });
});
