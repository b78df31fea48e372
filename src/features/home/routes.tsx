import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { renderPage } from '../../ui/layout';
import { listUnreadAnnouncements } from '../announcements/list-announcements';
import { UnreadAnnouncements } from '../announcements/pages';
import { findUsersClient } from '../clients/find-users-client';
import { countUnreadNotifications } from '../notifications/list-notifications';
import { roleHomeLinks } from './links';

export const homeRoutes = new Hono<AppEnv>();

/** Signed out: what Machiwork is and how to start. Signed in: the home page of the person's role. */
homeRoutes.get('/', allow('public'), async (c) => {
  const { t, user } = c.var;
  if (!user) {
    return renderPage(c, {
      title: t('home.public.title'),
      children: (
        <>
          <p class="lead">{t('home.public.lead')}</p>
          <p>{t('home.public.body')}</p>
          <p>
            <a class="button" href="/sign-in">
              {t('signIn.title')}
            </a>
          </p>
          <p>
            <a href="/setup">{t('home.public.haveSetupCode')}</a>
          </p>
          <h2>{t('home.public.applyTitle')}</h2>
          <p>{t('home.public.applyBody')}</p>
          <p>
            <a class="button button--secondary" href="/apply">
              {t('home.public.apply')}
            </a>
          </p>
          <h2>{t('guests.home.title')}</h2>
          <p>{t('guests.home.body')}</p>
          <p>
            <a class="button button--secondary" href="/centre/guests/register">
              {t('guests.home.register')}
            </a>
          </p>
        </>
      ),
    });
  }
  const shortcuts = roleHomeLinks(user.role).filter((link) => link.href !== '/');
  const company = user.role === 'client' ? ((await findUsersClient(c.var.deps.db, user.id))?.name ?? null) : null;
  const unread = await countUnreadNotifications(c.var.deps.db, user.id);
  const announcements = await listUnreadAnnouncements(c.var.deps.db, user.id);
  return renderPage(c, {
    title: t('home.title', { name: user.displayName }),
    notice: c.req.query('welcome') === '1' ? t('home.welcome') : undefined,
    children: (
      <>
        <UnreadAnnouncements c={c} items={announcements} />
        {company ? <p>{t('home.client.company', { name: company })}</p> : null}
        {unread > 0 ? (
          <p>
            <a href="/notifications">{t('notifications.onHome', { count: unread })}</a>
          </p>
        ) : null}
        <p class="lead">{t(`home.intro.${user.role}`)}</p>
        {shortcuts.length > 0 ? (
          <section aria-labelledby="shortcuts-title">
            <h2 id="shortcuts-title">{t('home.shortcuts')}</h2>
            <ul class="card-list">
              {shortcuts.map((link) => (
                <li>
                  <a href={link.href}>{t(link.label)}</a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section aria-labelledby="coming-title">
          <h2 id="coming-title">{t('home.comingTitle')}</h2>
          <p>{t(`home.coming.${user.role}`)}</p>
        </section>
      </>
    ),
  });
});
