import type { AppContext } from '../../app-env';
import { can } from '../../auth/policy';
import { roles } from '../../auth/roles';
import { ChoiceGroup, CsrfField, FormProblem, SelectField, SubmitButton, TextAreaField, TextField } from '../../ui/form';
import { renderFormPage, type FormPageStatus, type FormState } from '../../ui/form-page';
import type { Translate } from '../../ui/i18n';
import { formatDateTime, formatList } from '../../ui/format';
import { renderPage } from '../../ui/layout';
import type { AnnouncementListItem } from './list-announcements';
import type { AudienceMember } from './list-audience';
import type { LoadedAnnouncement } from './load-announcement';
import { announcementAudiences } from './schema';

/** Announcements as a list: unread ones say so in words (and in bold), each opens its page. */
function AnnouncementList(props: { c: AppContext; items: AnnouncementListItem[] }) {
  const { t, locale } = props.c.var;
  return (
    <ul class="card-list">
      {props.items.map((item) => (
        <li class={item.read ? undefined : 'unread'}>
          {item.read ? null : <span>{`${t('announcements.unread')}: `}</span>}
          {item.withdrawnAt ? <span>{`${t('announcements.withdrawnMark')}: `}</span> : null}
          <a href={`/announcements/${item.id}`}>{item.title}</a>
          <br />
          <small>{t('announcements.item', { date: formatDateTime(item.publishedAt, locale), author: item.authorName ?? t('announcements.someone') })}</small>
        </li>
      ))}
    </ul>
  );
}

/** The announcements addressed to me, and for publishers what they (or, for staff, anyone) sent. */
export function renderAnnouncementsPage(c: AppContext, page: { mine: AnnouncementListItem[]; sent: AnnouncementListItem[] | null; staff: boolean; notice?: string | undefined }) {
  const { t } = c.var;
  return renderPage(c, {
    title: t('announcements.title'),
    notice: page.notice,
    children: (
      <>
        <p>{t('announcements.lead')}</p>
        {page.sent ? (
          <p>
            <a class="button" href="/announcements/new">
              {t('announcements.write')}
            </a>
          </p>
        ) : null}
        <section aria-labelledby="mine-title">
          <h2 id="mine-title">{t('announcements.mine')}</h2>
          {page.mine.length === 0 ? <p>{t('announcements.none')}</p> : <AnnouncementList c={c} items={page.mine} />}
        </section>
        {page.sent ? (
          <section aria-labelledby="sent-title">
            <h2 id="sent-title">{t(page.staff ? 'announcements.sentAll' : 'announcements.sent')}</h2>
            {page.sent.length === 0 ? <p>{t('announcements.sentNone')}</p> : <AnnouncementList c={c} items={page.sent} />}
          </section>
        ) : null}
      </>
    ),
  });
}

/** Whom an announcement is for, in words. */
function audienceText(t: Translate, announcement: LoadedAnnouncement): string {
  switch (announcement.audience) {
    case 'everyone':
      return t('announcements.to.everyone');
    case 'role':
      return t('announcements.to.role', { role: announcement.audienceRole ? t(`role.${announcement.audienceRole}`) : '' });
    case 'team':
      return t('announcements.to.team', { order: announcement.orderTitle ?? '' });
    case 'site':
      return t('announcements.to.site', { site: announcement.siteName ?? '' });
  }
}

/** For its author and the operator's staff: how many of the audience have read it, and who has not yet. */
function ReadStatus(props: { t: Translate; c: AppContext; audience: AudienceMember[] }) {
  const { t, audience } = props;
  const notYet = audience.filter((person) => !person.readAt).map((person) => person.displayName);
  return (
    <section aria-labelledby="read-status-title">
      <h2 id="read-status-title">{t('announcements.status.title')}</h2>
      {audience.length === 0 ? (
        <p>{t('announcements.status.nobody')}</p>
      ) : (
        <>
          <p>
            <strong>{t('announcements.status.count', { read: audience.length - notYet.length, total: audience.length })}</strong>
          </p>
          <p>{t('announcements.status.counted')}</p>
          {notYet.length === 0 ? (
            <p>{t('announcements.status.allRead')}</p>
          ) : (
            <>
              <h3>{t('announcements.status.notYet')}</h3>
              <p>{formatList(notYet, props.c.var.locale)}</p>
            </>
          )}
        </>
      )}
    </section>
  );
}

/** One announcement; for those who manage it also its read status and the way to withdraw it (after confirming). */
export function renderAnnouncementPage(
  c: AppContext,
  announcement: LoadedAnnouncement,
  options: { audience: AudienceMember[] | null; confirmWithdraw?: boolean; notice?: string | undefined; problem?: string | undefined },
  status: 200 | 409 = 200,
) {
  const { t, locale } = c.var;
  const open = !announcement.withdrawnAt;
  return renderPage(
    c,
    {
      title: announcement.title,
      notice: options.notice,
      children: (
        <>
          <FormProblem problem={options.problem} />
          {open ? null : <p class="notice">{t('announcements.page.withdrawn')}</p>}
          <dl class="details">
            <dt>{t('announcements.page.from')}</dt>
            <dd>{announcement.authorName ?? t('announcements.someone')}</dd>
            <dt>{t('announcements.page.to')}</dt>
            <dd>{audienceText(t, announcement)}</dd>
            <dt>{t('announcements.page.date')}</dt>
            <dd>{formatDateTime(announcement.publishedAt, locale)}</dd>
          </dl>
          <p class="note-body">{announcement.body}</p>
          {options.audience ? <ReadStatus t={t} c={c} audience={options.audience} /> : null}
          {announcement.manage && open && options.confirmWithdraw ? (
            <form method="post" action={`/announcements/${announcement.id}/withdraw`}>
              <CsrfField c={c} />
              <p class="notice">{t('announcements.withdraw.confirm', { title: announcement.title })}</p>
              <div class="button-row">
                <SubmitButton>{t('announcements.withdraw.submit')}</SubmitButton>
                <a href={`/announcements/${announcement.id}`}>{t('announcements.withdraw.keep')}</a>
              </div>
            </form>
          ) : null}
          {announcement.manage && open && !options.confirmWithdraw && can(c.var.user, 'announcements.publish') ? (
            <p>
              <a class="button button--secondary" href={`/announcements/${announcement.id}/withdraw`}>
                {t('announcements.withdraw')}
              </a>
            </p>
          ) : null}
          <p>
            <a href="/announcements">{t('announcements.back')}</a>
          </p>
        </>
      ),
    },
    status,
  );
}

const formLabels = {
  title: 'announcements.field.title',
  body: 'announcements.field.body',
  audience: 'announcements.field.audience',
  role: 'announcements.field.role',
  orderId: 'announcements.field.order',
  siteId: 'announcements.field.site',
} as const;

/** Writing an announcement: title, message, and whom it is for. A leader can only choose one of their teams. */
export function renderNewAnnouncementPage(
  c: AppContext,
  page: { state: FormState; orders: { id: string; title: string }[]; sites: { id: string; name: string }[] },
  status: FormPageStatus = 200,
) {
  const { t } = c.var;
  const leader = c.var.user!.role === 'leader';
  const values = page.state.values ?? {};
  const errors = page.state.errors ?? {};
  const choose = { value: '', label: t('announcements.field.choose') };
  const audiences = leader ? (['team'] as const) : announcementAudiences;
  return renderFormPage(
    c,
    {
      title: t('announcements.new.title'),
      lead: 'announcements.new.lead',
      action: '/announcements/new',
      submit: 'announcements.submit',
      state: page.state,
      labels: formLabels,
      fields: (
        <>
          {leader ? <p>{t('announcements.new.leadLeader')}</p> : null}
          <TextField t={t} name="title" label={formLabels.title} hint="announcements.field.titleHint" value={values.title} error={errors.title} required />
          <TextAreaField t={t} name="body" label={formLabels.body} hint="announcements.field.bodyHint" value={values.body} error={errors.body} required rows={8} />
          <ChoiceGroup
            t={t}
            type="radio"
            name="audience"
            legend={formLabels.audience}
            options={audiences.map((audience) => ({ value: audience, label: t(`announcements.audience.${audience}`) }))}
            checked={values.audience ? [values.audience] : leader ? ['team'] : []}
            error={errors.audience}
            required
          />
          {leader ? null : (
            <SelectField
              t={t}
              name="role"
              label={formLabels.role}
              value={values.role}
              error={errors.role}
              options={[choose, ...roles.map((role) => ({ value: role, label: t(`role.${role}`) }))]}
            />
          )}
          <SelectField
            t={t}
            name="orderId"
            label={formLabels.orderId}
            hint={leader ? 'announcements.field.orderHintLeader' : 'announcements.field.orderHint'}
            value={values.orderId}
            error={errors.orderId}
            options={[choose, ...page.orders.map((order) => ({ value: order.id, label: order.title }))]}
          />
          {leader ? null : (
            <SelectField
              t={t}
              name="siteId"
              label={formLabels.siteId}
              hint="announcements.field.siteHint"
              value={values.siteId}
              error={errors.siteId}
              options={[choose, ...page.sites.map((site) => ({ value: site.id, label: site.name }))]}
            />
          )}
        </>
      ),
    },
    status,
  );
}

/** At the top of the home page: how many announcements I have not read, each title opening it. */
export function UnreadAnnouncements(props: { c: AppContext; items: AnnouncementListItem[] }) {
  const { t } = props.c.var;
  if (props.items.length === 0) return null;
  return (
    <section aria-labelledby="unread-announcements-title">
      <h2 id="unread-announcements-title">{t('announcements.home.title')}</h2>
      <p>{t('announcements.home.count', { count: props.items.length })}</p>
      <ul>
        {props.items.slice(0, 5).map((item) => (
          <li>
            <a href={`/announcements/${item.id}`}>{item.title}</a>
          </li>
        ))}
      </ul>
      <p>
        <a href="/announcements">{t('announcements.home.all')}</a>
      </p>
    </section>
  );
}
