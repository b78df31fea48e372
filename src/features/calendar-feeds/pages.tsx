import type { AppContext } from '../../app-env';
import { CsrfField, ErrorSummary, SelectField, SubmitButton, type FieldErrors } from '../../ui/form';
import { formatDateTime } from '../../ui/format';
import type { Translate } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import type { CalendarFeedSummary } from './list-calendar-feeds';

/** What a feed shows, as its owner reads it in the list. */
export function feedName(t: Translate, feed: Pick<CalendarFeedSummary, 'kind' | 'spaceName' | 'siteName'>): string {
  return feed.kind === 'user' ? t('calendarFeeds.kind.user') : t('calendarFeeds.kind.space', { space: feed.spaceName ?? '', site: feed.siteName ?? '' });
}

export type CalendarFeedsPage = {
  feeds: CalendarFeedSummary[];
  /** The spaces a manager may make a feed for; null for those who may not. */
  spaces: { id: string; name: string; siteName: string }[] | null;
  /** A feed just made: its full URL, shown this once. */
  created?: { url: string; feed: string } | undefined;
  spaceForm?: { errors: FieldErrors; values: Record<string, string> } | undefined;
  notice?: string | undefined;
};

/** /me/calendar: make feed URLs, the one just made, how to add it to a calendar app, and the feeds in use. */
export function renderCalendarFeedsPage(c: AppContext, page: CalendarFeedsPage, status: 200 | 400 = 200) {
  const { t, locale } = c.var;
  return renderPage(
    c,
    {
      title: t('calendarFeeds.title'),
      notice: page.notice,
      children: (
        <>
          <p class="lead">{t('calendarFeeds.lead')}</p>
          {page.created ? (
            <section aria-labelledby="calendar-created-title">
              <h2 id="calendar-created-title">{t('calendarFeeds.created.title')}</h2>
              <p>{t('calendarFeeds.created.once')}</p>
              <div class="field">
                <label for="calendar-feed-url">{t('calendarFeeds.created.url', { feed: page.created.feed })}</label>
                <p class="field__hint" id="calendar-feed-url-hint">
                  {t('calendarFeeds.created.hint')}
                </p>
                <input id="calendar-feed-url" type="text" readonly value={page.created.url} aria-describedby="calendar-feed-url-hint" spellcheck={false} autocomplete="off" />
              </div>
              <p>{t('calendarFeeds.created.older')}</p>
            </section>
          ) : null}
          <p>{t('calendarFeeds.secret')}</p>
          <section aria-labelledby="calendar-how-title">
            <h2 id="calendar-how-title">{t('calendarFeeds.howTo.title')}</h2>
            <ul>
              <li>{t('calendarFeeds.howTo.google')}</li>
              <li>{t('calendarFeeds.howTo.iphone')}</li>
            </ul>
            <p>{t('calendarFeeds.howTo.refresh')}</p>
          </section>
          <section aria-labelledby="calendar-personal-title">
            <h2 id="calendar-personal-title">{t('calendarFeeds.personal.title')}</h2>
            <p>{t('calendarFeeds.personal.body')}</p>
            <form method="post" action="/me/calendar">
              <CsrfField c={c} />
              <SubmitButton>{t('calendarFeeds.personal.create')}</SubmitButton>
            </form>
          </section>
          {page.spaces ? <SpaceFeedForm c={c} spaces={page.spaces} state={page.spaceForm} /> : null}
          <section aria-labelledby="calendar-list-title">
            <h2 id="calendar-list-title">{t('calendarFeeds.list.title')}</h2>
            {page.feeds.length === 0 ? (
              <p>{t('calendarFeeds.list.none')}</p>
            ) : (
              <table class="data-table">
                <caption>{t('calendarFeeds.list.caption', { count: page.feeds.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('calendarFeeds.list.feed')}</th>
                    <th scope="col">{t('calendarFeeds.list.createdAt')}</th>
                    <th scope="col">{t('calendarFeeds.list.lastUsedAt')}</th>
                    <th scope="col">{t('calendarFeeds.list.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.feeds.map((feed) => {
                    const created = formatDateTime(feed.createdAt, locale);
                    return (
                      <tr>
                        <th scope="row">{feedName(t, feed)}</th>
                        <td>{created}</td>
                        <td>{feed.lastUsedAt ? formatDateTime(feed.lastUsedAt, locale) : t('calendarFeeds.list.neverUsed')}</td>
                        <td>
                          <a href={`/me/calendar/${feed.id}/revoke`} aria-label={t('calendarFeeds.list.revokeLabel', { feed: feedName(t, feed), date: created })}>
                            {t('calendarFeeds.list.revoke')}
                          </a>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>
        </>
      ),
    },
    status,
  );
}

function SpaceFeedForm(props: { c: AppContext; spaces: NonNullable<CalendarFeedsPage['spaces']>; state: CalendarFeedsPage['spaceForm'] }) {
  const { t } = props.c.var;
  const errors = props.state?.errors ?? {};
  return (
    <section aria-labelledby="calendar-space-title">
      <h2 id="calendar-space-title">{t('calendarFeeds.space.title')}</h2>
      <p>{t('calendarFeeds.space.body')}</p>
      {props.spaces.length === 0 ? (
        <p>{t('calendarFeeds.space.none')}</p>
      ) : (
        <>
          <ErrorSummary t={t} errors={errors} labels={{ spaceId: 'calendarFeeds.space.spaceId' }} />
          <form method="post" action="/me/calendar/spaces" novalidate>
            <CsrfField c={props.c} />
            <SelectField
              t={t}
              name="spaceId"
              label="calendarFeeds.space.spaceId"
              required
              value={props.state?.values.spaceId}
              error={errors.spaceId}
              options={[
                { value: '', label: t('calendarFeeds.space.choose') },
                ...props.spaces.map((space) => ({ value: space.id, label: t('calendarFeeds.space.option', { site: space.siteName, space: space.name }) })),
              ]}
            />
            <SubmitButton>{t('calendarFeeds.space.create')}</SubmitButton>
          </form>
        </>
      )}
    </section>
  );
}

/** The question before a feed is stopped: what stops, and that it cannot be undone. */
export function renderRevokeFeedPage(c: AppContext, feed: CalendarFeedSummary) {
  const { t, locale } = c.var;
  return renderPage(c, {
    title: t('calendarFeeds.revoke.title'),
    children: (
      <>
        <p>{t('calendarFeeds.revoke.lead', { feed: feedName(t, feed), date: formatDateTime(feed.createdAt, locale) })}</p>
        <form method="post" action={`/me/calendar/${feed.id}/revoke`}>
          <CsrfField c={c} />
          <div class="button-row">
            <SubmitButton>{t('calendarFeeds.revoke.confirm')}</SubmitButton>
            <a href="/me/calendar">{t('calendarFeeds.revoke.back')}</a>
          </div>
        </form>
      </>
    ),
  });
}

