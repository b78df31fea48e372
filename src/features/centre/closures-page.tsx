import type { AppContext } from '../../app-env';
import { CsrfField, ErrorSummary, SubmitButton, TextField } from '../../ui/form';
import type { FormState } from '../../ui/form-page';
import type { MessageKey } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import type { BusinessDate } from '../availability/calendar';
import { formatBusinessDate } from '../availability/format';
import { closedReasonText } from './closed-reason-text';
import type { SiteClosure } from './list-site-closures';
import type { Site } from './list-sites';
import type { SiteClosedReason } from './site-closed-reason';
import { yearlyClosureText } from './site-text';

const labels: Record<string, MessageKey> = { date: 'centre.closures.date', reason: 'centre.closures.reason' };

/**
 * `/centre/sites/:id/closures`: the one-off closures from today on (add, remove) and every closed
 * day of the coming months whatever its cause, so staff see the calendar people will book against.
 */
export function renderClosuresPage(
  c: AppContext,
  page: { site: Site; closures: SiteClosure[]; closedDays: { date: BusinessDate; reason: SiteClosedReason }[]; until: BusinessDate; state?: FormState; notice?: string | undefined },
  status: 200 | 400 | 404 | 409 = 200,
) {
  const { t, locale } = c.var;
  const { site } = page;
  const base = `/centre/sites/${site.id}`;
  const errors = page.state?.errors ?? {};
  const values = page.state?.values ?? {};
  return renderPage(
    c,
    {
      title: t('centre.closures.title', { site: site.name }),
      notice: page.notice,
      children: (
        <>
          <p>{t('centre.closures.lead')}</p>
          <section aria-labelledby="closure-add-title">
            <h2 id="closure-add-title">{t('centre.closures.addTitle')}</h2>
            <ErrorSummary t={t} errors={errors} labels={labels} />
            <form method="post" action={`${base}/closures`} novalidate>
              <CsrfField c={c} />
              <TextField t={t} name="date" label="centre.closures.date" hint="centre.closures.dateHint" required value={values.date} error={errors.date} />
              <TextField t={t} name="reason" label="centre.closures.reason" hint="centre.closures.reasonHint" required value={values.reason} error={errors.reason} />
              <SubmitButton>{t('centre.closures.add')}</SubmitButton>
            </form>
          </section>
          <section aria-labelledby="closure-list-title">
            <h2 id="closure-list-title">{t('centre.closures.listTitle')}</h2>
            {page.closures.length === 0 ? (
              <p>{t('centre.closures.none')}</p>
            ) : (
              <table class="data-table">
                <caption>{t('centre.closures.caption', { count: page.closures.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('centre.closures.date')}</th>
                    <th scope="col">{t('centre.closures.reason')}</th>
                    <th scope="col">{t('centre.column.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.closures.map((closure) => (
                    <tr>
                      <th scope="row">{formatBusinessDate(closure.date, locale, { year: true })}</th>
                      <td>{closure.reason}</td>
                      <td>
                        <form method="post" action={`${base}/closures/${closure.id}/delete`}>
                          <CsrfField c={c} />
                          <button type="submit" class="button button--secondary" aria-label={t('centre.closures.removeLabel', { date: formatBusinessDate(closure.date, locale) })}>
                            {t('centre.closures.remove')}
                          </button>
                        </form>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section aria-labelledby="calendar-title">
            <h2 id="calendar-title">{t('centre.closures.calendarTitle')}</h2>
            <p>
              {[yearlyClosureText(t, site), site.closedOnHolidays ? t('centre.site.holidaysClosed') : t('centre.site.holidaysOpen')].filter(Boolean).join(t('centre.listSeparator'))}
            </p>
            {page.closedDays.length === 0 ? (
              <p>{t('centre.closures.calendarNone')}</p>
            ) : (
              <table class="data-table">
                <caption>{t('centre.closures.calendarCaption', { until: formatBusinessDate(page.until, locale, { year: true }) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('centre.closures.date')}</th>
                    <th scope="col">{t('centre.closures.why')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.closedDays.map((day) => (
                    <tr>
                      <th scope="row">{formatBusinessDate(day.date, locale, { year: true })}</th>
                      <td>{closedReasonText(t, locale, day.reason)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <p>
            <a href={base}>{t('centre.back')}</a>
          </p>
        </>
      ),
    },
    status,
  );
}
