import type { AppContext } from '../../app-env';
import { CsrfField, ErrorSummary, FormProblem, SubmitButton, TextField } from '../../ui/form';
import type { FormState } from '../../ui/form-page';
import { formatDateTime, formatMonth, formatYen } from '../../ui/format';
import type { MessageKey } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import type { SensitiveData } from '../applications/submit-application';
import type { AvailabilityDay } from '../availability/expand';
import { formatBusinessDate } from '../availability/format';
import { AvailabilitySummary } from '../availability/summary';
import type { PayStatementRow } from '../pay/list-pay-statements';
import { statementStatus } from '../pay/statement-page';
import { consentTexts } from '../workers/consent-texts';
import type { WorkerSupporters } from './list-worker-supporters';

/** Supporters in a table: name, login ID, a moment (linked since, proposed at) and, for links, whether pay is shared. */
function SupporterTable(props: {
  c: AppContext;
  caption: string;
  momentLabel: MessageKey;
  rows: { displayName: string; loginId: string; moment: Date; pay?: string }[];
}) {
  const { t, locale } = props.c.var;
  const withPay = props.rows.some((row) => row.pay !== undefined);
  return (
    <table class="data-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('supporters.name')}</th>
          <th scope="col">{t('supporters.loginId')}</th>
          <th scope="col">{t(props.momentLabel)}</th>
          {withPay ? <th scope="col">{t('supporters.pay')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr>
            <th scope="row">{row.displayName}</th>
            <td>
              <code>{row.loginId}</code>
            </td>
            <td>{formatDateTime(row.moment, locale)}</td>
            {withPay ? <td>{row.pay}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The coordinator's page: who is linked, who is waiting for the worker's answer, and a form to propose someone. */
export function renderWorkerSupporters(
  c: AppContext,
  page: { worker: { id: string; displayName: string }; supporters: WorkerSupporters; state: FormState; notice?: string | undefined },
  status: 200 | 400 | 409 = 200,
) {
  const { t } = c.var;
  const { active, pending } = page.supporters;
  return renderPage(
    c,
    {
      title: t('workerSupporters.title', { name: page.worker.displayName }),
      notice: page.notice,
      children: (
        <>
          <p>{t('workerSupporters.lead')}</p>
          <h2>{t('workerSupporters.activeTitle')}</h2>
          {active.length === 0 ? (
            <p>{t('workerSupporters.noneActive')}</p>
          ) : (
            <SupporterTable
              c={c}
              caption={t('supporters.activeCaption', { count: active.length })}
              momentLabel="supporters.since"
              rows={active.map((link) => ({ ...link, moment: link.since, pay: t(link.sharesPay ? 'supporters.pay.shared' : 'supporters.pay.notShared') }))}
            />
          )}
          <h2>{t('workerSupporters.pendingTitle')}</h2>
          {pending.length === 0 ? (
            <p>{t('workerSupporters.nonePending')}</p>
          ) : (
            <SupporterTable
              c={c}
              caption={t('supporters.pendingCaption', { count: pending.length })}
              momentLabel="supporters.proposedAt"
              rows={pending.map((proposal) => ({ ...proposal, moment: proposal.proposedAt }))}
            />
          )}
          <h2>{t('workerSupporters.proposeTitle')}</h2>
          <FormProblem problem={page.state.problem} />
          <ErrorSummary t={t} errors={page.state.errors ?? {}} labels={{ loginId: 'workerSupporters.supporterLoginId' }} />
          <form method="post" action={`/workers/${page.worker.id}/supporters`} novalidate>
            <CsrfField c={c} />
            <TextField
              t={t}
              name="loginId"
              label="workerSupporters.supporterLoginId"
              hint="workerSupporters.supporterLoginIdHint"
              value={page.state.values?.loginId}
              error={page.state.errors?.loginId}
              required
              autocomplete="off"
              spellcheck={false}
            />
            <SubmitButton>{t('workerSupporters.propose')}</SubmitButton>
          </form>
        </>
      ),
    },
    status,
  );
}

/** A one-button form that posts to `action`; `label` names the person for screen readers. */
function ActionButton(props: { c: AppContext; action: string; text: MessageKey; label: string; secondary?: boolean; field?: [string, string] }) {
  return (
    <form method="post" action={props.action} class="inline-form">
      <CsrfField c={props.c} />
      {props.field ? <input type="hidden" name={props.field[0]} value={props.field[1]} /> : null}
      <button type="submit" class={props.secondary ? 'button button--secondary' : 'button'} aria-label={props.label}>
        {props.c.var.t(props.text)}
      </button>
    </form>
  );
}

/**
 * Showing disability and health details to one linked supporter: the consent text and a button to
 * allow it, or a button to stop; when nothing is stored under the worker's own consent, why not.
 */
function SensitiveSharing(props: { c: AppContext; link: WorkerSupporters['active'][number]; available: boolean }) {
  const { c, link } = props;
  const { t } = c.var;
  const text = consentTexts.supporter_sensitive;
  if (link.sharesSensitive) {
    return (
      <>
        <p>{t('mySupporters.sensitiveSharedNow')}</p>
        <div class="button-row">
          <ActionButton c={c} action={`/me/supporters/${link.supporterId}/sensitive`} field={['share', 'no']} text="mySupporters.stopSensitive" label={t('mySupporters.stopSensitiveFor', { name: link.displayName })} secondary />
        </div>
      </>
    );
  }
  if (!props.available) return <p>{t('mySupporters.sensitiveUnavailable')}</p>;
  return (
    <>
      <p>{t('mySupporters.sensitiveNotShared')}</p>
      <div class="consent-text">
        <h4>{t(text.title)}</h4>
        <p>{t(text.body)}</p>
      </div>
      <div class="button-row">
        <ActionButton c={c} action={`/me/supporters/${link.supporterId}/sensitive`} field={['share', 'yes']} text="mySupporters.allowSensitive" label={t('mySupporters.allowSensitiveFor', { name: link.displayName })} secondary />
      </div>
    </>
  );
}

/** The worker's page: proposals to answer, linked supporters to share pay or sensitive data with, or let go. */
export function renderMySupporters(c: AppContext, page: { supporters: WorkerSupporters; canShareSensitive: boolean; notice?: string | undefined }) {
  const { t, locale } = c.var;
  const { active, pending } = page.supporters;
  const linkText = consentTexts.supporter_link;
  const payText = consentTexts.supporter_pay;
  return renderPage(c, {
    title: t('mySupporters.title'),
    notice: page.notice,
    children: (
      <>
        <p>{t('mySupporters.lead')}</p>
        <h2>{t('mySupporters.pendingTitle')}</h2>
        {pending.length === 0 ? (
          <p>{t('mySupporters.nonePending')}</p>
        ) : (
          <>
            <p>{t('mySupporters.pendingIntro')}</p>
            {pending.map((proposal) => (
              <section class="supporter-card" aria-labelledby={`proposal-${proposal.supporterId}`}>
                <h3 id={`proposal-${proposal.supporterId}`}>{t('mySupporters.proposedSupporter', { name: proposal.displayName })}</h3>
                <div class="consent-text">
                  <h4>{t(linkText.title)}</h4>
                  <p>{t(linkText.body)}</p>
                </div>
                <div class="button-row">
                  <ActionButton c={c} action={`/me/supporters/${proposal.supporterId}/agree`} text="mySupporters.agree" label={t('mySupporters.agreeFor', { name: proposal.displayName })} />
                  <ActionButton c={c} action={`/me/supporters/${proposal.supporterId}/decline`} text="mySupporters.decline" label={t('mySupporters.declineFor', { name: proposal.displayName })} secondary />
                </div>
              </section>
            ))}
          </>
        )}
        <h2>{t('mySupporters.activeTitle')}</h2>
        {active.length === 0 ? (
          <p>{t('mySupporters.noneActive')}</p>
        ) : (
          active.map((link) => (
            <section class="supporter-card" aria-labelledby={`link-${link.supporterId}`}>
              <h3 id={`link-${link.supporterId}`}>{t('mySupporters.supporterTitle', { name: link.displayName })}</h3>
              <p>
                {t('mySupporters.since', { date: formatDateTime(link.since, locale) })} {t(link.sharesPay ? 'mySupporters.paySharedNow' : 'mySupporters.payNotShared')}
              </p>
              {link.sharesPay ? null : (
                <div class="consent-text">
                  <h4>{t(payText.title)}</h4>
                  <p>{t(payText.body)}</p>
                </div>
              )}
              <div class="button-row">
                {link.sharesPay ? (
                  <ActionButton c={c} action={`/me/supporters/${link.supporterId}/pay`} field={['share', 'no']} text="mySupporters.stopPay" label={t('mySupporters.stopPayFor', { name: link.displayName })} secondary />
                ) : (
                  <ActionButton c={c} action={`/me/supporters/${link.supporterId}/pay`} field={['share', 'yes']} text="mySupporters.allowPay" label={t('mySupporters.allowPayFor', { name: link.displayName })} secondary />
                )}
              </div>
              <SensitiveSharing c={c} link={link} available={page.canShareSensitive} />
              <div class="button-row">
                <ActionButton c={c} action={`/me/supporters/${link.supporterId}/revoke`} text="mySupporters.revoke" label={t('mySupporters.revokeFor', { name: link.displayName })} secondary />
              </div>
              <p class="field__hint">{t('mySupporters.revokeHint')}</p>
            </section>
          ))
        )}
      </>
    ),
  });
}

/** The supporter's home: the workers who agreed to be linked. */
export function renderSupporterHome(c: AppContext, workers: { workerId: string; displayName: string; since: Date }[]) {
  const { t, locale } = c.var;
  return renderPage(c, {
    title: t('supporter.title'),
    children: (
      <>
        <p>{t('supporter.lead')}</p>
        {workers.length === 0 ? (
          <p>{t('supporter.none')}</p>
        ) : (
          <ul class="card-list">
            {workers.map((worker) => (
              <li>
                <a href={`/supporter/workers/${worker.workerId}`}>
                  {worker.displayName}
                  <span class="kana">{t('supporter.since', { date: formatDateTime(worker.since, locale) })}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </>
    ),
  });
}

/**
 * One linked worker as their supporter sees them: the next two weeks of availability, the
 * disability and health details (only when the worker shares them), and placeholders for tasks,
 * check-ins and (only when the worker shares it) pay.
 */
export function renderSupportedWorker(
  c: AppContext,
  page: { worker: { id: string; displayName: string }; days: AvailabilityDay[]; pay: PayStatementRow[] | null; sensitive: SensitiveData | null; sharesCheckIns?: boolean },
) {
  const { t, locale } = c.var;
  const workingDays = page.days.filter((day) => day.slots.length > 0);
  return renderPage(c, {
    title: t('supporterWorker.title', { name: page.worker.displayName }),
    children: (
      <>
        <section aria-labelledby="schedule-title">
          <h2 id="schedule-title">{t('supporterWorker.scheduleTitle')}</h2>
          {workingDays.length === 0 ? <p>{t('supporterWorker.scheduleNone')}</p> : <AvailabilitySummary t={t} locale={locale} days={page.days} />}
        </section>
        {page.sensitive ? (
          <section aria-labelledby="sensitive-title">
            <h2 id="sensitive-title">{t('supporterWorker.sensitiveTitle')}</h2>
            <p class="field__hint">{t('supporterWorker.sensitiveLead')}</p>
            {page.sensitive.disability ? <p>{t('supporterWorker.disability')}</p> : null}
            <p>{page.sensitive.details ?? t('supporterWorker.noDetails')}</p>
          </section>
        ) : null}
        {page.sharesCheckIns ? (
          <section aria-labelledby="daily-check-ins-title">
            <h2 id="daily-check-ins-title">{t('checkIns.supporter.title')}</h2>
            <p>
              <a href={`/supporter/workers/${page.worker.id}/check-ins`}>{t('checkIns.supporter.link')}</a>
            </p>
          </section>
        ) : null}
        <section aria-labelledby="tasks-title">
          <h2 id="tasks-title">{t('supporterWorker.tasksTitle')}</h2>
          <p>{t('supporterWorker.tasksLater')}</p>
        </section>
        <section aria-labelledby="check-ins-title">
          <h2 id="check-ins-title">{t('supporterWorker.checkInsTitle')}</h2>
          <p>{t('supporterWorker.checkInsLater')}</p>
        </section>
        {page.pay ? (
          <section aria-labelledby="pay-title">
            <h2 id="pay-title">{t('supporterWorker.payTitle')}</h2>
            {page.pay.length === 0 ? (
              <p>{t('supporterWorker.payNone')}</p>
            ) : (
              <table class="data-table">
                <caption>{t('supporterWorker.payCaption', { name: page.worker.displayName, count: page.pay.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('pay.column.month')}</th>
                    <th scope="col">{t('pay.column.payment')}</th>
                    <th scope="col">{t('pay.column.scheduledOn')}</th>
                    <th scope="col">{t('pay.column.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.pay.map((statement) => (
                    <tr>
                      <th scope="row">{formatMonth(statement.month, locale)}</th>
                      <td class="numeric">{formatYen(statement.paymentYen, locale)}</td>
                      <td>{formatBusinessDate(statement.scheduledOn, locale, { year: true })}</td>
                      <td>{statementStatus(t, locale, statement)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        ) : null}
        <p>
          <a href="/supporter">{t('supporterWorker.back')}</a>
        </p>
      </>
    ),
  });
}
