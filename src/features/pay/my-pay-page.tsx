import type { AppContext } from '../../app-env';
import { CsrfField, FormProblem } from '../../ui/form';
import { formatDateTime, formatMonth, formatYen } from '../../ui/format';
import { renderPage } from '../../ui/layout';
import { formatBusinessDate } from '../availability/format';
import { adjustmentHistory } from './adjustments-page';
import type { PayAdjustmentRow } from './list-pay-adjustments';
import type { PayStatementRow } from './list-pay-statements';
import { statementStatus } from './statement-page';

/** A worker's own pay: cuts waiting for their answer, their statements, and every adjustment with its history. */
export function renderMyPayPage(
  c: AppContext,
  page: { statements: PayStatementRow[]; adjustments: PayAdjustmentRow[]; notice?: string | undefined; problem?: string | undefined },
  status: 200 | 409 = 200,
) {
  const { t, locale } = c.var;
  const yen = (amount: number) => formatYen(amount, locale);
  const date = (value: string) => formatBusinessDate(value, locale, { year: true });
  const waiting = page.adjustments.filter((row) => row.status === 'proposed' && !row.statementId);
  return renderPage(
    c,
    {
      title: t('pay.me.title'),
      notice: page.notice,
      children: (
        <>
          <p>{t('pay.me.lead')}</p>
          <FormProblem problem={page.problem} />
          <section aria-labelledby="cuts-title">
            <h2 id="cuts-title">{t('pay.me.cutsTitle')}</h2>
            {waiting.length === 0 ? (
              <p>{t('pay.me.cutsNone')}</p>
            ) : (
              waiting.map((cut) => (
                <article class="task-offer" aria-labelledby={`cut-${cut.id}`}>
                  <h3 id={`cut-${cut.id}`}>{t('pay.me.cutTitle', { month: formatMonth(cut.month, locale), amount: yen(cut.amountYen) })}</h3>
                  <dl class="details">
                    <dt>{t('pay.me.cutReason')}</dt>
                    <dd>{cut.reason}</dd>
                    <dt>{t('pay.me.cutProposedBy')}</dt>
                    <dd>{t('pay.adjustment.recorded', { date: formatDateTime(cut.createdAt, locale), name: cut.createdByName ?? '' })}</dd>
                  </dl>
                  <p class="field__hint">{t('pay.me.refuseHint')}</p>
                  <div class="button-row">
                    <form method="post" action={`/me/pay/adjustments/${cut.id}/agree`}>
                      <CsrfField c={c} />
                      <button type="submit" class="button">
                        {t('pay.me.agree')}
                      </button>
                    </form>
                    <form method="post" action={`/me/pay/adjustments/${cut.id}/refuse`}>
                      <CsrfField c={c} />
                      <button type="submit" class="button button--secondary">
                        {t('pay.me.refuse')}
                      </button>
                    </form>
                  </div>
                </article>
              ))
            )}
          </section>
          <section aria-labelledby="statements-title">
            <h2 id="statements-title">{t('pay.me.statementsTitle')}</h2>
            {page.statements.length === 0 ? (
              <p>{t('pay.me.statementsNone')}</p>
            ) : (
              <table class="data-table">
                <caption>{t('pay.me.statementsCaption', { count: page.statements.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('pay.column.month')}</th>
                    <th scope="col">{t('pay.column.payment')}</th>
                    <th scope="col">{t('pay.column.scheduledOn')}</th>
                    <th scope="col">{t('pay.column.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.statements.map((statement) => (
                    <tr>
                      <th scope="row">
                        <a href={`/me/pay/${statement.id}`} aria-label={t('pay.me.openStatement', { month: formatMonth(statement.month, locale) })}>
                          {formatMonth(statement.month, locale)}
                        </a>
                      </th>
                      <td class="numeric">{yen(statement.paymentYen)}</td>
                      <td>{date(statement.scheduledOn)}</td>
                      <td>{statementStatus(t, locale, statement)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section aria-labelledby="adjustments-title">
            <h2 id="adjustments-title">{t('pay.me.adjustmentsTitle')}</h2>
            {page.adjustments.length === 0 ? (
              <p>{t('pay.me.adjustmentsNone')}</p>
            ) : (
              <table class="data-table">
                <caption>{t('pay.me.adjustmentsCaption', { count: page.adjustments.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('pay.column.month')}</th>
                    <th scope="col">{t('pay.column.amount')}</th>
                    <th scope="col">{t('pay.adjustment.column.reason')}</th>
                    <th scope="col">{t('pay.adjustment.column.recorded')}</th>
                    <th scope="col">{t('pay.adjustment.column.history')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.adjustments.map((row) => (
                    <tr>
                      <th scope="row">{formatMonth(row.month, locale)}</th>
                      <td class="numeric">{yen(row.amountYen)}</td>
                      <td>{row.reason}</td>
                      <td>{t('pay.adjustment.recorded', { date: formatDateTime(row.createdAt, locale), name: row.createdByName ?? '' })}</td>
                      <td>{adjustmentHistory(t, locale, row)}</td>
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
