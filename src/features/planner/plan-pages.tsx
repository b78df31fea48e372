import type { AppContext } from '../../app-env';
import { groupBy } from '../../group-by';
import { CsrfField, ErrorSummary, FormProblem, SubmitButton, TextField } from '../../ui/form';
import type { FormPageStatus, FormState } from '../../ui/form-page';
import { formatDateTime, formatList } from '../../ui/format';
import type { Locale, MessageKey, Translate } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import { addDays, datesBetween } from '../availability/calendar';
import { formatBusinessDate } from '../availability/format';
import { formatDuration } from '../tasks/duration';
import type { PlanAssignmentRow, PlanDetails, PlanPackageRow } from './find-plan';
import type { PlanListItem } from './list-plans';
import { unmetReasonText } from './plan-words';
import type { PlanStatus } from './schema';

const planFormLabels: Record<string, MessageKey> = { from: 'planner.from', days: 'planner.days' };

/** "12月1日(火)〜12月14日(月)": the plan's days. */
function periodText(c: AppContext, plan: { firstDay: string; days: number }): string {
  const { t, locale } = c.var;
  return t('planner.period', { from: formatBusinessDate(plan.firstDay, locale), to: formatBusinessDate(addDays(plan.firstDay, plan.days - 1), locale) });
}

const statusKey = (status: PlanStatus): MessageKey => `planner.status.${status}`;

export function renderPlanList(c: AppContext, page: { plans: PlanListItem[]; state: FormState; notice?: string | undefined }, status: FormPageStatus = 200) {
  const { t, locale } = c.var;
  const { errors = {}, values = {} } = page.state;
  return renderPage(
    c,
    {
      title: t('planner.title'),
      notice: page.notice,
      children: (
        <>
          <p>{t('planner.lead')}</p>
          <section aria-labelledby="new-plan-title">
            <h2 id="new-plan-title">{t('planner.newTitle')}</h2>
            <p>{t('planner.newLead')}</p>
            <FormProblem problem={page.state.problem} />
            <ErrorSummary t={t} errors={errors} labels={planFormLabels} />
            <form method="post" action="/plans" novalidate>
              <CsrfField c={c} />
              <TextField t={t} name="from" label="planner.from" hint="planner.fromHint" value={values.from} error={errors.from} required />
              <TextField t={t} name="days" label="planner.days" hint="planner.daysHint" value={values.days} error={errors.days} inputmode="numeric" required />
              <SubmitButton>{t('planner.create')}</SubmitButton>
            </form>
          </section>
          <section aria-labelledby="plans-title">
            <h2 id="plans-title">{t('planner.recentTitle')}</h2>
            {page.plans.length === 0 ? (
              <p>{t('planner.none')}</p>
            ) : (
              <table class="data-table">
                <caption>{t('planner.recentCaption', { count: page.plans.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('planner.column.period')}</th>
                    <th scope="col">{t('planner.column.status')}</th>
                    <th scope="col">{t('planner.column.planned')}</th>
                    <th scope="col">{t('planner.column.unmet')}</th>
                    <th scope="col">{t('planner.column.createdBy')}</th>
                    <th scope="col">{t('planner.column.createdAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.plans.map((plan) => (
                    <tr>
                      <th scope="row">
                        <a href={`/plans/${plan.id}`}>{periodText(c, plan)}</a>
                      </th>
                      <td>{t(statusKey(plan.status))}</td>
                      <td class="numeric">{formatDuration(t, plan.summary.plannedMinutes)}</td>
                      <td class="numeric">{formatDuration(t, plan.summary.unmetMinutes)}</td>
                      <td>{plan.createdByName ?? t('planner.someone')}</td>
                      <td>{formatDateTime(plan.createdAt, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      ),
    },
    status,
  );
}

export type PlanView = 'days' | 'workers' | 'orders';

const views: { view: PlanView; path: string; label: MessageKey }[] = [
  { view: 'days', path: '', label: 'planner.view.days' },
  { view: 'workers', path: '/workers', label: 'planner.view.workers' },
  { view: 'orders', path: '/orders', label: 'planner.view.orders' },
];

/** The preview of a plan, by day, by worker or by order, with its summary and (for a draft) the publish button. */
export function renderPlanPage(
  c: AppContext,
  page: { details: PlanDetails; view: PlanView; notice?: string | undefined; problem?: string | undefined },
  status: 200 | 409 = 200,
) {
  const { t, locale } = c.var;
  const { plan } = page.details;
  const { summary } = plan;
  const unmetPackages = page.details.packages.filter((pkg) => pkg.unmetMinutes > 0);
  return renderPage(
    c,
    {
      title: t('planner.planTitle', { period: periodText(c, plan) }),
      notice: page.notice,
      children: (
        <>
          <FormProblem problem={page.problem} />
          <p>
            <strong>{t(statusKey(plan.status))}</strong> {t(`planner.statusLead.${plan.status}`)}
          </p>
          <dl class="details">
            <dt>{t('planner.summary.demand')}</dt>
            <dd>{formatDuration(t, summary.demandMinutes)}</dd>
            <dt>{t('planner.summary.planned')}</dt>
            <dd>{t('planner.summary.plannedValue', { planned: formatDuration(t, summary.plannedMinutes), fixed: formatDuration(t, summary.fixedMinutes) })}</dd>
            <dt>{t('planner.summary.unmet')}</dt>
            <dd>{formatDuration(t, summary.unmetMinutes)}</dd>
            <dt>{t('planner.summary.offered')}</dt>
            <dd>{t('planner.summary.offeredValue', { minutes: formatDuration(t, summary.offeredMinutes), workers: summary.workers })}</dd>
            <dt>{t('planner.summary.createdBy')}</dt>
            <dd>{t('planner.summary.createdByValue', { name: plan.createdByName ?? t('planner.someone'), date: formatDateTime(plan.createdAt, locale) })}</dd>
          </dl>
          {unmetPackages.length > 0 ? (
            <p class="plan-unmet-alert">
              {t('planner.unmetAlert', { count: unmetPackages.length, minutes: formatDuration(t, summary.unmetMinutes) })}{' '}
              {page.view === 'orders' ? null : <a href={`/plans/${plan.id}/orders#unmet`}>{t('planner.unmetLink')}</a>}
            </p>
          ) : null}
          {plan.status === 'draft' ? (
            <form method="post" action={`/plans/${plan.id}/publish`} class="plan-publish">
              <CsrfField c={c} />
              <p>{t('planner.publishLead')}</p>
              <SubmitButton>{t('planner.publish')}</SubmitButton>
            </form>
          ) : null}
          <nav aria-label={t('planner.viewsLabel')}>
            <ul class="tabs">
              {views.map((each) => (
                <li>
                  <a href={`/plans/${plan.id}${each.path}`} aria-current={each.view === page.view ? 'page' : undefined}>
                    {t(each.label)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {page.view === 'days' ? <ByDay c={c} details={page.details} /> : null}
          {page.view === 'workers' ? <ByWorker c={c} details={page.details} /> : null}
          {page.view === 'orders' ? <ByOrder c={c} details={page.details} /> : null}
          <p>
            <a href="/plans">{t('planner.back')}</a>
          </p>
        </>
      ),
    },
    status,
  );
}

const packageName = (t: Translate, pkg: PlanPackageRow) => t('planner.packageName', { title: pkg.title, order: pkg.orderTitle, number: pkg.orderNumber });
const unitsText = (t: Translate, units: number, pkg: PlanPackageRow) => t('planner.units', { units, unit: pkg.unitName });

function ByDay(props: { c: AppContext; details: PlanDetails }) {
  const { t, locale } = props.c.var;
  const { plan, assignments } = props.details;
  const workerName = new Map(props.details.workers.map((worker) => [worker.workerId, worker.name]));
  const packageOf = new Map(props.details.packages.map((pkg) => [pkg.packageId, pkg]));
  const byDate = groupBy(assignments, (assignment) => assignment.workDate);
  return (
    <>
      {datesBetween(plan.firstDay, addDays(plan.firstDay, plan.days - 1)).map((date) => {
        const day = byDate.get(date) ?? [];
        const total = day.reduce((sum, assignment) => sum + assignment.minutes, 0);
        const dateText = formatBusinessDate(date, locale);
        return (
          <section aria-labelledby={`day-${date}`}>
            <h2 id={`day-${date}`}>{t('planner.dayTitle', { date: dateText, total: formatDuration(t, total) })}</h2>
            {day.length === 0 ? (
              <p>{t('planner.dayNone')}</p>
            ) : (
              <table class="data-table">
                <caption>{t('planner.dayCaption', { date: dateText })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('planner.column.worker')}</th>
                    <th scope="col">{t('planner.column.package')}</th>
                    <th scope="col">{t('planner.column.place')}</th>
                    <th scope="col">{t('planner.column.time')}</th>
                    <th scope="col">{t('planner.column.units')}</th>
                    <th scope="col">{t('planner.column.kind')}</th>
                  </tr>
                </thead>
                <tbody>
                  {day.map((assignment) => {
                    const pkg = packageOf.get(assignment.packageId)!;
                    return (
                      <tr>
                        <th scope="row">{workerName.get(assignment.workerId)}</th>
                        <td>{packageName(t, pkg)}</td>
                        <td>{t(`location.${assignment.location}`)}</td>
                        <td class="numeric">{formatDuration(t, assignment.minutes)}</td>
                        <td class="numeric">{unitsText(t, assignment.estimatedUnits, pkg)}</td>
                        <td>{t(assignment.fixed ? 'planner.kind.fixed' : 'planner.kind.new')}</td>
                      </tr>
                    );
                  })}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colspan={3}>
                      {t('planner.total')}
                    </th>
                    <td class="numeric">{formatDuration(t, total)}</td>
                    <td colspan={2}></td>
                  </tr>
                </tfoot>
              </table>
            )}
          </section>
        );
      })}
    </>
  );
}

function ByWorker(props: { c: AppContext; details: PlanDetails }) {
  const { t, locale } = props.c.var;
  const { workers, assignments } = props.details;
  const packageOf = new Map(props.details.packages.map((pkg) => [pkg.packageId, pkg]));
  const byWorker = groupBy(assignments, (assignment) => assignment.workerId);
  const declinedBy = groupBy(props.details.declined, (offer) => offer.workerId);
  const sum = (pick: (worker: (typeof workers)[number]) => number) => workers.reduce((total, worker) => total + pick(worker), 0);
  return (
    <table class="data-table">
      <caption>{t('planner.workersCaption', { count: workers.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('planner.column.worker')}</th>
          <th scope="col">{t('planner.column.target')}</th>
          <th scope="col">{t('planner.column.offered')}</th>
          <th scope="col">{t('planner.column.planned')}</th>
          <th scope="col">{t('planner.column.work')}</th>
          <th scope="col">{t('planner.column.shortfall')}</th>
        </tr>
      </thead>
      <tbody>
        {workers.map((worker) => {
          const work = [...groupBy(byWorker.get(worker.workerId) ?? [], (assignment) => assignment.packageId)];
          return (
            <tr>
              <th scope="row">
                {worker.name}
                {worker.newcomer ? <span class="kana">{t('planner.newcomer')}</span> : null}
              </th>
              <td class="numeric">{formatDuration(t, worker.targetMinutes)}</td>
              <td class="numeric">{formatDuration(t, worker.offeredMinutes)}</td>
              <td class="numeric">{formatDuration(t, worker.plannedMinutes)}</td>
              <td>
                {work.length === 0 ? (
                  t('planner.noWork')
                ) : (
                  <ul class="plain-list">
                    {work.map(([packageId, rows]) => (
                      <li>{workLine(t, locale, packageOf.get(packageId)!, rows)}</li>
                    ))}
                  </ul>
                )}
                {declinedBy.has(worker.workerId) ? (
                  <>
                    <p class="plan-declined">{t('planner.declinedTitle')}</p>
                    <ul class="plain-list">
                      {declinedBy.get(worker.workerId)!.map((offer) => {
                        const line = t('planner.declinedLine', {
                          date: formatBusinessDate(offer.workDate, locale),
                          package: t('planner.packageName', { title: offer.packageTitle, order: offer.orderTitle, number: offer.orderNumber }),
                        });
                        return <li>{offer.declineNote ? t('planner.declinedNote', { line, note: offer.declineNote }) : line}</li>;
                      })}
                    </ul>
                  </>
                ) : null}
              </td>
              <td>{worker.shortfall ? t(`planner.shortfall.${worker.shortfall}`) : t('planner.shortfall.none')}</td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('planner.total')}</th>
          <td class="numeric">{formatDuration(t, sum((worker) => worker.targetMinutes))}</td>
          <td class="numeric">{formatDuration(t, sum((worker) => worker.offeredMinutes))}</td>
          <td class="numeric">{formatDuration(t, sum((worker) => worker.plannedMinutes))}</td>
          <td colspan={2}></td>
        </tr>
      </tfoot>
    </table>
  );
}

/** One package of a worker's plan: "入力（名刺データ入力）: 3時間 — 理由". */
function workLine(t: Translate, locale: Locale, pkg: PlanPackageRow, rows: PlanAssignmentRow[]): string {
  const minutes = rows.reduce((total, row) => total + row.minutes, 0);
  const reasons = [...new Set(rows.flatMap((row) => row.reasons))].map((reason) => t(`planner.reason.${reason}`));
  const line = t('planner.workLine', { package: packageName(t, pkg), time: formatDuration(t, minutes) });
  return reasons.length === 0 ? line : t('planner.workLineReasons', { line, reasons: formatList(reasons, locale) });
}

function ByOrder(props: { c: AppContext; details: PlanDetails }) {
  const { t, locale } = props.c.var;
  const { plan, packages } = props.details;
  const byOrder = [...groupBy(packages, (pkg) => pkg.orderId).values()];
  const fixedByPackage = new Map<string, number>();
  for (const assignment of props.details.assignments) {
    if (assignment.fixed) fixedByPackage.set(assignment.packageId, (fixedByPackage.get(assignment.packageId) ?? 0) + assignment.minutes);
  }
  return (
    <>
      <h2 id="unmet">{t('planner.ordersTitle')}</h2>
      {byOrder.length === 0 ? <p>{t('planner.noPackages')}</p> : null}
      {byOrder.map((rows) => {
        const order = rows[0]!;
        const sum = (pick: (pkg: PlanPackageRow) => number) => rows.reduce((total, pkg) => total + pick(pkg), 0);
        return (
          <table class="data-table">
            <caption>{t('planner.orderCaption', { number: order.orderNumber, title: order.orderTitle })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('planner.column.package')}</th>
                <th scope="col">{t('planner.column.deadline')}</th>
                <th scope="col">{t('planner.column.demand')}</th>
                <th scope="col">{t('planner.column.planned')}</th>
                <th scope="col">{t('planner.column.unmet')}</th>
                <th scope="col">{t('planner.column.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((pkg) => (
                <tr class={pkg.unmetMinutes > 0 ? 'plan-unmet' : undefined}>
                  <th scope="row">{pkg.title}</th>
                  <td>{formatBusinessDate(pkg.deadline, locale)}</td>
                  <td class="numeric">{formatDuration(t, pkg.demandMinutes)}</td>
                  <td class="numeric">
                    {formatDuration(t, pkg.plannedMinutes)}
                    {fixedByPackage.has(pkg.packageId) ? <span class="kana">{t('planner.fixedPart', { time: formatDuration(t, fixedByPackage.get(pkg.packageId)!) })}</span> : null}
                  </td>
                  <td class="numeric">{pkg.unmetMinutes > 0 ? <strong>{formatDuration(t, pkg.unmetMinutes)}</strong> : formatDuration(t, 0)}</td>
                  <td>{pkg.unmetMinutes > 0 ? unmetReasonText(t, locale, plan.firstDay, pkg) : t('planner.allPlanned')}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colspan={2}>
                  {t('planner.total')}
                </th>
                <td class="numeric">{formatDuration(t, sum((pkg) => pkg.demandMinutes))}</td>
                <td class="numeric">{formatDuration(t, sum((pkg) => pkg.plannedMinutes))}</td>
                <td class="numeric">{formatDuration(t, sum((pkg) => pkg.unmetMinutes))}</td>
                <td></td>
              </tr>
            </tfoot>
          </table>
        );
      })}
    </>
  );
}

