import type { AppContext } from '../app-env';
import { renderPage } from './layout';

const errorPages = {
  forbidden: { status: 403, title: 'errorPage.forbidden.title', body: 'errorPage.forbidden.body' },
  csrf: { status: 403, title: 'errorPage.csrf.title', body: 'errorPage.csrf.body' },
  notFound: { status: 404, title: 'errorPage.notFound.title', body: 'errorPage.notFound.body' },
  tooLarge: { status: 413, title: 'errorPage.tooLarge.title', body: 'errorPage.tooLarge.body' },
  serverError: { status: 500, title: 'errorPage.serverError.title', body: 'errorPage.serverError.body' },
} as const;

export type ErrorPageKind = keyof typeof errorPages;

/** A friendly error page that says what happened and where to go next. */
export function renderErrorPage(c: AppContext, kind: ErrorPageKind) {
  const { t } = c.var;
  const page = errorPages[kind];
  return renderPage(
    c,
    {
      title: t(page.title),
      children: (
        <>
          <p>{t(page.body)}</p>
          <p>
            <a href="/">{t('errorPage.backHome')}</a>
          </p>
          {kind === 'serverError' ? <p class="field__hint">{t('errorPage.requestId', { id: c.var.requestId })}</p> : null}
        </>
      ),
    },
    page.status,
  );
}
