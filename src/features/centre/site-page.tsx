import type { AppContext } from '../../app-env';
import { CsrfField } from '../../ui/form';
import { formatDateTime } from '../../ui/format';
import { renderPage } from '../../ui/layout';
import type { Site } from './list-sites';
import type { Space } from './list-spaces';
import type { UpcomingBooking } from './retire-space';
import { exclusiveSpaceKinds, spaceKinds } from './schema';
import { hoursText, yearlyClosureText } from './site-text';

/**
 * `/centre/sites/:id`: the site's details, its spaces in order (edit, move, retire), and links to
 * the booking rules of each kind and the closed days. A refused retirement lists the bookings ahead.
 */
export function renderSitePage(
  c: AppContext,
  page: { site: Site; spaces: Space[]; notice?: string | undefined; blockedRetirement?: { space: Space; bookings: UpcomingBooking[] } },
  status: 200 | 409 = 200,
) {
  const { t, locale } = c.var;
  const { site } = page;
  const base = `/centre/sites/${site.id}`;
  const capacityText = (space: Space) =>
    exclusiveSpaceKinds.includes(space.kind) ? t('centre.space.exclusive') : t(space.kind === 'kids' ? 'centre.space.children' : 'centre.space.seats', { count: space.capacity });
  const moveButton = (space: Space, direction: 'up' | 'down') => (
    <form method="post" action={`${base}/spaces/${space.id}/move`}>
      <CsrfField c={c} />
      <input type="hidden" name="direction" value={direction} />
      <button type="submit" class="button button--secondary" aria-label={t(`centre.space.move.${direction}Label`, { name: space.name })}>
        {t(`centre.space.move.${direction}`)}
      </button>
    </form>
  );
  return renderPage(
    c,
    {
      title: site.name,
      notice: page.notice,
      children: (
        <>
          {page.blockedRetirement ? (
            <div class="form-problem" role="alert">
              <p>{t('centre.space.retireRefused', { name: page.blockedRetirement.space.name, count: page.blockedRetirement.bookings.length })}</p>
              <ul>
                {page.blockedRetirement.bookings.map((booking) => (
                  <li>{t('centre.space.upcomingBooking', { from: formatDateTime(booking.startsAt, locale), to: formatDateTime(booking.endsAt, locale), name: booking.userName })}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <dl class="details">
            <dt>{t('centre.site.address')}</dt>
            <dd>{[site.address, site.building].filter(Boolean).join(' ')}</dd>
            <dt>{t('centre.site.hours')}</dt>
            <dd>{hoursText(site)}</dd>
            <dt>{t('centre.site.closedDays')}</dt>
            <dd>{[yearlyClosureText(t, site), site.closedOnHolidays ? t('centre.site.holidaysClosed') : t('centre.site.holidaysOpen')].filter(Boolean).join(t('centre.listSeparator'))}</dd>
          </dl>
          <p class="button-row">
            <a href={`${base}/edit`}>{t('centre.site.editLink')}</a>
            <a href={`${base}/closures`}>{t('centre.closures.link')}</a>
            <a href={`${base}/fees`}>{t('fees.plans.link')}</a>
          </p>

          <h2>{t('centre.spaces.title')}</h2>
          <p>
            <a class="button" href={`${base}/spaces/new`}>
              {t('centre.spaces.add')}
            </a>
          </p>
          {page.spaces.length === 0 ? (
            <p>{t('centre.spaces.none')}</p>
          ) : (
            <table class="data-table">
              <caption>{t('centre.spaces.caption', { count: page.spaces.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('centre.space.name')}</th>
                  <th scope="col">{t('centre.space.kind')}</th>
                  <th scope="col">{t('centre.space.capacity')}</th>
                  <th scope="col">{t('centre.space.status')}</th>
                  <th scope="col">{t('centre.column.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {page.spaces.map((space, index) => (
                  <tr>
                    <th scope="row">{space.name}</th>
                    <td>{t(`centre.kind.${space.kind}`)}</td>
                    <td>{capacityText(space)}</td>
                    <td>{space.retiredAt ? t('centre.space.retired', { date: formatDateTime(space.retiredAt, locale) }) : t('centre.space.inUse')}</td>
                    <td>
                      <div class="button-row">
                        {space.retiredAt ? null : <a href={`${base}/spaces/${space.id}/edit`} aria-label={t('centre.space.editLabel', { name: space.name })}>{t('centre.space.edit')}</a>}
                        {index > 0 ? moveButton(space, 'up') : null}
                        {index < page.spaces.length - 1 ? moveButton(space, 'down') : null}
                        {space.retiredAt ? null : (
                          <form method="post" action={`${base}/spaces/${space.id}/retire`}>
                            <CsrfField c={c} />
                            <button type="submit" class="button button--secondary" aria-label={t('centre.space.retireLabel', { name: space.name })}>
                              {t('centre.space.retire')}
                            </button>
                          </form>
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p class="field__hint">{t('centre.spaces.retireHint')}</p>

          <h2>{t('centre.rules.title')}</h2>
          <p>{t('centre.rules.lead')}</p>
          <ul>
            {spaceKinds.map((kind) => (
              <li>
                <a href={`${base}/rules/${kind}`}>{t('centre.rules.link', { kind: t(`centre.kind.${kind}`) })}</a>
              </li>
            ))}
          </ul>
          <p>
            <a href="/centre/sites">{t('centre.sites.back')}</a>
          </p>
        </>
      ),
    },
    status,
  );
}
