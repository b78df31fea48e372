import type { AppContext } from '../../app-env';
import { SelectField, TextField } from '../../ui/form';
import { renderFormPage, type FormPageStatus, type FormState } from '../../ui/form-page';
import { formatDateTime } from '../../ui/format';
import type { MessageKey } from '../../ui/i18n';
import type { UpcomingBooking } from '../centre/retire-space';
import { periodText } from './company-page';
import type { Company } from './list-companies';
import type { ContractRow } from './list-contracts';

const labels: Record<string, MessageKey> = {
  spaceId: 'tenants.contract.booth',
  startsOn: 'tenants.contract.startsOn',
  endsOn: 'tenants.contract.endsOn',
  monthlyFee: 'tenants.contract.monthlyFee',
  meetingMinutesPerMonth: 'tenants.contract.meetingMinutes',
};

/** `/centre/tenants/:id/contracts/new`: a booth, its days, the monthly fee and the video-meeting minutes; refused bookings listed. */
export function renderContractFormPage(
  c: AppContext,
  page: { company: Company; booths: { id: string; name: string; siteName: string }[]; state: FormState; blockingBookings?: UpcomingBooking[] },
  status: FormPageStatus = 200,
) {
  const { t, locale } = c.var;
  const values = page.state.values ?? {};
  const errors = page.state.errors ?? {};
  const base = `/centre/tenants/${page.company.id}`;
  return renderFormPage(
    c,
    {
      title: t('tenants.contract.newTitle', { name: page.company.name }),
      action: `${base}/contracts/new`,
      submit: 'tenants.contract.add',
      state: page.state,
      labels,
      fields: (
        <>
          {page.blockingBookings ? (
            <div class="form-problem" role="alert">
              <p>{t('tenants.contract.bookingsInPeriod', { count: page.blockingBookings.length })}</p>
              <ul>
                {page.blockingBookings.map((booking) => (
                  <li>{t('tenants.contract.blockingBooking', { from: formatDateTime(booking.startsAt, locale), to: formatDateTime(booking.endsAt, locale), name: booking.userName })}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <SelectField
            t={t}
            name="spaceId"
            label="tenants.contract.booth"
            required
            value={values.spaceId}
            error={errors.spaceId}
            options={[{ value: '', label: t('tenants.contract.chooseBooth') }, ...page.booths.map((booth) => ({ value: booth.id, label: t('tenants.boothAtSite', { booth: booth.name, site: booth.siteName }) }))]}
          />
          <TextField t={t} name="startsOn" type="date" label="tenants.contract.startsOn" required value={values.startsOn} error={errors.startsOn} />
          <TextField t={t} name="endsOn" type="date" label="tenants.contract.endsOn" hint="tenants.contract.endsOnHint" value={values.endsOn} error={errors.endsOn} />
          <TextField t={t} name="monthlyFee" label="tenants.contract.monthlyFee" hint="tenants.contract.monthlyFeeHint" required inputmode="numeric" value={values.monthlyFee} error={errors.monthlyFee} />
          <TextField
            t={t}
            name="meetingMinutesPerMonth"
            label="tenants.contract.meetingMinutes"
            hint="tenants.contract.meetingMinutesHint"
            required
            inputmode="numeric"
            value={values.meetingMinutesPerMonth}
            error={errors.meetingMinutesPerMonth}
          />
        </>
      ),
      after: (
        <p>
          <a href={base}>{t('tenants.back')}</a>
        </p>
      ),
    },
    status,
  );
}

/** `/centre/tenants/:id/contracts/:contractId/end`: the contract's last day. */
export function renderEndContractPage(c: AppContext, page: { company: Company; contract: ContractRow; state: FormState }, status: FormPageStatus = 200) {
  const { t } = c.var;
  const base = `/centre/tenants/${page.company.id}`;
  const { contract } = page;
  return renderFormPage(
    c,
    {
      title: t('tenants.contract.endTitle', { booth: contract.boothName }),
      action: `${base}/contracts/${contract.id}/end`,
      submit: 'tenants.contract.endSubmit',
      state: page.state,
      labels: { endsOn: 'tenants.contract.endsOn' },
      fields: (
        <>
          <p>{t('tenants.contract.endLead', { company: page.company.name, period: periodText(t, contract.startsOn, contract.endsOn) })}</p>
          <TextField t={t} name="endsOn" type="date" label="tenants.contract.endsOn" required value={page.state.values?.endsOn ?? contract.endsOn ?? ''} error={page.state.errors?.endsOn} />
        </>
      ),
      after: (
        <p>
          <a href={base}>{t('tenants.back')}</a>
        </p>
      ),
    },
    status,
  );
}
