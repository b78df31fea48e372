import { describe, expect, it } from 'vitest';
import { forecastFinish } from './summarize-order-progress';

describe('forecastFinish', () => {
  const today = '2026-12-01';

  it('projects the remaining units at the pace of the last 14 days', () => {
    expect(forecastFinish({ totalUnits: 1000, acceptedUnits: 300, recentUnits: 280, today, dueOn: '2026-12-31' })).toEqual({
      kind: 'projected',
      unitsPerDay: 20,
      remainingUnits: 700,
      finishOn: '2027-01-05',
      dueOn: '2026-12-31',
      onTrack: false,
    });
    expect(forecastFinish({ totalUnits: 1000, acceptedUnits: 300, recentUnits: 280, today, dueOn: '2027-01-05' })).toMatchObject({ onTrack: true });
    expect(forecastFinish({ totalUnits: 100, acceptedUnits: 0, recentUnits: 0, today, dueOn: null })).toEqual({ kind: 'noData' });
  });

  it('rounds a part day up, and says when everything is done or there is no due date', () => {
    expect(forecastFinish({ totalUnits: 100, acceptedUnits: 50, recentUnits: 14 * 3, today, dueOn: null })).toMatchObject({ finishOn: '2026-12-18', onTrack: null });
    expect(forecastFinish({ totalUnits: 100, acceptedUnits: 100, recentUnits: 0, today, dueOn: '2026-12-02' })).toEqual({ kind: 'done' });
    expect(forecastFinish({ totalUnits: 0, acceptedUnits: 0, recentUnits: 0, today, dueOn: null })).toEqual({ kind: 'noData' });
  });
});
