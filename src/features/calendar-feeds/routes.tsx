import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext, AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { can } from '../../auth/policy';
import { renderErrorPage } from '../../ui/error-pages';
import { readForm, type FieldErrors } from '../../ui/form';
import { createCalendarFeed } from './create-calendar-feed';
import { feedPath, tokenFromFeedSegment } from './feed-path';
import { listCalendarFeeds } from './list-calendar-feeds';
import { listSpaceChoices } from './list-space-choices';
import { openCalendarFeed } from './open-calendar-feed';
import { feedName, renderCalendarFeedsPage, renderRevokeFeedPage, type CalendarFeedsPage } from './pages';
import { renderCalendarFeed } from './render-calendar-feed';
import { revokeCalendarFeed } from './revoke-calendar-feed';
import { spaceFeedForm } from './validation';

export const calendarFeedRoutes = new Hono<AppEnv>();

/** The address people (and their calendar apps) reach this installation at. */
function siteOrigin(c: AppContext): string {
  return c.var.deps.config.publicUrl ?? new URL(c.req.url).origin;
}

/** The feeds page for the signed-in user, with the space form for those who manage the centre. */
async function showFeedsPage(c: AppContext, extra: Partial<CalendarFeedsPage> = {}, status: 200 | 400 = 200) {
  const db = c.var.deps.db;
  const user = c.var.user!;
  const [feeds, spaces] = await Promise.all([
    listCalendarFeeds(db, user.id),
    can(user, 'centre.manage') ? listSpaceChoices(db) : Promise.resolve(null),
  ]);
  return renderCalendarFeedsPage(c, { feeds, spaces, ...extra }, status);
}

/** After making a feed: the page with its full URL, this once, and never stored by a cache. */
async function showCreated(c: AppContext, feedId: string, token: string) {
  const [feed] = await listCalendarFeeds(c.var.deps.db, c.var.user!.id, feedId);
  c.header('Cache-Control', 'no-store');
  return showFeedsPage(c, { created: { url: `${siteOrigin(c)}${feedPath(token)}`, feed: feedName(c.var.t, feed!) } });
}

calendarFeedRoutes.get('/me/calendar', allow('centre.book'), (c) =>
  showFeedsPage(c, { notice: c.req.query('done') === 'revoked' ? c.var.t('calendarFeeds.revoked') : undefined }),
);

calendarFeedRoutes.post('/me/calendar', allow('centre.book'), async (c) => {
  const { id, token } = await createCalendarFeed(c.var.deps.db, c.var.user!.id, { kind: 'user' });
  return showCreated(c, id, token);
});

calendarFeedRoutes.post('/me/calendar/spaces', allow('centre.manage'), async (c) => {
  const form = await readForm(c, spaceFeedForm);
  const again = (errors: FieldErrors) => showFeedsPage(c, { spaceForm: { errors, values: form.values } }, 400);
  if (!form.ok) return again(form.errors);
  const result = await createCalendarFeed(c.var.deps.db, c.var.user!.id, { kind: 'space', spaceId: form.data.spaceId });
  if (!result.ok) return again({ spaceId: 'calendarFeeds.error.chooseSpace' });
  return showCreated(c, result.id, result.token);
});

/** One of the signed-in user's own feeds still in use, from the path; anyone else's is "not found". */
async function ownFeed(c: AppContext) {
  const id = z.uuid().safeParse(c.req.param('id'));
  if (!id.success) return undefined;
  const [feed] = await listCalendarFeeds(c.var.deps.db, c.var.user!.id, id.data);
  return feed;
}

calendarFeedRoutes.get('/me/calendar/:id/revoke', allow('centre.book'), async (c) => {
  const feed = await ownFeed(c);
  return feed ? renderRevokeFeedPage(c, feed) : renderErrorPage(c, 'notFound');
});

calendarFeedRoutes.post('/me/calendar/:id/revoke', allow('centre.book'), async (c) => {
  const feed = await ownFeed(c);
  if (!feed || !(await revokeCalendarFeed(c.var.deps.db, c.var.user!.id, feed.id))) return renderErrorPage(c, 'notFound');
  return c.redirect('/me/calendar?done=revoked', 303);
});

/**
 * The feed itself, for calendar apps that cannot sign in: the secret token in the URL is the key.
 * An unknown, malformed or revoked token is "not found", like any page that does not exist.
 */
calendarFeedRoutes.get('/calendar/:feed', allow('public'), async (c) => {
  const token = tokenFromFeedSegment(c.req.param('feed'));
  const feed = token ? await openCalendarFeed(c.var.deps.db, token) : undefined;
  if (!feed) return renderErrorPage(c, 'notFound');
  const body = await renderCalendarFeed(c.var.deps.db, feed, new URL(siteOrigin(c)).host);
  return c.body(body, 200, {
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': 'inline; filename="machiwork.ics"',
    'Cache-Control': 'private, no-store',
    'X-Robots-Tag': 'noindex',
  });
});
