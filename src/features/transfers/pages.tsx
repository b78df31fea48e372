import type { AppContext } from '../../app-env';
import { can } from '../../auth/policy';
import { tableFileFormats } from '../../export/table-file';
import { CsrfField, ErrorSummary, FormProblem, namesWithPrefix, SubmitButton, TextAreaField, TextField, type FieldErrors } from '../../ui/form';
import { prefixedFormState, type FormPageStatus, type FormState } from '../../ui/form-page';
import { formatDateTime, formatMonth, formatYen } from '../../ui/format';
import type { Locale, MessageKey, Translate } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import { formatBusinessDate } from '../availability/format';
import type { TransferBatch } from './find-transfer-batch';
import type { GatheredTransfers, TransferCandidate, TransferProblem } from './gather-transfers';
import type { TransferBatchRow } from './list-transfer-batches';
import type { YearEndRow } from './summarize-year-end';
import { categoryNames } from './year-end-table';

type WaitingRow = TransferCandidate & { sealedAccount: string | null };

/** Why a statement stays out of the file, in words. */
function problemText(t: Translate, problem: TransferProblem): string {
  if (problem.problem === 'noAccount') return t('transfers.problem.noAccount');
  if (problem.problem === 'amount') return t('transfers.problem.amount');
  if (problem.problem === 'holderName') {
    return problem.kind === 'characters' ? t('transfers.problem.holderName', { characters: (problem.refused ?? []).join(' ') }) : t('transfers.problem.holderNameLength');
  }
  if (problem.kind === 'bankUnknown') return t('transfers.problem.bankUnknown');
  if (problem.kind === 'branchUnknown') return t('transfers.problem.branchUnknown');
  return t('transfers.problem.account');
}

/** Where a batch stands: transferred on a day, cancelled at a time, or waiting for the bank. */
function batchState(t: Translate, locale: Locale, batch: Pick<TransferBatchRow, 'confirmedOn' | 'cancelledAt'>): string {
  if (batch.confirmedOn) return t('transfers.state.confirmed', { date: formatBusinessDate(batch.confirmedOn, locale, { year: true }) });
  if (batch.cancelledAt) return t('transfers.state.cancelled', { date: formatDateTime(batch.cancelledAt, locale) });
  return t('transfers.state.waiting');
}

/** The transfer-date form: a GET to the preview, so changing the date never changes anything. */
function DateForm(props: { c: AppContext; value: string; error?: MessageKey | undefined; headingId: string }) {
  const { t } = props.c.var;
  return (
    <form method="get" action="/transfers/new" novalidate aria-labelledby={props.headingId}>
      <TextField t={t} name="transferOn" label="transfers.transferOn" hint="transfers.transferOnHint" value={props.value} error={props.error} required autocomplete="off" />
      <SubmitButton secondary>{t('transfers.preview')}</SubmitButton>
    </form>
  );
}

/** `/transfers`: a new file by date, the statements waiting, the files made. */
export function renderTransfersPage(c: AppContext, page: { batches: TransferBatchRow[]; waiting: WaitingRow[]; defaultDate: string; notice?: string | undefined }) {
  const { t, locale } = c.var;
  return renderPage(c, {
    title: t('transfers.title'),
    notice: page.notice,
    children: (
      <>
        <p>{t('transfers.lead')}</p>
        <p>
          <a href="/year-end">{t('transfers.yearEndLink')}</a>
        </p>
        <section aria-labelledby="new-title">
          <h2 id="new-title">{t('transfers.newTitle')}</h2>
          <DateForm c={c} value={page.defaultDate} headingId="new-title" />
        </section>

        <h2>{t('transfers.waitingTitle')}</h2>
        {page.waiting.length === 0 ? (
          <p>{t('transfers.waitingNone')}</p>
        ) : (
          <table class="data-table">
            <caption>{t('transfers.waitingCaption', { count: page.waiting.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('transfers.statement')}</th>
                <th scope="col">{t('transfers.worker')}</th>
                <th scope="col">{t('transfers.month')}</th>
                <th scope="col">{t('transfers.scheduledOn')}</th>
                <th scope="col">{t('transfers.amount')}</th>
                <th scope="col">{t('transfers.account')}</th>
              </tr>
            </thead>
            <tbody>
              {page.waiting.map((row) => (
                <tr>
                  <td>{t('transfers.statementNumber', { number: row.number })}</td>
                  <th scope="row">{row.workerName}</th>
                  <td>{formatMonth(row.month, locale)}</td>
                  <td>{formatBusinessDate(row.scheduledOn, locale, { year: true })}</td>
                  <td class="numeric">{formatYen(row.paymentYen, locale)}</td>
                  <td>{row.sealedAccount ? t('transfers.accountRegistered') : t('transfers.accountMissing')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}

        <h2>{t('transfers.batchesTitle')}</h2>
        {page.batches.length === 0 ? (
          <p>{t('transfers.batchesNone')}</p>
        ) : (
          <table class="data-table">
            <caption>{t('transfers.batchesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('transfers.batchNumber')}</th>
                <th scope="col">{t('transfers.transferOn')}</th>
                <th scope="col">{t('transfers.count')}</th>
                <th scope="col">{t('transfers.total')}</th>
                <th scope="col">{t('transfers.state')}</th>
              </tr>
            </thead>
            <tbody>
              {page.batches.map((batch) => (
                <tr>
                  <th scope="row">
                    <a href={`/transfers/${batch.id}`}>{t('transfers.batchNumberValue', { number: batch.number })}</a>
                  </th>
                  <td>{formatBusinessDate(batch.transferOn, locale, { year: true })}</td>
                  <td class="numeric">{batch.recordCount}</td>
                  <td class="numeric">{formatYen(batch.totalYen, locale)}</td>
                  <td>{batchState(t, locale, batch)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>
    ),
  });
}

/**
 * `/transfers/new?on=…`: what a file for that date would pay and what it cannot, with the button
 * that makes it. Without a valid date, only the date form with its problem.
 */
export function renderTransferPreview(
  c: AppContext,
  page: { transferOn: string; gathered?: GatheredTransfers | undefined; state?: FormState; problem?: MessageKey | undefined },
  status: FormPageStatus = 200,
) {
  const { t, locale, user } = c.var;
  const { gathered } = page;
  const errors: FieldErrors = page.state?.errors ?? {};
  const total = gathered ? gathered.ready.reduce((sum, row) => sum + row.paymentYen, 0) : 0;
  const title = gathered ? t('transfers.previewTitle', { date: formatBusinessDate(page.transferOn, locale, { year: true }) }) : t('transfers.newTitle');
  return renderPage(
    c,
    {
      title,
      children: (
        <>
          <FormProblem problem={page.problem ? t(page.problem) : undefined} />
          <ErrorSummary t={t} errors={errors} labels={{ transferOn: 'transfers.transferOn' }} />
          <section aria-labelledby="date-title">
            <h2 id="date-title">{t('transfers.changeDate')}</h2>
            <DateForm c={c} value={page.state?.values?.transferOn ?? page.transferOn} error={errors.transferOn} headingId="date-title" />
          </section>
          {gathered ? (
            <>
              {gathered.requester ? null : (
                <p class="form-problem" role="alert">
                  {t('transfers.settingsMissing')}{' '}
                  {can(user, 'money.settings') ? <a href="/settings/money">{t('transfers.settingsLink')}</a> : t('transfers.settingsAskAdmin')}
                </p>
              )}
              <h2 id="ready-title">{t('transfers.readyTitle')}</h2>
              {gathered.ready.length === 0 ? (
                <p>{t('transfers.readyNone')}</p>
              ) : (
                <>
                  <table class="data-table">
                    <caption>{t('transfers.readyCaption', { count: gathered.ready.length, total: formatYen(total, locale) })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('transfers.statement')}</th>
                        <th scope="col">{t('transfers.worker')}</th>
                        <th scope="col">{t('transfers.month')}</th>
                        <th scope="col">{t('transfers.legalDueOn')}</th>
                        <th scope="col">{t('transfers.amount')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {gathered.ready.map((row) => (
                        <tr>
                          <td>{t('transfers.statementNumber', { number: row.number })}</td>
                          <th scope="row">{row.workerName}</th>
                          <td>{formatMonth(row.month, locale)}</td>
                          <td>
                            {formatBusinessDate(row.legalDueOn, locale, { year: true })}
                            {row.legalDueOn < page.transferOn ? <strong class="field__error">{` ${t('transfers.late')}`}</strong> : null}
                          </td>
                          <td class="numeric">{formatYen(row.paymentYen, locale)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  {gathered.requester ? (
                    <form method="post" action="/transfers" aria-labelledby="ready-title">
                      <CsrfField c={c} />
                      <input type="hidden" name="transferOn" value={page.transferOn} />
                      <p>{t('transfers.createLead', { count: gathered.ready.length })}</p>
                      <SubmitButton>{t('transfers.create')}</SubmitButton>
                    </form>
                  ) : null}
                </>
              )}
              {gathered.problems.length > 0 ? (
                <>
                  <h2>{t('transfers.problemsTitle')}</h2>
                  <p>{t('transfers.problemsLead')}</p>
                  <table class="data-table">
                    <caption>{t('transfers.problemsCaption', { count: gathered.problems.length })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('transfers.statement')}</th>
                        <th scope="col">{t('transfers.worker')}</th>
                        <th scope="col">{t('transfers.amount')}</th>
                        <th scope="col">{t('transfers.problem')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {gathered.problems.map((row) => (
                        <tr>
                          <td>{t('transfers.statementNumber', { number: row.number })}</td>
                          <th scope="row">{row.workerName}</th>
                          <td class="numeric">{formatYen(row.paymentYen, locale)}</td>
                          <td>
                            {problemText(t, row)}{' '}
                            {can(user, 'workers.manage') ? <a href={`/workers/${row.workerId}`}>{t('transfers.fixAccount')}</a> : null}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </>
              ) : null}
            </>
          ) : null}
          <p>
            <a href="/transfers">{t('transfers.back')}</a>
          </p>
        </>
      ),
    },
    status,
  );
}

/**
 * `/transfers/:id`: the batch, its downloads, the statements it pays, and while it waits for the
 * bank, the confirmation and the cancellation (two forms; the cancellation's fields carry `cancel-`).
 */
export function renderTransferBatchPage(
  c: AppContext,
  page: { batch: TransferBatch; notice?: string | undefined; confirm?: FormState; cancel?: FormState; problem?: string | undefined },
  status: FormPageStatus = 200,
) {
  const { t, locale } = c.var;
  const { batch } = page;
  const date = (day: string) => formatBusinessDate(day, locale, { year: true });
  const errors = page.confirm?.errors ?? {};
  const cancel = prefixedFormState(page.cancel, 'cancel-');
  return renderPage(
    c,
    {
      title: t('transfers.batchTitle', { number: batch.number, date: date(batch.transferOn) }),
      notice: page.notice,
      children: (
        <>
          <FormProblem problem={page.problem} />
          <dl class="details">
            <dt>{t('transfers.transferOn')}</dt>
            <dd>{date(batch.transferOn)}</dd>
            <dt>{t('transfers.count')}</dt>
            <dd>{batch.recordCount}</dd>
            <dt>{t('transfers.total')}</dt>
            <dd>{formatYen(batch.totalYen, locale)}</dd>
            <dt>{t('transfers.createdBy')}</dt>
            <dd>{batch.createdByName ?? ''}</dd>
            <dt>{t('transfers.createdAt')}</dt>
            <dd>{formatDateTime(batch.createdAt, locale)}</dd>
            <dt>{t('transfers.state')}</dt>
            <dd>{batchState(t, locale, batch)}</dd>
            {batch.confirmedOn ? (
              <>
                <dt>{t('transfers.confirmedBy')}</dt>
                <dd>{batch.confirmedByName ?? ''}</dd>
              </>
            ) : null}
            {batch.cancelledAt ? (
              <>
                <dt>{t('transfers.cancelledBy')}</dt>
                <dd>{batch.cancelledByName ?? ''}</dd>
                <dt>{t('transfers.cancelReason')}</dt>
                <dd>{batch.cancelReason}</dd>
              </>
            ) : null}
          </dl>

          <h2>{t('transfers.downloadTitle')}</h2>
          <p>{t('transfers.downloadLead')}</p>
          <ul>
            <li>
              <a href={`/transfers/${batch.id}/zengin`} download>
                {t('transfers.downloadZengin')}
              </a>
            </li>
            {tableFileFormats.map((format) => (
              <li>
                <a href={`/transfers/${batch.id}/list?format=${format}`} download>
                  {t(format === 'xlsx' ? 'transfers.downloadXlsx' : format === 'csv' ? 'transfers.downloadCsv' : 'transfers.downloadCsvSjis')}
                </a>
              </li>
            ))}
          </ul>

          <table class="data-table">
            <caption>{t('transfers.statementsCaption', { count: batch.statements.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('transfers.statement')}</th>
                <th scope="col">{t('transfers.worker')}</th>
                <th scope="col">{t('transfers.month')}</th>
                <th scope="col">{t('transfers.amount')}</th>
                <th scope="col">{t('transfers.statementStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {batch.statements.map((statement) => (
                <tr>
                  <td>{t('transfers.statementNumber', { number: statement.number })}</td>
                  <th scope="row">{statement.workerName}</th>
                  <td>{formatMonth(statement.month, locale)}</td>
                  <td class="numeric">{formatYen(statement.paymentYen, locale)}</td>
                  <td>{statement.paidOn ? t('transfers.statementStatus.paid', { date: date(statement.paidOn) }) : t('transfers.statementStatus.closed')}</td>
                </tr>
              ))}
            </tbody>
          </table>

          {batch.confirmedOn ? (
            <p>{t('transfers.alreadyConfirmed', { date: date(batch.confirmedOn) })}</p>
          ) : batch.cancelledAt ? (
            <p>{t('transfers.alreadyCancelled')}</p>
          ) : (
            <>
              <section aria-labelledby="confirm-title">
                <h2 id="confirm-title">{t('transfers.confirmTitle')}</h2>
                <p>{t('transfers.confirmLead')}</p>
                <ErrorSummary t={t} errors={errors} labels={{ paidOn: 'transfers.paidOn' }} />
                <form method="post" action={`/transfers/${batch.id}/confirm`} novalidate aria-labelledby="confirm-title">
                  <CsrfField c={c} />
                  <TextField t={t} name="paidOn" label="transfers.paidOn" hint="transfers.paidOnHint" value={page.confirm?.values?.paidOn ?? batch.transferOn} error={errors.paidOn} required autocomplete="off" />
                  <SubmitButton>{t('transfers.confirm')}</SubmitButton>
                </form>
              </section>
              <section aria-labelledby="cancel-title">
                <h2 id="cancel-title">{t('transfers.cancelTitle')}</h2>
                <p>{t('transfers.cancelLead')}</p>
                <ErrorSummary t={t} errors={cancel.errors} labels={namesWithPrefix({ reason: 'transfers.cancelReason' }, 'cancel-')} />
                <form method="post" action={`/transfers/${batch.id}/cancel`} novalidate aria-labelledby="cancel-title">
                  <CsrfField c={c} />
                  <TextAreaField
                    t={t}
                    name="cancel-reason"
                    label="transfers.cancelReason"
                    hint="transfers.cancelReasonHint"
                    value={cancel.values['cancel-reason']}
                    error={cancel.errors['cancel-reason']}
                    required
                    rows={2}
                  />
                  <SubmitButton secondary>{t('transfers.cancel')}</SubmitButton>
                </form>
              </section>
            </>
          )}
          <p>
            <a href="/transfers">{t('transfers.back')}</a>
          </p>
        </>
      ),
    },
    status,
  );
}

/** `/year-end?year=…`: per worker, what was paid in the year; downloads (with addresses) in three formats. */
export function renderYearEndPage(c: AppContext, page: { year: number; rows: YearEndRow[] }) {
  const { t, locale } = c.var;
  return renderPage(c, {
    title: t('yearEnd.title', { year: page.year }),
    children: (
      <>
        <p>{t('yearEnd.lead', { year: page.year })}</p>
        <form method="get" action="/year-end" class="filters" aria-label={t('yearEnd.year')}>
          <TextField t={t} name="year" label="yearEnd.year" value={String(page.year)} inputmode="numeric" autocomplete="off" />
          <SubmitButton secondary>{t('yearEnd.show')}</SubmitButton>
        </form>
        {page.rows.length === 0 ? (
          <p>{t('yearEnd.none')}</p>
        ) : (
          <>
            <h2>{t('yearEnd.download')}</h2>
            <ul>
              {tableFileFormats.map((format) => (
                <li>
                  <a href={`/year-end/download?year=${page.year}&format=${format}`} download>
                    {t(`tableFormat.${format}`)}
                  </a>
                </li>
              ))}
            </ul>
            <table class="data-table">
              <caption>{t('yearEnd.caption', { year: page.year, count: page.rows.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('yearEnd.column.name')}</th>
                  <th scope="col">{t('yearEnd.column.registrationNumber')}</th>
                  <th scope="col">{t('yearEnd.column.categories')}</th>
                  <th scope="col">{t('yearEnd.column.count')}</th>
                  <th scope="col">{t('yearEnd.column.gross')}</th>
                  <th scope="col">{t('yearEnd.column.withholding')}</th>
                  <th scope="col">{t('yearEnd.column.paid')}</th>
                </tr>
              </thead>
              <tbody>
                {page.rows.map((row) => (
                  <tr>
                    <th scope="row">{row.fullName ?? row.displayName}</th>
                    <td>{row.registrationNumber ?? ''}</td>
                    <td>{categoryNames(t, row.categories)}</td>
                    <td class="numeric">{row.statementCount}</td>
                    <td class="numeric">{formatYen(row.grossYen, locale)}</td>
                    <td class="numeric">{formatYen(row.withholdingYen, locale)}</td>
                    <td class="numeric">{formatYen(row.paidYen, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        <p>
          <a href="/transfers">{t('transfers.back')}</a>
        </p>
      </>
    ),
  });
}
