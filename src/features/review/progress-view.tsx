import type { Locale, Translate } from '../../ui/i18n';
import { formatBusinessDate } from '../availability/format';
import { taskStatuses } from '../breakdown/schema';
import type { Forecast, PartProgress } from './summarize-order-progress';

/** A number for people: grouped thousands, at most one decimal. */
export function formatAmount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
}

const barWidth = 20;

/** A bar of block characters for a share, read by eye; screen readers get the numbers beside it. */
function TextBar(props: { share: number }) {
  const filled = Math.round(Math.min(1, Math.max(0, props.share)) * barWidth);
  return (
    <span class="text-bar" aria-hidden="true">
      {'█'.repeat(filled)}
      {'░'.repeat(barWidth - filled)}
    </span>
  );
}

/** Units accepted of the total, with a bar. */
export function UnitsDone(props: { t: Translate; locale: Locale; part: Pick<PartProgress, 'totalUnits' | 'acceptedUnits' | 'unitName'> }) {
  const { t, locale, part } = props;
  const share = part.totalUnits > 0 ? part.acceptedUnits / part.totalUnits : 0;
  return (
    <>
      {t('progress.unitsValue', {
        accepted: formatAmount(part.acceptedUnits, locale),
        total: formatAmount(part.totalUnits, locale),
        unit: part.unitName ?? '',
        percent: Math.floor(share * 100),
      })}{' '}
      <TextBar share={share} />
    </>
  );
}

/** The forecast in words, with the numbers it rests on. */
export function ForecastText(props: { t: Translate; locale: Locale; forecast: Forecast; unitName: string | null }) {
  const { t, locale, forecast } = props;
  if (forecast.kind === 'done') return <>{t('progress.forecast.done')}</>;
  if (forecast.kind === 'noData') return <>{t('progress.forecast.noData')}</>;
  const params = {
    perDay: formatAmount(forecast.unitsPerDay, locale),
    unit: props.unitName ?? '',
    remaining: formatAmount(forecast.remainingUnits, locale),
    finish: formatBusinessDate(forecast.finishOn, locale, { year: true }),
    due: forecast.dueOn ? formatBusinessDate(forecast.dueOn, locale, { year: true }) : '',
  };
  if (forecast.onTrack === null) return <>{t('progress.forecast.noDue', params)}</>;
  return (
    <strong class={forecast.onTrack ? 'forecast forecast--on-track' : 'forecast forecast--at-risk'}>
      {t(forecast.onTrack ? 'progress.forecast.onTrack' : 'progress.forecast.atRisk', params)}
    </strong>
  );
}

/** The table of tasks by state, each with its count and a bar. */
export function TasksByState(props: { t: Translate; part: PartProgress; id: string }) {
  const { t, part } = props;
  return (
    <table class="data-table" id={props.id}>
      <caption>{t('progress.statesCaption', { count: part.taskCount })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('progress.state')}</th>
          <th scope="col">{t('progress.count')}</th>
        </tr>
      </thead>
      <tbody>
        {taskStatuses.map((status) => (
          <tr>
            <th scope="row">{t(`progress.state.${status}`)}</th>
            <td>
              {t('progress.countValue', { count: part.tasksByState[status] })}{' '}
              <TextBar share={part.taskCount > 0 ? part.tasksByState[status] / part.taskCount : 0} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
