import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import { allow } from '../auth/middleware';
import { renderErrorPage } from './error-pages';

const require = createRequire(import.meta.url);

// A handful of small files, read once: the Digital Agency design tokens and our own stylesheet.
const files: Record<string, { body: string; type: string }> = {
  'tokens.css': {
    body: readFileSync(require.resolve('@digital-go-jp/design-tokens/dist/tokens.css'), 'utf8'),
    type: 'text/css; charset=utf-8',
  },
  'app.css': {
    body: readFileSync(fileURLToPath(new URL('./static/app.css', import.meta.url)), 'utf8'),
    type: 'text/css; charset=utf-8',
  },
  'availability.js': {
    body: readFileSync(fileURLToPath(new URL('./static/availability.js', import.meta.url)), 'utf8'),
    type: 'text/javascript; charset=utf-8',
  },
};

export const staticRoutes = new Hono<AppEnv>();

staticRoutes.get('/static/:file', allow('public'), (c) => {
  const file = files[c.req.param('file')];
  if (!file) return renderErrorPage(c, 'notFound');
  return c.body(file.body, 200, { 'content-type': file.type, 'cache-control': 'public, max-age=3600' });
});
