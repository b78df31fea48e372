import type { AppContext } from '../../app-env';
import { formatDateTime } from '../../ui/format';
import { renderPage } from '../../ui/layout';
import { formatBusinessDate } from '../availability/format';
import type { listWorkingNow } from './list-working-now';
import { formatHours } from './pages';
import { ForecastText, TasksByState, UnitsDone } from './progress-view';
import type { OrderProgress, PartProgress } from './summarize-order-progress';

function PartSummary(props: { c: AppContext; part: PartProgress; dueLabel: string }) {
  const { t, locale } = props.c.var;
  const { part } = props;
  return (
    <dl class="details">
      <dt>{t('progress.deliveryDate')}</dt>
      <dd>{props.dueLabel}</dd>
      <dt>{t('progress.unitsDone')}</dt>
      <dd>
        <UnitsDone t={t} locale={locale} part={part} />
      </dd>
      <dt>{t('progress.hoursLogged')}</dt>
      <dd>{t('progress.hoursValue', { logged: formatHours(part.loggedMinutes, locale), estimate: formatHours(part.estimateMinutes, locale) })}</dd>
      <dt>{t('progress.forecast')}</dt>
      <dd>
        <ForecastText t={t} locale={locale} forecast={part.forecast} unitName={part.unitName} />
      </dd>
    </dl>
  );
}

/** An order's progress for staff and its leaders: numbers, forecast, and who is working now. */
export function renderProgressPage(c: AppContext, progress: OrderProgress, working: Awaited<ReturnType<typeof listWorkingNow>>) {
  const { t, locale } = c.var;
  const { order } = progress;
  return renderPage(c, {
    title: t('progress.title', { title: order.title }),
    children: (
      <>
        <section aria-labelledby="summary-title">
          <h2 id="summary-title">{t('progress.summaryTitle')}</h2>
          <PartSummary
            c={c}
            part={progress}
            dueLabel={order.deliveryDate ? formatBusinessDate(order.deliveryDate, locale, { year: true }) : t('progress.noDeliveryDate')}
          />
          <TasksByState t={t} part={progress} id="states-order" />
        </section>
        <section aria-labelledby="packages-title">
          <h2 id="packages-title">{t('progress.packagesTitle')}</h2>
          {progress.packages.length === 0 ? <p>{t('progress.noPackages')}</p> : null}
          {progress.packages.map((workPackage) => (
            <section aria-labelledby={`package-${workPackage.id}`}>
              <h3 id={`package-${workPackage.id}`}>
                {t('progress.packageTitle', { title: workPackage.title, deadline: formatBusinessDate(workPackage.deadline, locale) })}
              </h3>
              <PartSummary c={c} part={workPackage} dueLabel={formatBusinessDate(workPackage.deadline, locale, { year: true })} />
              <TasksByState t={t} part={workPackage} id={`states-${workPackage.id}`} />
            </section>
          ))}
        </section>
        <section aria-labelledby="working-title">
          <h2 id="working-title">{t('progress.workingTitle')}</h2>
          {working.length === 0 ? (
            <p>{t('progress.nobodyWorking')}</p>
          ) : (
            <table class="data-table">
              <caption>{t('progress.workingCaption', { count: working.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('progress.worker')}</th>
                  <th scope="col">{t('progress.task')}</th>
                  <th scope="col">{t('progress.since')}</th>
                  <th scope="col">{t('progress.timer')}</th>
                </tr>
              </thead>
              <tbody>
                {working.map((hold) => (
                  <tr>
                    <th scope="row">{hold.workerName}</th>
                    <td>{hold.taskTitle}</td>
                    <td>{formatDateTime(hold.since, locale)}</td>
                    <td>{t(hold.timerRunning ? 'progress.timerRunning' : 'progress.timerStopped')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <p>
          <a href={`/orders/${order.id}`}>{t('progress.back')}</a>
        </p>
      </>
    ),
  });
}
