import type { AppContext } from '../../app-env';
import { CsrfField, FormProblem } from '../../ui/form';
import { formatDateTime } from '../../ui/format';
import type { Locale, Translate } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import { formatBusinessDate } from '../availability/format';
import type { FoundTermsNotice } from './find-terms-notice';
import { awaitsAnswer, type TermsNoticeListRow } from './list-worker-terms-notices';
import { responseText } from './notice-pdf';
import { changedItemKeys, termsNoticeSections } from './notice-sections';

/** What a notice covers, in a few words: the task, or the package and day of a planner offer (and how many more). */
function workName(t: Translate, locale: Locale, row: Pick<TermsNoticeListRow, 'content'>): string {
  const [first, ...more] = row.content.works;
  const name = first!.kind === 'task' ? first!.title : t('termsNotices.work.planName', { package: first!.packageTitle, date: formatBusinessDate(first!.workDate, locale) });
  return more.length ? t('termsNotices.work.andMore', { name, count: more.length }) : name;
}

const orderName = (t: Translate, row: Pick<TermsNoticeListRow, 'content'>) => t('termsNotices.orderName', { number: row.content.order.number, title: row.content.order.title });

/** The answer (or that one is awaited), bold while the worker still has to act. */
function ResponseCell(props: { t: Translate; locale: Locale; row: Pick<TermsNoticeListRow, 'response' | 'respondedAt' | 'requiresAgreement' | 'superseded'> }) {
  const { t, row } = props;
  if (awaitsAnswer(row)) return <strong>{responseText(t, props.locale, row)}</strong>;
  return <>{row.response ? responseText(t, props.locale, row) : t('termsNotices.status.superseded')}</>;
}

/** /me/terms: the worker's notices, those awaiting an answer first. */
export function renderWorkerNoticeList(c: AppContext, rows: TermsNoticeListRow[]) {
  const { t, locale } = c.var;
  const waiting = rows.filter(awaitsAnswer).length;
  return renderPage(c, {
    title: t('termsNotices.listTitle'),
    children: (
      <>
        <p>{t('termsNotices.listLead')}</p>
        {rows.length === 0 ? (
          <p>{t('termsNotices.none')}</p>
        ) : (
          <>
            <p>{waiting > 0 ? t('termsNotices.waitingCount', { count: waiting }) : t('termsNotices.allAnswered')}</p>
            <table class="data-table">
              <caption>{t('termsNotices.listCaption', { count: rows.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('termsNotices.column.number')}</th>
                  <th scope="col">{t('termsNotices.column.issuedAt')}</th>
                  <th scope="col">{t('termsNotices.column.order')}</th>
                  <th scope="col">{t('termsNotices.column.work')}</th>
                  <th scope="col">{t('termsNotices.column.source')}</th>
                  <th scope="col">{t('termsNotices.column.status')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr class={awaitsAnswer(row) ? 'unread' : undefined}>
                    <th scope="row">
                      <a href={`/me/terms/${row.id}`}>{t('termsNotices.numberLink', { number: row.number })}</a>
                    </th>
                    <td>{formatDateTime(row.issuedAt, locale)}</td>
                    <td>{orderName(t, row)}</td>
                    <td>{workName(t, locale, row)}</td>
                    <td>{t(`termsNotices.source.${row.source}`)}</td>
                    <td>
                      <ResponseCell t={t} locale={locale} row={row} />
                    </td>
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

const doneNotices = {
  acknowledged: 'termsNotices.done.acknowledged',
  agreed: 'termsNotices.done.agreed',
  refused: 'termsNotices.done.refused',
} as const;

/** The answer buttons: acknowledge a notice, or agree to or refuse changed terms. */
function AnswerForms(props: { c: AppContext; notice: FoundTermsNotice }) {
  const { c, notice } = props;
  const { t } = c.var;
  const action = (answer: string) => `/me/terms/${notice.id}/${answer}`;
  if (!notice.requiresAgreement) {
    return (
      <form method="post" action={action('acknowledge')}>
        <CsrfField c={c} />
        <button type="submit" class="button">
          {t('termsNotices.acknowledge')}
        </button>
      </form>
    );
  }
  return (
    <div class="button-row">
      <form method="post" action={action('agree')}>
        <CsrfField c={c} />
        <button type="submit" class="button">
          {t('termsNotices.agree')}
        </button>
      </form>
      <form method="post" action={action('refuse')}>
        <CsrfField c={c} />
        <button type="submit" class="button button--secondary">
          {t('termsNotices.refuse')}
        </button>
      </form>
    </div>
  );
}

/** /me/terms/:id: the whole notice, changed items marked, with the worker's answer or the buttons to give it. */
export function renderWorkerNotice(c: AppContext, notice: FoundTermsNotice, options: { problem?: string | undefined; status?: 200 | 409 } = {}) {
  const { t, locale } = c.var;
  const sections = termsNoticeSections(t, locale, notice.content);
  const changed = notice.previous ? changedItemKeys(sections, termsNoticeSections(t, locale, notice.previous.content)) : new Set<string>();
  const done = c.req.query('done');
  const awaiting = awaitsAnswer({ ...notice, superseded: notice.supersededBy !== null });
  return renderPage(
    c,
    {
      title: t('termsNotices.title', { number: notice.number }),
      notice: done && Object.hasOwn(doneNotices, done) ? t(doneNotices[done as keyof typeof doneNotices]) : undefined,
      children: (
        <>
          <FormProblem problem={options.problem} />
          <p>{t(`termsNotices.source.${notice.source}`)}</p>
          <p>
            {t('termsNotices.issuedAt', { date: formatDateTime(notice.issuedAt, locale) })}
            <br />
            <ResponseCell t={t} locale={locale} row={{ ...notice, superseded: notice.supersededBy !== null }} />
          </p>
          {notice.previous ? (
            <div class="notice">
              <p>
                {t('termsNotices.change.lead', { order: notice.content.order.title })}{' '}
                <a href={`/me/terms/${notice.previous.id}`}>{t('termsNotices.change.previousLink', { number: notice.previous.number })}</a>
              </p>
              <p>{t('termsNotices.change.giveBack')}</p>
              <p>{t('termsNotices.change.changedCount', { count: changed.size })}</p>
            </div>
          ) : null}
          {notice.supersededBy ? (
            <p class="notice">
              {t('termsNotices.change.supersededBy')} <a href={`/me/terms/${notice.supersededBy.id}`}>{t('termsNotices.numberLink', { number: notice.supersededBy.number })}</a>
            </p>
          ) : null}
          {sections.map((section) => (
            <section aria-labelledby={`section-${section.key}`}>
              <h2 id={`section-${section.key}`}>{section.title}</h2>
              <dl class="details">
                {section.rows.map((row) => (
                  <>
                    <dt>
                      {row.label}
                      {changed.has(row.key) ? <strong>{` ${t('termsNotices.change.mark')}`}</strong> : null}
                    </dt>
                    <dd class="note-body">{row.value}</dd>
                  </>
                ))}
              </dl>
            </section>
          ))}
          <section aria-labelledby="answer-title">
            <h2 id="answer-title">{t('termsNotices.responseTitle')}</h2>
            {awaiting ? (
              <>
                <p>{t(notice.requiresAgreement ? 'termsNotices.agreeLead' : 'termsNotices.acknowledgeLead')}</p>
                <AnswerForms c={c} notice={notice} />
              </>
            ) : (
              <p>
                <ResponseCell t={t} locale={locale} row={{ ...notice, superseded: true }} />
              </p>
            )}
          </section>
          <ul class="link-list">
            <li>
              <a href={`/me/terms/${notice.id}/pdf`}>{t('termsNotices.pdfLink')}</a>
            </li>
            <li>
              <a href="/me/terms">{t('termsNotices.backToList')}</a>
            </li>
            <li>
              <a href="/tasks">{t('termsNotices.tasksLink')}</a>
            </li>
          </ul>
          <p class="field__hint">{t('termsNotices.sha256', { hash: notice.contentSha256 })}</p>
        </>
      ),
    },
    options.status ?? 200,
  );
}

/** /orders/:id/terms-notices: every notice issued on the order, with each worker's answer, for staff. */
export function renderOrderNoticeList(
  c: AppContext,
  page: { order: { id: string; number: number; title: string }; rows: (TermsNoticeListRow & { workerName: string })[] },
) {
  const { t, locale } = c.var;
  const { order, rows } = page;
  return renderPage(c, {
    title: t('termsNotices.orderTitle', { number: order.number, title: order.title }),
    children: (
      <>
        <p>{t('termsNotices.orderLead')}</p>
        {rows.length === 0 ? (
          <p>{t('termsNotices.orderNone')}</p>
        ) : (
          <table class="data-table">
            <caption>{t('termsNotices.orderCaption', { count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('termsNotices.column.number')}</th>
                <th scope="col">{t('termsNotices.column.worker')}</th>
                <th scope="col">{t('termsNotices.column.issuedAt')}</th>
                <th scope="col">{t('termsNotices.column.work')}</th>
                <th scope="col">{t('termsNotices.column.source')}</th>
                <th scope="col">{t('termsNotices.column.status')}</th>
                <th scope="col">{t('termsNotices.column.pdf')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr>
                  <th scope="row">{t('termsNotices.numberLink', { number: row.number })}</th>
                  <td>{row.workerName}</td>
                  <td>{formatDateTime(row.issuedAt, locale)}</td>
                  <td>{workName(t, locale, row)}</td>
                  <td>{t(`termsNotices.source.${row.source}`)}</td>
                  <td>
                    <ResponseCell t={t} locale={locale} row={row} />
                  </td>
                  <td>
                    <a href={`/orders/${order.id}/terms-notices/${row.id}/pdf`} aria-label={t('termsNotices.pdfNamed', { number: row.number })}>
                      {t('termsNotices.pdf')}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p>
          <a href={`/orders/${order.id}`}>{t('termsNotices.backToOrder')}</a>
        </p>
      </>
    ),
  });
}
