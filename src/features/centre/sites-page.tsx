import type { AppContext } from '../../app-env';
import { renderPage } from '../../ui/layout';
import type { Site } from './list-sites';
import { hoursText, yearlyClosureText } from './site-text';

/** `/centre/sites`: every site with its hours and regular closed days, and a way to add one. */
export function renderSitesPage(c: AppContext, page: { sites: Site[]; notice?: string | undefined }) {
  const { t } = c.var;
  return renderPage(c, {
    title: t('centre.sites.title'),
    notice: page.notice,
    children: (
      <>
        <p>{t('centre.sites.lead')}</p>
        <p>
          <a class="button" href="/centre/sites/new">
            {t('centre.sites.add')}
          </a>
        </p>
        {page.sites.length === 0 ? (
          <p>{t('centre.sites.none')}</p>
        ) : (
          <table class="data-table">
            <caption>{t('centre.sites.caption', { count: page.sites.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('centre.site.name')}</th>
                <th scope="col">{t('centre.site.address')}</th>
                <th scope="col">{t('centre.site.hours')}</th>
                <th scope="col">{t('centre.site.closedDays')}</th>
              </tr>
            </thead>
            <tbody>
              {page.sites.map((site) => (
                <tr>
                  <th scope="row">
                    <a href={`/centre/sites/${site.id}`}>{site.name}</a>
                  </th>
                  <td>{[site.address, site.building].filter(Boolean).join(' ')}</td>
                  <td>{hoursText(site)}</td>
                  <td>
                    {[yearlyClosureText(t, site), site.closedOnHolidays ? t('centre.site.holidaysClosed') : t('centre.site.holidaysOpen')].filter(Boolean).join(t('centre.listSeparator'))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>
    ),
  });
}
