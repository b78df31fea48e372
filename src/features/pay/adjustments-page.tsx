import type { AppContext } from '../../app-env';
import { ChoiceGroup, CsrfField, ErrorSummary, FormProblem, SelectField, SubmitButton, TextAreaField, TextField } from '../../ui/form';
import type { FormState } from '../../ui/form-page';
import { formatDateTime, formatMonth, formatYen } from '../../ui/format';
import type { Locale, MessageKey, Translate } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import type { Month } from '../tasks/month';
import type { PayAdjustmentRow } from './list-pay-adjustments';

const labels: Record<string, MessageKey> = {
  workerId: 'pay.adjustment.worker',
  month: 'pay.adjustment.month',
  amountYen: 'pay.adjustment.amount',
  reason: 'pay.adjustment.reason',
  withholds: 'pay.adjustment.withholds',
};

/** Where an adjustment stands, in words: the worker's answer, a withdrawal, or the statement that paid it. */
export function adjustmentHistory(t: Translate, locale: Locale, row: PayAdjustmentRow): string {
  if (row.statementMonth) return t('pay.adjustment.paidIn', { month: formatMonth(row.statementMonth, locale) });
  switch (row.status) {
    case 'agreed':
    case 'refused':
      return t(`pay.adjustment.status.${row.status}`, { date: row.respondedAt ? formatDateTime(row.respondedAt, locale) : '' });
    case 'withdrawn':
      return t('pay.adjustment.status.withdrawn', { date: row.withdrawnAt ? formatDateTime(row.withdrawnAt, locale) : '', name: row.withdrawnByName ?? '' });
    default:
      return t(`pay.adjustment.status.${row.status}`);
  }
}

/** Whether staff may still take an adjustment back: not yet paid, and neither refused nor withdrawn. */
export const mayWithdraw = (row: PayAdjustmentRow) => !row.statementId && ['applied', 'proposed', 'agreed'].includes(row.status);

export type AdjustmentsPage = {
  workers: { id: string; name: string }[];
  months: Month[];
  rows: PayAdjustmentRow[];
  state: FormState;
  notice?: string | undefined;
  problem?: string | undefined;
};

/** Staff's adjustments: the form to record one, and every adjustment with its history. */
export function renderAdjustmentsPage(c: AppContext, page: AdjustmentsPage, status: 200 | 400 | 409 = 200) {
  const { t, locale } = c.var;
  const errors = page.state.errors ?? {};
  const values = page.state.values ?? {};
  return renderPage(
    c,
    {
      title: t('pay.adjustments.title'),
      notice: page.notice,
      children: (
        <>
          <p>{t('pay.adjustments.lead')}</p>
          <FormProblem problem={page.problem} />
          <section aria-labelledby="new-title">
            <h2 id="new-title">{t('pay.adjustments.newTitle')}</h2>
            <ErrorSummary t={t} errors={errors} labels={labels} />
            <form method="post" action="/pay/adjustments" novalidate>
              <CsrfField c={c} />
              <SelectField
                t={t}
                name="workerId"
                label="pay.adjustment.worker"
                required
                value={values.workerId}
                error={errors.workerId}
                options={[{ value: '', label: t('pay.adjustment.choose') }, ...page.workers.map((worker) => ({ value: worker.id, label: worker.name }))]}
              />
              <SelectField
                t={t}
                name="month"
                label="pay.adjustment.month"
                hint="pay.adjustment.monthHint"
                required
                value={values.month}
                error={errors.month}
                options={page.months.map((month) => ({ value: month, label: formatMonth(month, locale) }))}
              />
              <TextField t={t} name="amountYen" label="pay.adjustment.amount" hint="pay.adjustment.amountHint" required value={values.amountYen} error={errors.amountYen} />
              <TextAreaField t={t} name="reason" label="pay.adjustment.reason" hint="pay.adjustment.reasonHint" required value={values.reason} error={errors.reason} rows={3} />
              <ChoiceGroup
                t={t}
                name="withholds"
                legend="pay.adjustment.withholds"
                options={[{ value: 'yes', label: t('pay.adjustment.withholdsOption') }]}
                checked={values.withholds === 'yes' ? ['yes'] : []}
                error={errors.withholds}
              />
              <SubmitButton>{t('pay.adjustment.submit')}</SubmitButton>
            </form>
          </section>
          <section aria-labelledby="list-title">
            <h2 id="list-title">{t('pay.adjustments.listTitle')}</h2>
            {page.rows.length === 0 ? (
              <p>{t('pay.adjustments.none')}</p>
            ) : (
              <table class="data-table">
                <caption>{t('pay.adjustments.caption', { count: page.rows.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('pay.column.worker')}</th>
                    <th scope="col">{t('pay.column.month')}</th>
                    <th scope="col">{t('pay.column.amount')}</th>
                    <th scope="col">{t('pay.adjustment.column.reason')}</th>
                    <th scope="col">{t('pay.adjustment.column.recorded')}</th>
                    <th scope="col">{t('pay.adjustment.column.history')}</th>
                    <th scope="col">{t('pay.adjustment.column.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.rows.map((row) => (
                    <tr>
                      <th scope="row">{row.workerName}</th>
                      <td>{formatMonth(row.month, locale)}</td>
                      <td class="numeric">{formatYen(row.amountYen, locale)}</td>
                      <td>
                        {row.reason}
                        {row.withholds ? ` (${t('pay.adjustment.withholdsMark')})` : ''}
                      </td>
                      <td>{t('pay.adjustment.recorded', { date: formatDateTime(row.createdAt, locale), name: row.createdByName ?? '' })}</td>
                      <td>{adjustmentHistory(t, locale, row)}</td>
                      <td>
                        {mayWithdraw(row) ? (
                          <form method="post" action={`/pay/adjustments/${row.id}/withdraw`}>
                            <CsrfField c={c} />
                            <button
                              type="submit"
                              class="button button--secondary"
                              aria-label={t('pay.adjustment.withdrawLabel', { name: row.workerName, amount: formatYen(row.amountYen, locale) })}
                            >
                              {t('pay.adjustment.withdraw')}
                            </button>
                          </form>
                        ) : null}
                      </td>
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
