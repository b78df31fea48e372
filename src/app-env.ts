import type { Context } from 'hono';
import type { SessionUser } from './auth/session';
import type { Config } from './config';
import type { Db } from './db/client';
import type { Logger } from './logger';
import type { Locale, Translate } from './ui/i18n';

/** What every request handler can reach: the process's dependencies and what middleware learnt. */
export type AppDeps = { db: Db; config: Config; logger: Logger; encryptionKey: Buffer };

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    requestId: string;
    locale: Locale;
    t: Translate;
    user: SessionUser | null;
    sessionToken: string | null;
    csrfToken: string;
  };
};

export type AppContext = Context<AppEnv>;
