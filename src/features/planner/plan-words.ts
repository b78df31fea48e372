import { formatList } from '../../ui/format';
import type { Locale, MessageKey, Translate } from '../../ui/i18n';
import { addDays, type BusinessDate } from '../availability/calendar';
import { formatBusinessDate } from '../availability/format';
import { formatDuration } from '../tasks/duration';
import type { PlanPackageRow } from './find-plan';

/** The skills' names in the reader's language: データ入力、書き起こし. */
const skillNames = (t: Translate, locale: Locale, skills: string[]) => formatList(skills.map((code) => t(`skill.${code}` as MessageKey)), locale);

/** Who may do a package, in words: "データ入力のスキルを持つ人" or "チームの人" (with an NDA where it needs one). */
function whoCanDo(t: Translate, locale: Locale, pkg: PlanPackageRow): string {
  const nda = pkg.confidentiality === 'nda';
  if (pkg.requiredSkills.length === 0) return t(nda ? 'planner.who.teamNda' : 'planner.who.team');
  return t(nda ? 'planner.who.skilledNda' : 'planner.who.skilled', { skills: skillNames(t, locale, pkg.requiredSkills) });
}

/**
 * Why part of a package's work could not be planned, in words, from the reason explainPlan gave
 * (day indexes become dates from the plan's first day).
 */
export function unmetReasonText(t: Translate, locale: Locale, firstDay: BusinessDate, pkg: PlanPackageRow): string {
  const reason = pkg.unmetReason;
  if (!reason) return '';
  const day = (index: number) => formatBusinessDate(addDays(firstDay, index), locale);
  const deadline = formatBusinessDate(pkg.deadline, locale);
  switch (reason.code) {
    case 'deadlinePassed':
      return t('planner.unmet.deadlinePassed', { deadline });
    case 'noTeamOrSkills': {
      const needs = [t('planner.need.team')];
      if (pkg.requiredSkills.length > 0) needs.push(t('planner.need.skills', { skills: skillNames(t, locale, pkg.requiredSkills) }));
      if (pkg.confidentiality === 'nda') needs.push(t('planner.need.nda'));
      return t('planner.unmet.noTeamOrSkills', { needs: formatList(needs, locale) });
    }
    case 'afterPlan':
      return t('planner.unmet.afterPlan', { deadline });
    case 'startsTooLate':
      return t('planner.unmet.startsTooLate', { deadline });
    case 'noCentreHours':
      return t('planner.unmet.noCentreHours', { who: whoCanDo(t, locale, pkg), by: day(reason.by) });
    case 'declined':
      return t('planner.unmet.declined', { who: whoCanDo(t, locale, pkg), by: day(reason.by), declined: formatDuration(t, reason.declinedMinutes) });
    case 'notEnoughHours':
      return t('planner.unmet.notEnoughHours', {
        who: whoCanDo(t, locale, pkg),
        by: day(reason.by),
        needed: formatDuration(t, reason.neededMinutes),
        free: formatDuration(t, Math.max(0, reason.offeredMinutes - reason.usedElsewhereMinutes)),
      });
  }
}

/** Minutes at home and at the centre, in words: "自宅 1時間", or both joined. */
export function placeText(t: Translate, locale: Locale, minutes: { homeMinutes: number; centreMinutes: number }): string {
  const parts: string[] = [];
  if (minutes.homeMinutes > 0) parts.push(t('planner.place', { place: t('location.home'), time: formatDuration(t, minutes.homeMinutes) }));
  if (minutes.centreMinutes > 0) parts.push(t('planner.place', { place: t('location.centre'), time: formatDuration(t, minutes.centreMinutes) }));
  return formatList(parts, locale);
}
