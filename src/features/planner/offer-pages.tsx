import type { AppContext } from '../../app-env';
import { groupBy } from '../../group-by';
import { CsrfField, ErrorSummary, FormProblem, TextAreaField } from '../../ui/form';
import type { FormState } from '../../ui/form-page';
import type { Translate } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import { formatBusinessDate } from '../availability/format';
import { formatDuration } from '../tasks/duration';
import type { WorkerOffer } from './list-worker-offers';
import { placeText } from './plan-words';

/** A decline form that was sent back with a problem: which offer, and what was typed. */
export type DeclineState = { offerId: string; state: FormState };

const noteField = (offerId: string) => `decline-${offerId}-note`;

const offerName = (t: Translate, offer: WorkerOffer) => t('planner.packageName', { title: offer.packageTitle, order: offer.orderTitle, number: offer.orderNumber });

/** The worker's offers waiting for an answer (by date, each with accept and decline) and the work they accepted. */
export function renderOfferPage(
  c: AppContext,
  page: { offers: WorkerOffer[]; notice?: string | undefined; problem?: string | undefined; decline?: DeclineState },
  status: 200 | 400 | 409 = 200,
) {
  const { t, locale } = c.var;
  const open = page.offers.filter((offer) => offer.status === 'offered');
  const accepted = page.offers.filter((offer) => offer.status === 'accepted');
  const declineNoteError = page.decline?.state.errors?.note;
  const summaryErrors = page.decline && declineNoteError ? { [noteField(page.decline.offerId)]: declineNoteError } : {};
  return renderPage(
    c,
    {
      title: t('planner.offers.title'),
      notice: page.notice,
      children: (
        <>
          <p>{t('planner.offers.lead')}</p>
          <FormProblem problem={page.problem} />
          <ErrorSummary t={t} errors={summaryErrors} labels={page.decline ? { [noteField(page.decline.offerId)]: 'planner.offers.note' } : {}} />

          <section aria-labelledby="open-offers-title">
            <h2 id="open-offers-title">{t('planner.offers.openTitle')}</h2>
            {open.length === 0 ? <p>{t('planner.offers.openNone')}</p> : null}
            {[...groupBy(open, (offer) => offer.workDate)].map(([date, offers]) => (
              <section aria-labelledby={`offers-${date}`}>
                <h3 id={`offers-${date}`}>{formatBusinessDate(date, locale)}</h3>
                <ul class="plain-list">
                  {offers.map((offer) => {
                    const name = offerName(t, offer);
                    const dateText = formatBusinessDate(offer.workDate, locale);
                    const field = noteField(offer.id);
                    const declining = page.decline?.offerId === offer.id ? page.decline.state : undefined;
                    return (
                      <li class="task-offer">
                        <h4>{name}</h4>
                        <dl class="details">
                          <dt>{t('planner.column.time')}</dt>
                          <dd>{formatDuration(t, offer.minutes)}</dd>
                          <dt>{t('planner.column.units')}</dt>
                          <dd>{t('planner.offers.unitsValue', { units: offer.estimatedUnits, unit: offer.unitName })}</dd>
                          <dt>{t('planner.column.place')}</dt>
                          <dd>{placeText(t, locale, offer)}</dd>
                          <dt>{t('planner.column.deadline')}</dt>
                          <dd>{formatBusinessDate(offer.deadline, locale)}</dd>
                        </dl>
                        <form method="post" action={`/me/offers/${offer.id}/accept`}>
                          <CsrfField c={c} />
                          <button type="submit" class="button" aria-label={t('planner.offers.acceptNamed', { name, date: dateText })}>
                            {t('planner.offers.accept')}
                          </button>
                        </form>
                        <form method="post" action={`/me/offers/${offer.id}/decline`} novalidate>
                          <CsrfField c={c} />
                          <TextAreaField
                            t={t}
                            name={field}
                            label="planner.offers.note"
                            hint="planner.offers.noteHint"
                            rows={2}
                            value={declining?.values?.[field]}
                            error={declining?.errors?.note}
                          />
                          <button type="submit" class="button button--secondary" aria-label={t('planner.offers.declineNamed', { name, date: dateText })}>
                            {t('planner.offers.decline')}
                          </button>
                        </form>
                      </li>
                    );
                  })}
                </ul>
              </section>
            ))}
          </section>

          <section aria-labelledby="accepted-title">
            <h2 id="accepted-title">{t('planner.offers.acceptedTitle')}</h2>
            {accepted.length === 0 ? (
              <p>{t('planner.offers.acceptedNone')}</p>
            ) : (
              <table class="data-table">
                <caption>{t('planner.offers.acceptedCaption', { count: accepted.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('planner.column.date')}</th>
                    <th scope="col">{t('planner.column.package')}</th>
                    <th scope="col">{t('planner.column.time')}</th>
                    <th scope="col">{t('planner.column.units')}</th>
                    <th scope="col">{t('planner.column.place')}</th>
                  </tr>
                </thead>
                <tbody>
                  {accepted.map((offer) => (
                    <tr>
                      <th scope="row">{formatBusinessDate(offer.workDate, locale)}</th>
                      <td>{offerName(t, offer)}</td>
                      <td class="numeric">{formatDuration(t, offer.minutes)}</td>
                      <td class="numeric">{t('planner.offers.unitsValue', { units: offer.estimatedUnits, unit: offer.unitName })}</td>
                      <td>{placeText(t, locale, offer)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colspan={2}>
                      {t('planner.total')}
                    </th>
                    <td class="numeric">{formatDuration(t, accepted.reduce((sum, offer) => sum + offer.minutes, 0))}</td>
                    <td colspan={2}></td>
                  </tr>
                </tfoot>
              </table>
            )}
            <p>
              <a href="/tasks">{t('planner.offers.tasksLink')}</a>
            </p>
          </section>
        </>
      ),
    },
    status,
  );
}
