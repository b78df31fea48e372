import { html } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { AppContext } from '../app-env';
import { roleHomeLinks } from '../features/home/links';

export type PageOptions = {
  /** The page's one h1, also the start of the document title. */
  title: string;
  /** A short status message shown above the content (e.g. "Signed out"). */
  notice?: string | undefined;
  /** Pages meant for paper (setup-code sheets) drop the header and navigation when printed. */
  printable?: boolean;
  /** Enhancement scripts for this page only (paths under /static), loaded with defer. */
  scripts?: string[] | undefined;
  children: Child;
};

/** The shell of every page: skip link, banner, navigation, one main with one h1, footer. */
export function Page(props: PageOptions & { c: AppContext }) {
  const { c, title, notice, printable, scripts, children } = props;
  const { t, locale, user, csrfToken, deps } = c.var;
  const otherLocale = locale === 'ja' ? 'en' : 'ja';
  const path = new URL(c.req.url).pathname;
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} | ${t('app.name')}`}</title>
        <link rel="stylesheet" href="/static/tokens.css" />
        <link rel="stylesheet" href="/static/app.css" />
        {(scripts ?? []).map((src) => (
          <script src={src} defer />
        ))}
      </head>
      <body class={printable ? 'printable' : undefined}>
        <a class="skip-link" href="#main">
          {t('layout.skipToContent')}
        </a>
        <header class="site-header">
          <div class="site-header__inner">
            <a class="site-name" href="/">
              {t('app.name')}
              <span class="site-name__sub">{t('app.tagline')}</span>
            </a>
            <form method="post" action="/language" class="language-switch">
              <input type="hidden" name="_csrf" value={csrfToken} />
              <input type="hidden" name="locale" value={otherLocale} />
              <input type="hidden" name="next" value={path} />
              <button type="submit" class="button button--text" lang={otherLocale}>
                {t(`layout.switchTo.${otherLocale}`)}
              </button>
            </form>
          </div>
          {user ? (
            <nav class="site-nav" aria-label={t('layout.mainNavigation')}>
              <ul>
                {roleHomeLinks(user.role).map((link) => (
                  <li>
                    <a href={link.href} aria-current={link.href === path ? 'page' : undefined}>
                      {t(link.label)}
                    </a>
                  </li>
                ))}
                <li>
                  <a href="/account/password" aria-current={path === '/account/password' ? 'page' : undefined}>
                    {t('nav.password')}
                  </a>
                </li>
                <li>
                  <form method="post" action="/sign-out">
                    <input type="hidden" name="_csrf" value={csrfToken} />
                    <button type="submit" class="button button--text">
                      {t('nav.signOut')}
                    </button>
                  </form>
                </li>
              </ul>
              <p class="site-nav__user">{t('layout.signedInAs', { name: user.displayName, role: t(`role.${user.role}`) })}</p>
            </nav>
          ) : null}
        </header>
        <main id="main" tabindex={-1}>
          {notice ? (
            <p class="notice" role="status">
              {notice}
            </p>
          ) : null}
          <h1>{title}</h1>
          {children}
        </main>
        <footer class="site-footer">
          <p>{t('layout.footer')}</p>
          {deps.config.demo ? <p class="demo-badge">{t('layout.demoMode')}</p> : null}
        </footer>
      </body>
    </html>
  );
}

/** Renders a full page with a status code. */
export function renderPage(c: AppContext, options: PageOptions, status: 200 | 400 | 403 | 404 | 409 | 413 | 429 | 500 | 503 = 200) {
  return c.html(html`<!DOCTYPE html>${<Page c={c} {...options} />}`, status);
}
