import type { AppContext } from '../../app-env';
import { formatDateTime, formatYen } from '../../ui/format';
import { renderPage } from '../../ui/layout';
import { periodText } from './company-page';
import type { CompanyBooking } from './list-company-bookings';
import type { ContractRow } from './list-contracts';
import type { StaffRow } from './list-tenant-staff';

export type TenantView = {
  companyName: string;
  contracts: ContractRow[];
  quota: { quotaMinutes: number; usedMinutes: number };
  monthText: string;
  staff: StaffRow[];
  bookings: CompanyBooking[];
};

/**
 * `/tenant`: a tenant's own company: running contracts, this month's video-meeting booth minutes,
 * its staff (names and types only) and their bookings. Nothing of any other company.
 */
export function renderTenantPage(c: AppContext, view: TenantView | undefined, now: Date) {
  const { t, locale } = c.var;
  if (!view) return renderPage(c, { title: t('tenant.title'), children: <p>{t('tenant.noCompany')}</p> });
  const upcoming = view.bookings.filter((booking) => booking.endsAt > now);
  const recent = view.bookings.filter((booking) => booking.endsAt <= now).reverse();
  const bookingTable = (rows: CompanyBooking[], caption: string) =>
    rows.length === 0 ? (
      <p>{t('tenant.bookings.none')}</p>
    ) : (
      <table class="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tenant.bookings.when')}</th>
            <th scope="col">{t('tenant.bookings.space')}</th>
            <th scope="col">{t('tenant.bookings.who')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((booking) => (
            <tr>
              <th scope="row">{t('tenant.bookings.time', { from: formatDateTime(booking.startsAt, locale), to: formatDateTime(booking.endsAt, locale) })}</th>
              <td>{booking.spaceName}</td>
              <td>{booking.userName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  const remaining = Math.max(0, view.quota.quotaMinutes - view.quota.usedMinutes);
  return renderPage(c, {
    title: view.companyName,
    children: (
      <>
        <h2>{t('tenant.contracts.title')}</h2>
        {view.contracts.length === 0 ? (
          <p>{t('tenant.contracts.none')}</p>
        ) : (
          <table class="data-table">
            <caption>{t('tenant.contracts.caption', { count: view.contracts.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tenants.contract.booth')}</th>
                <th scope="col">{t('tenants.contract.period')}</th>
                <th scope="col">{t('tenants.contract.monthlyFee')}</th>
              </tr>
            </thead>
            <tbody>
              {view.contracts.map((contract) => (
                <tr>
                  <th scope="row">{t('tenants.boothAtSite', { booth: contract.boothName, site: contract.siteName })}</th>
                  <td>{periodText(t, contract.startsOn, contract.endsOn)}</td>
                  <td>{formatYen(contract.monthlyFee, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}

        <h2>{t('tenant.quota.title', { month: view.monthText })}</h2>
        <dl class="details">
          <dt>{t('tenant.quota.quota')}</dt>
          <dd>{t('tenant.quota.minutes', { minutes: view.quota.quotaMinutes })}</dd>
          <dt>{t('tenant.quota.used')}</dt>
          <dd>{t('tenant.quota.minutes', { minutes: view.quota.usedMinutes })}</dd>
          <dt>{t('tenant.quota.remaining')}</dt>
          <dd>{t('tenant.quota.minutes', { minutes: remaining })}</dd>
        </dl>
        <p>
          <a href="/centre">{t('tenant.bookLink')}</a>
        </p>

        <h2>{t('tenant.staff.title')}</h2>
        <table class="data-table">
          <caption>{t('tenant.staff.caption', { count: view.staff.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('account.displayName')}</th>
              <th scope="col">{t('tenants.staff.teleworkType')}</th>
            </tr>
          </thead>
          <tbody>
            {view.staff.map((staff) => (
              <tr>
                <th scope="row">{staff.displayName}</th>
                <td>{t(`tenants.type.${staff.teleworkType}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <h2>{t('tenant.upcoming.title')}</h2>
        {bookingTable(upcoming, t('tenant.upcoming.caption', { count: upcoming.length }))}
        <h2>{t('tenant.recent.title')}</h2>
        {bookingTable(recent, t('tenant.recent.caption', { count: recent.length }))}
      </>
    ),
  });
}
