import { describe, expect, it } from 'vitest';
import { trainingRateYen, withTrainingRate } from './training-rate';

describe('trainingRateYen', () => {
  it.each([
    [15, 80, 12],
    [12, 80, 9], // 9.6, rounded down
    [1000, 75, 750],
    [1, 50, 0], // 0.5
    [999, 1, 9], // 9.99
    [1234, 100, 1234],
  ])('¥%i at %i%% pays ¥%i', (rate, percent, expected) => {
    expect(trainingRateYen(rate, percent)).toBe(expected);
  });

  it('keeps the task rate for work that is not training', () => {
    expect(trainingRateYen(15, null)).toBe(15);
    expect(withTrainingRate({ payRateYen: 15, trainingRatePercent: null, units: 3 })).toEqual({ payRateYen: 15, trainingRatePercent: null, units: 3 });
    expect(withTrainingRate({ payRateYen: 15, trainingRatePercent: 80, units: 3 })).toEqual({ payRateYen: 12, trainingRatePercent: 80, units: 3 });
  });
});
