import type { AppContext } from '../../app-env';
import { CsrfField, ErrorSummary, SubmitButton, TextAreaField, type FieldErrors } from '../../ui/form';
import { formatDateTime, formatFileSize } from '../../ui/format';
import type { Locale, Translate } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import { formatBusinessDate } from '../availability/format';
import type { SubmissionForReview } from './find-submission-for-review';
import type { ReviewQueue } from './list-review-queue';
import { formatAmount } from './progress-view';

/** Minutes as hours for people: 125 → "2.1時間" / "2.1 h". */
export function formatHours(minutes: number, locale: Locale): string {
  return formatAmount(minutes / 60, locale);
}

/** 「研修（OJT）」: work by a trainee on the team, which wants more detailed feedback. */
function OjtBadge(props: { t: Translate }) {
  return <strong class="ojt-badge">{props.t('review.ojt')}</strong>;
}

export function renderReviewQueue(c: AppContext, queue: ReviewQueue, notice?: string) {
  const { t, locale } = c.var;
  return renderPage(c, {
    title: t('review.title'),
    notice,
    children: (
      <>
        <p>{t('review.lead')}</p>
        {queue.items.length === 0 ? (
          <p>{t('review.none')}</p>
        ) : (
          <>
            <section aria-labelledby="per-order-title">
              <h2 id="per-order-title">{t('review.perOrderTitle')}</h2>
              <ul>
                {queue.perOrder.map((order) => (
                  <li>{t('review.perOrderItem', { number: order.orderNumber, title: order.orderTitle, count: order.count })}</li>
                ))}
              </ul>
            </section>
            <table class="data-table">
              <caption>{t('review.caption', { count: queue.items.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('review.task')}</th>
                  <th scope="col">{t('review.order')}</th>
                  <th scope="col">{t('review.package')}</th>
                  <th scope="col">{t('review.worker')}</th>
                  <th scope="col">{t('review.units')}</th>
                  <th scope="col">{t('review.submittedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {queue.items.map((item) => (
                  <tr>
                    <th scope="row">
                      <a href={`/review/${item.submissionId}`} aria-label={t('review.open', { task: item.taskTitle })}>
                        {item.taskTitle}
                      </a>
                    </th>
                    <td>{t('review.orderName', { number: item.orderNumber, title: item.orderTitle })}</td>
                    <td>{item.packageTitle}</td>
                    <td>
                      {item.workerName}
                      {item.ojt ? (
                        <>
                          {' '}
                          <OjtBadge t={t} />
                        </>
                      ) : null}
                    </td>
                    <td>{t('review.unitsValue', { units: formatAmount(item.units, locale), unit: item.unitName })}</td>
                    <td>{formatDateTime(item.submittedAt, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </>
    ),
  });
}

export type ReviewPageState = { errors?: FieldErrors; comment?: string; problem?: string };

export function renderReviewPage(c: AppContext, item: SubmissionForReview, state: ReviewPageState = {}, status: 200 | 400 | 409 = 200) {
  const { t, locale } = c.var;
  const units = (value: number) => formatAmount(value, locale);
  return renderPage(
    c,
    {
      title: t('review.pageTitle', { task: item.taskTitle }),
      children: (
        <>
          {state.problem ? (
            <p class="form-problem" role="alert">
              {state.problem}
            </p>
          ) : null}
          <ErrorSummary t={t} errors={state.errors ?? {}} labels={{ comment: 'review.comment' }} />
          {item.trainingRatePercent === null ? null : <p class="notice">{t('review.ojtHint')}</p>}
          <section aria-labelledby="details-title">
            <h2 id="details-title">{t('review.detailsTitle')}</h2>
            <dl class="details">
              <dt>{t('review.order')}</dt>
              <dd>{t('review.orderName', { number: item.orderNumber, title: item.orderTitle })}</dd>
              <dt>{t('review.package')}</dt>
              <dd>{item.packageTitle}</dd>
              <dt>{t('review.worker')}</dt>
              <dd>
                {item.workerName}
                {item.trainingRatePercent === null ? null : (
                  <>
                    {' '}
                    <OjtBadge t={t} />
                  </>
                )}
              </dd>
              <dt>{t('review.submittedAt')}</dt>
              <dd>{formatDateTime(item.submittedAt, locale)}</dd>
              <dt>{t('review.submittedUnits')}</dt>
              <dd>{t('review.submittedUnitsValue', { units: units(item.units), taskUnits: units(item.taskUnits), unit: item.unitName })}</dd>
              <dt>{t('review.logged')}</dt>
              <dd>
                {t('review.loggedValue', { logged: formatHours(item.loggedMinutes, locale), estimate: formatHours(item.estimateMinutes, locale) })}
              </dd>
              <dt>{t('review.deadline')}</dt>
              <dd>{formatBusinessDate(item.deadline, locale, { year: true })}</dd>
              <dt>{t('review.note')}</dt>
              <dd>{item.note ?? t('review.noNote')}</dd>
            </dl>
          </section>
          <section aria-labelledby="instructions-title">
            <h2 id="instructions-title">{t('review.instructionsTitle')}</h2>
            <p class="note-body">{item.instructions ?? t('review.noInstructions')}</p>
          </section>
          <section aria-labelledby="files-title">
            <h2 id="files-title">{t('review.filesTitle')}</h2>
            {item.files.length === 0 ? (
              <p>{t('review.noFiles')}</p>
            ) : (
              <ul>
                {item.files.map((file) => (
                  <li>
                    <a href={`/files/${file.id}`}>{t('review.file', { name: file.name, size: formatFileSize(file.sizeBytes, locale) })}</a>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="history-title">
            <h2 id="history-title">{t('review.historyTitle')}</h2>
            {item.earlierReviews.length === 0 ? (
              <p>{t('review.noHistory')}</p>
            ) : (
              <ul class="notes">
                {item.earlierReviews.map((review) => (
                  <li>
                    <p>
                      {t('review.historyItem', {
                        date: review.reviewedAt ? formatDateTime(review.reviewedAt, locale) : '',
                        reviewer: review.reviewerName ?? t('review.someone'),
                        decision: t(`review.decision.${review.decision!}`),
                      })}
                    </p>
                    {review.comment ? <p class="note-body">{review.comment}</p> : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {item.decision ? <ReviewResult c={c} item={item} /> : <ReviewForms c={c} item={item} state={state} />}
          <ul class="link-list">
            <li>
              <a href={`/orders/${item.orderId}/progress`}>{t('review.progressLink')}</a>
            </li>
            <li>
              <a href="/review">{t('review.back')}</a>
            </li>
          </ul>
        </>
      ),
    },
    status,
  );
}

function ReviewResult(props: { c: AppContext; item: SubmissionForReview }) {
  const { t, locale } = props.c.var;
  const { item } = props;
  return (
    <section aria-labelledby="result-title">
      <h2 id="result-title">{t('review.resultTitle')}</h2>
      <p>
        {item.decision === 'accepted'
          ? t('review.resultAccepted', { date: formatBusinessDate(item.inspectedOn!, locale, { year: true }) })
          : t('review.resultReturned', { date: formatDateTime(item.reviewedAt!, locale) })}
      </p>
      {item.comment ? <p class="note-body">{item.comment}</p> : null}
      <p>{t('review.resultBy', { name: item.reviewerName ?? t('review.someone') })}</p>
    </section>
  );
}

function ReviewForms(props: { c: AppContext; item: SubmissionForReview; state: ReviewPageState }) {
  const { c, item, state } = props;
  const { t } = c.var;
  return (
    <section aria-labelledby="decide-title" class="review-forms">
      <h2 id="decide-title">{t('review.decideTitle')}</h2>
      {item.needsReview ? null : <p>{t('review.notForReview')}</p>}
      <form method="post" action={`/review/${item.id}/accept`} aria-labelledby="accept-title">
        <h3 id="accept-title">{t('review.acceptTitle')}</h3>
        <p>{t('review.acceptHint')}</p>
        <CsrfField c={c} />
        <SubmitButton>{t('review.accept')}</SubmitButton>
      </form>
      <form method="post" action={`/review/${item.id}/return`} aria-labelledby="return-title" novalidate>
        <h3 id="return-title">{t('review.returnTitle')}</h3>
        <p>{t('review.returnHint')}</p>
        <CsrfField c={c} />
        <TextAreaField t={t} name="comment" label="review.comment" hint="review.commentHint" value={state.comment} error={state.errors?.comment} required />
        <SubmitButton secondary>{t('review.return')}</SubmitButton>
      </form>
    </section>
  );
}
