import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { CsrfField, readForm, SubmitButton } from '../../ui/form';
import { formatDateTime } from '../../ui/format';
import { renderPage } from '../../ui/layout';
import { doneNotice } from '../../ui/route-params';
import { notificationText } from './compose-notification-mail';
import { countUnreadNotifications, listNotifications } from './list-notifications';
import { markNotificationsRead } from './mark-notifications-read';
import { findNotificationSettings, saveNotificationSettings } from './notification-settings';
import { renderNotificationSettings } from './settings-page';
import { notificationSettingsSchema } from './validation';

export const notificationRoutes = new Hono<AppEnv>();

/** Only paths inside the app become links: a stored link never leads elsewhere. */
const isAppPath = (link: string | null): link is string => link !== null && link.startsWith('/') && !link.startsWith('//');

notificationRoutes.get('/notifications', allow('signedIn'), async (c) => {
  const { t, locale, user } = c.var;
  const db = c.var.deps.db;
  const [items, unread] = await Promise.all([listNotifications(db, user!.id), countUnreadNotifications(db, user!.id)]);
  return renderPage(c, {
    title: t('notifications.title'),
    notice: c.req.query('done') === 'read' ? t('notifications.marked') : undefined,
    children: (
      <>
        {items.length === 0 ? (
          <p>{t('notifications.none')}</p>
        ) : (
          <>
            <p>{unread > 0 ? t('notifications.unreadCount', { count: unread }) : t('notifications.allRead')}</p>
            {unread > 0 ? (
              <form method="post" action="/notifications/read">
                <CsrfField c={c} />
                <SubmitButton secondary>{t('notifications.markRead')}</SubmitButton>
              </form>
            ) : null}
            <ul class="notes">
              {items.map((item) => {
                const text = notificationText(t, item);
                return (
                  <li class={item.readAt ? undefined : 'unread'}>
                    <p>
                      {item.readAt ? null : <span>{`${t('notifications.unread')}: `}</span>}
                      {isAppPath(item.link) ? <a href={item.link}>{text}</a> : text}
                    </p>
                    <p class="field__hint">{formatDateTime(item.createdAt, locale)}</p>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </>
    ),
  });
});

notificationRoutes.post('/notifications/read', allow('signedIn'), async (c) => {
  await markNotificationsRead(c.var.deps.db, c.var.user!.id);
  return c.redirect('/notifications?done=read', 303);
});

notificationRoutes.get('/me/notification-settings', allow('signedIn'), async (c) => {
  const settings = await findNotificationSettings(c.var.deps.db, c.var.user!.id);
  return renderNotificationSettings(c, { ...settings, notice: doneNotice(c, { saved: 'notificationSettings.saved' }) });
});

notificationRoutes.post('/me/notification-settings', allow('signedIn'), async (c) => {
  const db = c.var.deps.db;
  const form = await readForm(c, notificationSettingsSchema);
  if (!form.ok) {
    const { email } = await findNotificationSettings(db, c.var.user!.id);
    return renderNotificationSettings(c, { emailMode: form.values.emailMode, email, errors: form.errors });
  }
  await saveNotificationSettings(db, c.var.user!.id, form.data.emailMode);
  return c.redirect('/me/notification-settings?done=saved', 303);
});
