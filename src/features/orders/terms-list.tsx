import { formatList } from '../../ui/format';
import type { Locale, Translate } from '../../ui/i18n';
import { formatBusinessDate } from '../availability/format';
import { requiredTerms } from './missing-terms';
import type { orders } from './schema';
import type { SkillCode } from '../workers/vocabulary';

const dateTerms = new Set<string>(['deliveryDate', 'inspectionDueOn']);

/** The order's terms as a definition list: every required term (marked when empty), then the rest. */
export function TermsList(props: { t: Translate; locale: Locale; order: typeof orders.$inferSelect }) {
  const { t, locale, order } = props;
  const empty = <em>{t('order.terms.notFilled')}</em>;
  return (
    <dl class="details">
      {requiredTerms.map((term) => {
        const value = order[term];
        return (
          <>
            <dt>{t(`order.terms.${term}`)}</dt>
            <dd>{value ? (dateTerms.has(term) ? formatBusinessDate(value, locale, { year: true }) : value) : empty}</dd>
          </>
        );
      })}
      <dt>{t('order.terms.subcontractingDisclosed')}</dt>
      <dd>{order.subcontractingDisclosed ? (order.termsSubcontracting ?? empty) : t('order.notGiven')}</dd>
      <dt>{t('order.confidentiality')}</dt>
      <dd>{t(`order.terms.confidentiality.${order.confidentiality}`)}</dd>
      <dt>{t('order.terms.requiredSkills')}</dt>
      <dd>{order.requiredSkills.length ? formatList(order.requiredSkills.map((code) => t(`skill.${code as SkillCode}`)), locale) : t('order.terms.noSkills')}</dd>
      <dt>{t('order.terms.reviewPolicy')}</dt>
      <dd>
        {order.reviewPolicy === 'sample' ? t('order.terms.reviewSampleValue', { percent: order.reviewSamplePercent ?? 0 }) : t('order.terms.reviewPolicy.all')}
      </dd>
      <dt>{t('order.terms.reservationHours')}</dt>
      <dd>{t('order.terms.reservationValue', { hours: order.reservationHours })}</dd>
    </dl>
  );
}
