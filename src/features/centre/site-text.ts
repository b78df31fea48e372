import type { Translate } from '../../ui/i18n';
import type { Site } from './list-sites';

/** Opening hours for people: 9:00–17:00. */
export function hoursText(site: Pick<Site, 'opensAt' | 'closesAt'>): string {
  const clock = (time: string) => time.slice(0, 5).replace(/^0/, '');
  return `${clock(site.opensAt)}–${clock(site.closesAt)}`;
}

/** The yearly closure for people (年末年始 12/29–1/3), or undefined when the site has none. */
export function yearlyClosureText(t: Translate, site: Pick<Site, 'yearlyClosedFrom' | 'yearlyClosedTo'>): string | undefined {
  if (!site.yearlyClosedFrom || !site.yearlyClosedTo) return undefined;
  const monthDay = (text: string) => text.split('-').map(Number).join('/');
  return t('centre.site.yearlyClosure', { from: monthDay(site.yearlyClosedFrom), to: monthDay(site.yearlyClosedTo) });
}
