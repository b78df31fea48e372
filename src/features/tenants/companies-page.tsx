import type { AppContext } from '../../app-env';
import { formatList } from '../../ui/format';
import { renderPage } from '../../ui/layout';
import type { CompanyRow } from './list-companies';

/** `/centre/tenants`: the tenant companies, the booths each rents today and how many staff it has. */
export function renderCompaniesPage(c: AppContext, page: { companies: CompanyRow[]; notice?: string | undefined }) {
  const { t, locale } = c.var;
  return renderPage(c, {
    title: t('tenants.title'),
    notice: page.notice,
    children: (
      <>
        <p>{t('tenants.lead')}</p>
        <p>
          <a class="button" href="/centre/tenants/new">
            {t('tenants.company.add')}
          </a>
        </p>
        {page.companies.length === 0 ? (
          <p>{t('tenants.none')}</p>
        ) : (
          <table class="data-table">
            <caption>{t('tenants.caption', { count: page.companies.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tenants.company.name')}</th>
                <th scope="col">{t('tenants.company.headOffice')}</th>
                <th scope="col">{t('tenants.column.booths')}</th>
                <th scope="col">{t('tenants.column.staff')}</th>
              </tr>
            </thead>
            <tbody>
              {page.companies.map((company) => (
                <tr>
                  <th scope="row">
                    <a href={`/centre/tenants/${company.id}`}>{company.name}</a>
                  </th>
                  <td>{company.headOffice ?? ''}</td>
                  <td>{company.booths.length > 0 ? formatList(company.booths, locale) : t('tenants.column.noBooth')}</td>
                  <td>{t('tenants.column.staffCount', { count: company.staffCount })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>
    ),
  });
}
