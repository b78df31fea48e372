import { randomBytes } from 'node:crypto';
import { afterAll, beforeEach } from 'vitest';
import { createApp, type App } from '../app';
import type { AppDeps } from '../app-env';
import { hashPassword } from '../auth/password';
import type { Role } from '../auth/roles';
import { users } from '../auth/schema';
import { readConfig, type Config } from '../config';
import type { Database, Db } from '../db/client';
import { createLogger } from '../logger';
import { emptyDatabase, openTestDatabase } from './test-database';

export const testPassword = 'correct horse battery';
export const testEncryptionKey = randomBytes(32);

/** A browser-like client over `app.request()`: keeps cookies and sends the CSRF token with forms. */
export class TestBrowser {
  readonly cookies = new Map<string, string>();

  constructor(private readonly app: App) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) {
      headers.set('cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    }
    const response = await this.app.request(path, { ...init, headers });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = cookie.split(';');
      const [name = '', ...rest] = pair.split('=');
      const value = rest.join('=');
      const expired = attributes.some((attribute) => /max-age=0\b/i.test(attribute.trim()));
      if (expired || value === '') this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    return response;
  }

  get(path: string): Promise<Response> {
    return this.request(path);
  }

  /** Submits a form as a browser would, with the CSRF token from the cookie (fetched first if needed). */
  async post(path: string, fields: Record<string, string> = {}, options: { csrf?: boolean } = {}): Promise<Response> {
    if (!this.cookies.has('mw_csrf')) await this.get('/healthz');
    const body = new URLSearchParams(fields);
    if (options.csrf !== false) body.set('_csrf', this.cookies.get('mw_csrf') ?? '');
    return this.request(path, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }

  async signIn(loginId: string, password = testPassword): Promise<Response> {
    return this.post('/sign-in', { loginId, password });
  }
}

export type TestContext = {
  app: App;
  /** What the app was made with, to make another app over the same database. */
  deps: AppDeps;
  db: Db;
  database: Database;
  config: Config;
  browser(): TestBrowser;
  /** Creates a user with a password, ready to sign in. */
  createUser(role: Role, loginId?: string, password?: string): Promise<{ id: string; loginId: string }>;
  /** A browser signed in as a new user of this role. */
  signedIn(role: Role): Promise<TestBrowser>;
  /** A new user of this role and a browser signed in as them. */
  signedInPerson(role: Role): Promise<{ id: string; loginId: string; browser: TestBrowser }>;
};

/**
 * One migrated database and app per test file, emptied before each test. Call at the top of
 * a test file; the context is filled in before the first test runs.
 */
export function useTestApp(environment: Record<string, string> = {}): TestContext {
  const context = {} as TestContext;
  let database: Awaited<ReturnType<typeof openTestDatabase>> | undefined;
  let created = 0;

  beforeEach(async () => {
    if (!database) {
      database = await openTestDatabase();
      const config = readConfig({ NODE_ENV: 'test', MACHIWORK_DEMO: 'false', LOG_LEVEL: 'silent', ...environment });
      const deps: AppDeps = { db: database.db, config, logger: createLogger(config.logLevel), encryptionKey: testEncryptionKey };
      Object.assign(context, { app: createApp(deps), deps, db: database.db, database, config });
    }
    await emptyDatabase(database);
  });
  afterAll(async () => {
    await database?.drop();
  });

  context.browser = () => new TestBrowser(context.app);
  context.createUser = async (role, loginId, password = testPassword) => {
    const number = ++created;
    const [user] = await context.db
      .insert(users)
      .values({
        loginId: loginId ?? `${role}${number}`,
        displayName: `${role} ${number}`,
        role,
        passwordHash: await hashPassword(password),
      })
      .returning({ id: users.id, loginId: users.loginId });
    if (!user) throw new Error('user was not created');
    return user;
  };
  context.signedInPerson = async (role) => {
    const user = await context.createUser(role);
    const browser = context.browser();
    const response = await browser.signIn(user.loginId);
    if (response.status !== 303) throw new Error(`sign-in as ${role} failed with ${response.status}`);
    return { ...user, browser };
  };
  context.signedIn = async (role) => (await context.signedInPerson(role)).browser;
  return context;
}
