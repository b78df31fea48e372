import { daysBetween, type BusinessDate } from '../availability/calendar';

/**
 * The "may need a call" rule, in numbers (docs/daily-check-ins.md says it in words). Someone
 * *usually checks in* when they checked in on at least `usualCheckIns` of the `usualWindow` days
 * before their last check-in; they are *silent* when their last check-in was `silentDays` or
 * more days ago. They are *low* when at least `lowTimes` of their last `lowOf` check-ins in the
 * `recentWindow` days up to today had a condition of `lowCondition` or less.
 */
export const needACallRule = {
  usualWindow: 14,
  usualCheckIns: 4,
  silentDays: 3,
  recentWindow: 14,
  lowOf: 3,
  lowTimes: 2,
  lowCondition: 2,
} as const;

export type CheckInHistory = {
  lastOn: BusinessDate | null;
  /** Check-ins in the `usualWindow` days before the last one. */
  checkInsBeforeLast: number;
  /** Of the last `lowOf` check-ins within `recentWindow` days, how many were low. */
  lowRecent: number;
};

export type NeedACallReason = 'silent' | 'low';

/** Why this person may need a call (empty when they do not), as of `today`. */
export function needACallReasons(history: CheckInHistory, today: BusinessDate): NeedACallReason[] {
  const reasons: NeedACallReason[] = [];
  const rule = needACallRule;
  if (history.lastOn && history.checkInsBeforeLast >= rule.usualCheckIns && daysBetween(history.lastOn, today) >= rule.silentDays) reasons.push('silent');
  if (history.lowRecent >= rule.lowTimes) reasons.push('low');
  return reasons;
}
