import type { AppContext } from '../../app-env';
import { FigureTable } from '../../ui/figure-table';
import { formatMonth } from '../../ui/format';
import type { Locale, Translate } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import { todayInJapan } from '../availability/calendar';
import { formatBusinessDate } from '../availability/format';
import type { PayStatementDetails } from './find-pay-statement';
import type { payStatements } from './schema';
import { statementFigures } from './statement-figures';

/** A statement's state for people: closed and waiting for the transfer, or paid on a date. */
export function statementStatus(t: Translate, locale: Locale, statement: Pick<typeof payStatements.$inferSelect, 'status' | 'paidOn'>): string {
  return statement.status === 'paid' && statement.paidOn ? t('pay.status.paid', { date: formatBusinessDate(statement.paidOn, locale) }) : t('pay.status.closed');
}

/** One 支払通知書 on screen, for staff (`/pay/statements/:id`) or its worker (`/me/pay/:id`). */
export function renderStatementPage(c: AppContext, details: PayStatementDetails, links: { pdf: string; back: string; backLabel: 'pay.statement.back' | 'pay.me.back' }) {
  const { t, locale } = c.var;
  const { statement } = details;
  const date = (value: string) => formatBusinessDate(value, locale, { year: true });
  const figures = statementFigures(details, t, locale);
  return renderPage(c, {
    title: t('pay.statement.title', { month: formatMonth(statement.month, locale) }),
    children: (
      <>
        <p>
          <a href={links.pdf}>{t('pay.statement.pdf')}</a>
        </p>
        <section aria-labelledby="details-title">
          <h2 id="details-title">{t('pay.statement.detailsTitle')}</h2>
          <dl class="details">
            <dt>{t('pay.pdf.number')}</dt>
            <dd>{statement.number}</dd>
            <dt>{t('pay.column.worker')}</dt>
            <dd>{details.workerName}</dd>
            <dt>{t('pay.statement.registration')}</dt>
            <dd>{statement.invoiceRegistrationNumber ?? t('pay.notRegistered')}</dd>
            <dt>{t('pay.statement.closedAt')}</dt>
            <dd>{date(todayInJapan(statement.closedAt))}</dd>
            <dt>{t('pay.column.scheduledOn')}</dt>
            <dd>{date(statement.scheduledOn)}</dd>
            <dt>{t('pay.column.legalDueOn')}</dt>
            <dd>{date(statement.legalDueOn)}</dd>
            <dt>{t('pay.column.status')}</dt>
            <dd>{statementStatus(t, locale, statement)}</dd>
          </dl>
        </section>
        <section aria-labelledby="lines-title">
          <h2 id="lines-title">{t('pay.statement.linesTitle')}</h2>
          {details.lines.length === 0 ? (
            <p>{t('pay.statement.linesNone')}</p>
          ) : (
            <FigureTable caption={t('pay.statement.linesCaption', { count: details.lines.length })} columns={figures.lineColumns} rows={figures.lineRows.map(toFigureRow)} numeric="last" />
          )}
        </section>
        {details.adjustments.length > 0 ? (
          <section aria-labelledby="adjustments-title">
            <h2 id="adjustments-title">{t('pay.statement.adjustmentsTitle')}</h2>
            <FigureTable caption={t('pay.statement.adjustmentsCaption', { count: details.adjustments.length })} columns={figures.adjustmentColumns} rows={figures.adjustmentRows.map(toFigureRow)} numeric="last" />
          </section>
        ) : null}
        <section aria-labelledby="totals-title">
          <h2 id="totals-title">{t('pay.statement.totalsTitle')}</h2>
          <table class="quote-totals">
            <caption class="visually-hidden">{t('pay.statement.totalsCaption')}</caption>
            <tbody>
              {figures.totals.map(([label, value], index) => (
                <tr class={index === figures.totals.length - 1 ? 'quote-totals__total' : undefined}>
                  <th scope="row">{label}</th>
                  <td class="numeric">{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="field__hint">{t('pay.statement.note')}</p>
        </section>
        <p>
          <a href={links.back}>{t(links.backLabel)}</a>
        </p>
      </>
    ),
  });
}

const toFigureRow = ([label, ...cells]: string[]) => ({ label, cells });
