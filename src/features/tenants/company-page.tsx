import type { AppContext } from '../../app-env';
import { CsrfField } from '../../ui/form';
import { formatYen } from '../../ui/format';
import type { Translate } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import type { Company } from './list-companies';
import type { ContractRow } from './list-contracts';
import type { StaffRow } from './list-tenant-staff';

/** A contract's or a stay's days: 2026-11-01〜2027-03-31, or 2026-11-01〜 while it has no last day. */
export const periodText = (t: Translate, from: string, to: string | null) => (to ? t('tenants.period', { from, to }) : t('tenants.periodOpen', { from }));

/** `/centre/tenants/:id`: the company's details, its contracts (end, charge the month) and its staff. */
export function renderCompanyPage(
  c: AppContext,
  page: { company: Company; contracts: ContractRow[]; staff: StaffRow[]; chargeable: ReadonlySet<string>; monthText: string; notice?: string | undefined },
) {
  const { t, locale } = c.var;
  const { company } = page;
  const base = `/centre/tenants/${company.id}`;
  const details: [string, string | null][] = [
    [t('tenants.company.nameKana'), company.nameKana],
    [t('tenants.company.headOffice'), company.headOffice],
    [t('tenants.company.contactName'), company.contactName],
    [t('tenants.company.contactEmail'), company.contactEmail],
    [t('tenants.company.contactPhone'), company.contactPhone],
    [t('tenants.company.note'), company.note],
  ];
  return renderPage(c, {
    title: company.name,
    notice: page.notice,
    children: (
      <>
        <dl class="details">
          {details
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </>
            ))}
        </dl>
        <p>
          <a href={`${base}/edit`}>{t('tenants.company.editLink')}</a>
        </p>

        <h2>{t('tenants.contracts.title')}</h2>
        <p>
          <a class="button" href={`${base}/contracts/new`}>
            {t('tenants.contract.add')}
          </a>
        </p>
        {page.contracts.length === 0 ? (
          <p>{t('tenants.contracts.none')}</p>
        ) : (
          <table class="data-table">
            <caption>{t('tenants.contracts.caption', { count: page.contracts.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tenants.contract.booth')}</th>
                <th scope="col">{t('tenants.contract.period')}</th>
                <th scope="col">{t('tenants.contract.monthlyFee')}</th>
                <th scope="col">{t('tenants.contract.meetingMinutes')}</th>
                <th scope="col">{t('tenants.column.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {page.contracts.map((contract) => (
                <tr>
                  <th scope="row">{t('tenants.boothAtSite', { booth: contract.boothName, site: contract.siteName })}</th>
                  <td>{periodText(t, contract.startsOn, contract.endsOn)}</td>
                  <td>{formatYen(contract.monthlyFee, locale)}</td>
                  <td>{t('tenants.minutesPerMonth', { minutes: contract.meetingMinutesPerMonth })}</td>
                  <td>
                    <div class="button-row">
                      <a href={`${base}/contracts/${contract.id}/end`} aria-label={t('tenants.contract.endLabel', { booth: contract.boothName })}>
                        {t('tenants.contract.end')}
                      </a>
                      {page.chargeable.has(contract.id) ? (
                        <form method="post" action={`${base}/contracts/${contract.id}/charge`}>
                          <CsrfField c={c} />
                          <button type="submit" class="button button--secondary" aria-label={t('tenants.contract.chargeLabel', { booth: contract.boothName, month: page.monthText })}>
                            {t('tenants.contract.charge', { month: page.monthText })}
                          </button>
                        </form>
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}

        <h2>{t('tenants.staff.title')}</h2>
        <p>{t('tenants.staff.typesLead')}</p>
        <p class="button-row">
          <a class="button" href={`${base}/staff/new`}>
            {t('tenants.staff.add')}
          </a>
          <a href={`${base}/staff/link`}>{t('tenants.staff.linkLink')}</a>
        </p>
        {page.staff.length === 0 ? (
          <p>{t('tenants.staff.none')}</p>
        ) : (
          <table class="data-table">
            <caption>{t('tenants.staff.caption', { count: page.staff.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('account.displayName')}</th>
                <th scope="col">{t('account.loginId')}</th>
                <th scope="col">{t('tenants.staff.teleworkType')}</th>
                <th scope="col">{t('tenants.staff.period')}</th>
                <th scope="col">{t('tenants.column.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {page.staff.map((staff) => (
                <tr>
                  <th scope="row">{staff.displayName}</th>
                  <td>
                    <code>{staff.loginId}</code>
                  </td>
                  <td>{t(`tenants.type.${staff.teleworkType}`)}</td>
                  <td>{periodText(t, staff.joinedOn, staff.leftOn)}</td>
                  <td>
                    <a href={`${base}/staff/${staff.userId}/edit`} aria-label={t('tenants.staff.editLabel', { name: staff.displayName })}>
                      {t('tenants.staff.edit')}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p>
          <a href="/centre/tenants">{t('tenants.backToList')}</a>
        </p>
      </>
    ),
  });
}
