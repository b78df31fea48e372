import type { AppContext } from '../../app-env';
import { CsrfField, FormProblem, SubmitButton } from '../../ui/form';
import { formatMonth, formatYen } from '../../ui/format';
import { renderPage } from '../../ui/layout';
import { daysBetween, type BusinessDate } from '../availability/calendar';
import { formatBusinessDate } from '../availability/format';
import type { Month } from '../tasks/month';
import type { PayDraft } from './draft-pay-month';
import type { PayStatementRow } from './list-pay-statements';
import type { listPayWarnings } from './list-pay-warnings';
import { statementStatus } from './statement-page';

export type PayDashboard = {
  month: Month;
  /** Months to choose from, newest first. */
  months: Month[];
  today: BusinessDate;
  /** The first day the month may be closed, when it has not ended yet. */
  closableFrom: BusinessDate | null;
  drafts: PayDraft[];
  /** Cuts of this month or earlier still waiting for the worker's answer. */
  proposedWaiting: number;
  statements: PayStatementRow[];
  warnings: Awaited<ReturnType<typeof listPayWarnings>>;
  warningDays: number;
  notice?: string | undefined;
  problem?: string | undefined;
};

/** The pay dashboard: warnings, a month's preview and close, and that month's statements. */
export function renderPayDashboard(c: AppContext, page: PayDashboard, status: 200 | 400 | 409 = 200) {
  const { t, locale } = c.var;
  const yen = (amount: number) => formatYen(amount, locale);
  const date = (value: BusinessDate) => formatBusinessDate(value, locale, { year: true });
  const monthName = formatMonth(page.month, locale);
  const timeLeft = (due: BusinessDate) => {
    const days = daysBetween(page.today, due);
    return days < 0 ? t('pay.warnings.overdue', { days: -days }) : days === 0 ? t('pay.warnings.dueToday') : t('pay.warnings.daysLeft', { days });
  };
  const { warnings } = page;
  const sum = (pick: (draft: PayDraft) => number) => page.drafts.reduce((total, draft) => total + pick(draft), 0);
  return renderPage(
    c,
    {
      title: t('pay.title'),
      notice: page.notice,
      children: (
        <>
          <p>{t('pay.lead')}</p>
          <p>
            <a href="/pay/adjustments">{t('pay.adjustmentsLink')}</a>
          </p>
          <FormProblem problem={page.problem} />

          <section aria-labelledby="warnings-title">
            <h2 id="warnings-title">{t('pay.warningsTitle')}</h2>
            {warnings.statements.length === 0 && warnings.unclosed.length === 0 ? (
              <p>{t('pay.warningsNone', { days: page.warningDays })}</p>
            ) : (
              <>
                <p class="plan-unmet-alert">{t('pay.warningsLead', { days: page.warningDays })}</p>
                {warnings.statements.length > 0 ? (
                  <table class="data-table">
                    <caption>{t('pay.warnings.statementsCaption', { count: warnings.statements.length })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('pay.column.worker')}</th>
                        <th scope="col">{t('pay.column.month')}</th>
                        <th scope="col">{t('pay.column.payment')}</th>
                        <th scope="col">{t('pay.column.scheduledOn')}</th>
                        <th scope="col">{t('pay.column.legalDueOn')}</th>
                        <th scope="col">{t('pay.column.timeLeft')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {warnings.statements.map((statement) => (
                        <tr>
                          <th scope="row">
                            <a href={`/pay/statements/${statement.id}`}>{statement.workerName}</a>
                          </th>
                          <td>{formatMonth(statement.month, locale)}</td>
                          <td class="numeric">{yen(statement.paymentYen)}</td>
                          <td>{date(statement.scheduledOn)}</td>
                          <td>{date(statement.legalDueOn)}</td>
                          <td>{timeLeft(statement.legalDueOn)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
                {warnings.unclosed.length > 0 ? (
                  <table class="data-table">
                    <caption>{t('pay.warnings.unclosedCaption', { count: warnings.unclosed.length })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('pay.column.worker')}</th>
                        <th scope="col">{t('pay.column.count')}</th>
                        <th scope="col">{t('pay.column.work')}</th>
                        <th scope="col">{t('pay.column.legalDueOn')}</th>
                        <th scope="col">{t('pay.column.timeLeft')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {warnings.unclosed.map((warning) => (
                        <tr>
                          <th scope="row">{warning.workerName}</th>
                          <td>{t('pay.countValue', { count: warning.count })}</td>
                          <td class="numeric">{yen(warning.yen)}</td>
                          <td>{date(warning.legalDueOn)}</td>
                          <td>{timeLeft(warning.legalDueOn)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
              </>
            )}
          </section>

          <nav class="week-nav" aria-labelledby="month-picker-title">
            <h2 id="month-picker-title" class="visually-hidden">
              {t('pay.pickerTitle')}
            </h2>
            <form method="get" action="/pay" class="search-form">
              <div class="field">
                <label for="field-month">{t('pay.monthLabel')}</label>
                <select id="field-month" name="month">
                  {page.months.map((month) => (
                    <option value={month} selected={month === page.month}>
                      {formatMonth(month, locale)}
                    </option>
                  ))}
                </select>
              </div>
              <SubmitButton secondary>{t('pay.show')}</SubmitButton>
            </form>
          </nav>

          <section aria-labelledby="preview-title">
            <h2 id="preview-title">{t('pay.previewTitle', { month: monthName })}</h2>
            {page.closableFrom ? <p>{t('pay.previewNotEnded', { month: monthName, date: date(page.closableFrom) })}</p> : null}
            {page.proposedWaiting > 0 ? <p>{t('pay.proposedWaiting', { count: page.proposedWaiting })}</p> : null}
            {page.drafts.length === 0 ? (
              <p>{t('pay.previewNone', { month: monthName })}</p>
            ) : (
              <>
                <table class="data-table">
                  <caption>{t('pay.previewCaption', { month: monthName, count: page.drafts.length })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('pay.column.worker')}</th>
                      <th scope="col">{t('pay.column.registration')}</th>
                      <th scope="col">{t('pay.column.count')}</th>
                      <th scope="col">{t('pay.column.work')}</th>
                      <th scope="col">{t('pay.column.adjustments')}</th>
                      <th scope="col">{t('pay.column.tax')}</th>
                      <th scope="col">{t('pay.column.withholding')}</th>
                      <th scope="col">{t('pay.column.payment')}</th>
                      <th scope="col">{t('pay.column.scheduledOn')}</th>
                      <th scope="col">{t('pay.column.legalDueOn')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.drafts.map((draft) => (
                      <tr>
                        <th scope="row">{draft.workerName}</th>
                        <td>{t(draft.invoiceRegistrationNumber ? 'pay.registered' : 'pay.notRegistered')}</td>
                        <td>{t('pay.countValue', { count: draft.lines.length })}</td>
                        <td class="numeric">{yen(draft.amounts.workYen)}</td>
                        <td class="numeric">{yen(draft.amounts.adjustmentYen)}</td>
                        <td class="numeric">{yen(draft.amounts.consumptionTaxYen)}</td>
                        <td class="numeric">{yen(draft.amounts.withholdingYen)}</td>
                        <td class="numeric">{yen(draft.amounts.paymentYen)}</td>
                        <td>{date(draft.scheduledOn)}</td>
                        <td>{date(draft.legalDueOn)}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">{t('pay.totalRow')}</th>
                      <td></td>
                      <td>{t('pay.countValue', { count: sum((draft) => draft.lines.length) })}</td>
                      <td class="numeric">{yen(sum((draft) => draft.amounts.workYen))}</td>
                      <td class="numeric">{yen(sum((draft) => draft.amounts.adjustmentYen))}</td>
                      <td class="numeric">{yen(sum((draft) => draft.amounts.consumptionTaxYen))}</td>
                      <td class="numeric">{yen(sum((draft) => draft.amounts.withholdingYen))}</td>
                      <td class="numeric">{yen(sum((draft) => draft.amounts.paymentYen))}</td>
                      <td></td>
                      <td></td>
                    </tr>
                  </tfoot>
                </table>
                {page.drafts
                  .filter((draft) => draft.heldBack.length > 0)
                  .map((draft) => (
                    <p>{t('pay.previewHeldBack', { name: draft.workerName, count: draft.heldBack.length })}</p>
                  ))}
                {page.closableFrom ? null : (
                  <form method="post" action="/pay/close" class="plan-publish" aria-labelledby="close-title">
                    <h3 id="close-title">{t('pay.close.title')}</h3>
                    <p class="field__hint">{t('pay.close.hint')}</p>
                    <CsrfField c={c} />
                    <input type="hidden" name="month" value={page.month} />
                    <SubmitButton>{t('pay.close.submit', { month: monthName })}</SubmitButton>
                  </form>
                )}
              </>
            )}
          </section>

          <section aria-labelledby="statements-title">
            <h2 id="statements-title">{t('pay.statementsTitle', { month: monthName })}</h2>
            {page.statements.length === 0 ? (
              <p>{t('pay.statementsNone', { month: monthName })}</p>
            ) : (
              <table class="data-table">
                <caption>{t('pay.statementsCaption', { month: monthName, count: page.statements.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('pay.column.worker')}</th>
                    <th scope="col">{t('pay.column.number')}</th>
                    <th scope="col">{t('pay.column.payment')}</th>
                    <th scope="col">{t('pay.column.scheduledOn')}</th>
                    <th scope="col">{t('pay.column.legalDueOn')}</th>
                    <th scope="col">{t('pay.column.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.statements.map((statement) => (
                    <tr>
                      <th scope="row">
                        <a href={`/pay/statements/${statement.id}`} aria-label={t('pay.openStatement', { name: statement.workerName, month: monthName })}>
                          {statement.workerName}
                        </a>
                      </th>
                      <td>{statement.number}</td>
                      <td class="numeric">{yen(statement.paymentYen)}</td>
                      <td>{date(statement.scheduledOn)}</td>
                      <td>{date(statement.legalDueOn)}</td>
                      <td>{statementStatus(t, locale, statement)}</td>
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
