import type { AppContext } from '../../app-env';
import { ChoiceGroup, CsrfField, ErrorSummary, FileField, SubmitButton, TextAreaField, type FieldErrors } from '../../ui/form';
import { formatDateTime, formatFileSize, formatList } from '../../ui/format';
import { renderPage } from '../../ui/layout';
import type { Working } from '../presence/list-working';
import { WorkingNowSection, type PresenceView } from '../presence/pages';
import type { TeamOrder } from './find-team-order';
import type { TeamMember } from './list-team-members';
import type { TeamOrderRow } from './list-team-orders';
import type { ThreadPost } from './list-thread';

/** The list of team pages: each order, its latest post and who is working on it now. */
export function renderTeamsPage(c: AppContext, rows: TeamOrderRow[], working: Working[]) {
  const { t, locale } = c.var;
  return renderPage(c, {
    title: t('teams.title'),
    children: (
      <>
        <p>{t('teams.lead')}</p>
        {rows.length === 0 ? (
          <p>{t('teams.none')}</p>
        ) : (
          <table class="data-table">
            <caption>{t('teams.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('teams.col.order')}</th>
                <th scope="col">{t('teams.col.latest')}</th>
                <th scope="col">{t('teams.col.posts')}</th>
                <th scope="col">{t('teams.col.working')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const names = working.filter((person) => person.orderId === row.id).map((person) => person.displayName);
                return (
                  <tr>
                    <th scope="row">
                      <a href={`/teams/${row.id}`}>{row.title}</a>
                    </th>
                    <td>{row.latestPostAt ? formatDateTime(row.latestPostAt, locale) : t('teams.noPosts')}</td>
                    <td>{t('teams.postCount', { count: row.posts })}</td>
                    <td>{names.length ? formatList(names, locale) : t('teams.nobodyWorking')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </>
    ),
  });
}

/** The post form as it was sent, to show again with its problems. */
export type PostFormState = { errors?: FieldErrors; body?: string; mentions?: string[] };

export type TeamPage = {
  order: TeamOrder;
  members: TeamMember[];
  thread: { posts: ThreadPost[]; hasOlder: boolean };
  /** The post the page was opened before (the "older posts" link), if any. */
  before?: string | undefined;
  presence: PresenceView;
  post?: PostFormState;
  notice?: string | undefined;
};

const postLabels = { body: 'team.form.body', files: 'team.form.files', mention: 'team.form.mentions' } as const;

function Post(props: { c: AppContext; orderId: string; post: ThreadPost; mayRemove: boolean }) {
  const { c, post } = props;
  const { t, locale } = c.var;
  const time = formatDateTime(post.postedAt, locale);
  return (
    <li id={`post-${post.id}`} class="thread-post">
      <p class="thread-post__meta">
        <strong>{post.authorName ?? t('team.someone')}</strong> <time datetime={post.postedAt.toISOString()}>{time}</time>
      </p>
      {post.removedAt ? (
        <p class="thread-post__removed">{t('team.removed')}</p>
      ) : (
        <>
          {post.body ? <p class="thread-post__body">{post.body}</p> : null}
          {post.attachments.length ? (
            <ul aria-label={t('team.attachments')}>
              {post.attachments.map((file) => (
                <li>
                  <a href={`/teams/${props.orderId}/files/${file.id}`}>{t('team.download', { name: file.originalName, size: formatFileSize(file.sizeBytes, locale) })}</a>
                </li>
              ))}
            </ul>
          ) : null}
          {post.mentioned.length ? <p class="thread-post__meta">{t('team.mentioned', { names: formatList(post.mentioned, locale) })}</p> : null}
          {props.mayRemove ? (
            <form method="post" action={`/teams/${props.orderId}/posts/${post.id}/remove`} class="inline-form">
              <CsrfField c={c} />
              <button type="submit" class="button button--secondary" aria-label={t('team.removeLabel', { time })}>
                {t('team.remove')}
              </button>
            </form>
          ) : null}
        </>
      )}
    </li>
  );
}

/** An order's team page: who is working now, the thread (latest 50, older by link) and the form to post. */
export function renderTeamPage(c: AppContext, page: TeamPage, status: 200 | 400 | 409 = 200) {
  const { t, locale } = c.var;
  const { order, thread } = page;
  const me = c.var.user!.id;
  const others = page.members.filter((member) => member.id !== me);
  const errors = page.post?.errors ?? {};
  const base = `/teams/${order.id}`;
  return renderPage(
    c,
    {
      title: t('team.title', { order: order.title }),
      notice: page.notice,
      children: (
        <>
          <p>{t('team.lead')}</p>
          <p>{t('team.members', { names: formatList(page.members.map((member) => member.displayName), locale) })}</p>
          <p>
            <a href="/teams">{t('team.back')}</a>
          </p>
          <WorkingNowSection c={c} orderId={order.id} view={page.presence} />
          <section aria-labelledby="thread-title">
            <h2 id="thread-title">{t('team.thread')}</h2>
            {thread.hasOlder && thread.posts[0] ? (
              <p>
                <a href={`${base}?before=${thread.posts[0].id}`}>{t('team.older')}</a>
              </p>
            ) : null}
            {thread.posts.length === 0 ? (
              <p>{t('team.noPosts')}</p>
            ) : (
              <ol class="thread">
                {thread.posts.map((post) => (
                  <Post c={c} orderId={order.id} post={post} mayRemove={post.authorId === me || order.staff} />
                ))}
              </ol>
            )}
            {page.before ? (
              <p>
                <a href={base}>{t('team.newest')}</a>
              </p>
            ) : null}
          </section>
          <section aria-labelledby="post-title">
            <h2 id="post-title">{t('team.form.title')}</h2>
            <ErrorSummary t={t} errors={errors} labels={postLabels} />
            <form method="post" action={`${base}/posts`} enctype="multipart/form-data" novalidate>
              <CsrfField c={c} />
              <TextAreaField t={t} name="body" label="team.form.body" hint="team.form.bodyHint" value={page.post?.body} error={errors.body} rows={5} />
              <FileField t={t} name="files" label="team.form.files" hint="team.form.filesHint" error={errors.files} multiple />
              {others.length ? (
                <ChoiceGroup
                  t={t}
                  name="mention"
                  legend="team.form.mentions"
                  hint="team.form.mentionsHint"
                  options={others.map((member) => ({ value: member.id, label: member.displayName }))}
                  checked={page.post?.mentions}
                  error={errors.mention}
                />
              ) : (
                <p>{t('team.form.noMembers')}</p>
              )}
              <SubmitButton>{t('team.form.submit')}</SubmitButton>
            </form>
          </section>
        </>
      ),
    },
    status,
  );
}
