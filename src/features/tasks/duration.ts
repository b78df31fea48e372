import type { Translate } from '../../ui/i18n';

/** Minutes for people: 1時間30分, 45分 / 1 h 30 min, 45 min. */
export function formatDuration(t: Translate, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('tasks.duration.minutes', { minutes: rest });
  return rest === 0 ? t('tasks.duration.hours', { hours }) : t('tasks.duration.hoursMinutes', { hours, minutes: rest });
}
