import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { apiRequestsPerMinute } from './features/api-tokens/api-limits';

const booleanText = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], {
    error: 'must be one of true, false, 1, 0, yes, no',
  })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const environmentSchema = z
  .object({
    NODE_ENV: z
      .enum(['development', 'production', 'test'], {
        error: 'must be development, production or test',
      })
      .default('development'),
    HOST: z.string().min(1, { error: 'must not be empty' }).default('127.0.0.1'),
    PORT: z.coerce
      .number({ error: 'must be a whole number' })
      .int({ error: 'must be a whole number' })
      .min(0, { error: 'must be between 0 and 65535' })
      .max(65535, { error: 'must be between 0 and 65535' })
      .default(3000),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\/.+/, {
        error: 'must be a PostgreSQL URL such as postgres://user@host:5432/machiwork',
      })
      .optional(),
    DATA_DIR: z.string().min(1, { error: 'must not be empty' }).default('./data'),
    MACHIWORK_DEMO: booleanText.optional(),
    COOKIE_SECURE: booleanText.optional(),
    PUBLIC_URL: z.url({ error: 'must be a full URL such as https://machiwork.example.jp' }).optional(),
    TRUST_PROXY: booleanText.optional(),
    CENTRE_NETWORKS: z
      .string()
      .refine((value) => parseNetworks(value) !== null, {
        error: 'must be IP addresses or ranges separated by commas, such as 192.168.10.0/24,203.0.113.7',
      })
      .optional(),
    DATA_ENCRYPTION_KEY: z
      .string()
      .refine((value) => Buffer.from(value, 'base64').length === 32 && /^[A-Za-z0-9+/]{43}=$/.test(value), {
        error: 'must be 32 random bytes in base64 (make one with: openssl rand -base64 32)',
      })
      .optional(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^/\s]+/, { error: 'must be an SMTP URL such as smtp://user:password@mail.example.jp:587' })
      .optional(),
    MAIL_FROM: z.string().regex(/^[^\s@<>]+@[^\s@<>]+$|^[^<>]*<[^\s@<>]+@[^\s@<>]+>$/, { error: 'must be an address such as machiwork@example.jp or 町ワーク <machiwork@example.jp>' }).optional(),
    API_REQUESTS_PER_MINUTE: z.coerce
      .number({ error: 'must be a whole number' })
      .int({ error: 'must be a whole number' })
      .min(1, { error: 'must be at least 1' })
      .default(apiRequestsPerMinute),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'must be one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
  })
  .superRefine((env, context) => {
    if (env.NODE_ENV === 'production' && env.MACHIWORK_DEMO === true) {
      context.addIssue({
        code: 'custom',
        path: ['MACHIWORK_DEMO'],
        message: 'demo mode cannot be used with NODE_ENV=production (it creates accounts with published passwords)',
      });
    }
    if (env.NODE_ENV === 'production' && !env.DATA_ENCRYPTION_KEY) {
      context.addIssue({
        code: 'custom',
        path: ['DATA_ENCRYPTION_KEY'],
        message: 'is required in production: 32 random bytes in base64 (make one with: openssl rand -base64 32)',
      });
    }
    // One without the other would either send nothing or send from nobody: say so at start.
    if (env.SMTP_URL && !env.MAIL_FROM) context.addIssue({ code: 'custom', path: ['MAIL_FROM'], message: 'is required when SMTP_URL is set' });
    if (env.MAIL_FROM && !env.SMTP_URL) context.addIssue({ code: 'custom', path: ['SMTP_URL'], message: 'is required when MAIL_FROM is set' });
  });

export type Config = {
  environment: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** A PostgreSQL server URL; when absent the embedded PGlite database in `dataDir` is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Demo mode seeds demo data and lists demo sign-ins. Never on in production. */
  demo: boolean;
  cookieSecure: boolean;
  publicUrl: string | undefined;
  /** Behind one reverse proxy: take the client's address from the last X-Forwarded-For entry. */
  trustProxy: boolean;
  /** Addresses of the centre's own network: a request from one counts as being at the centre (centre-only work). */
  centreNetworks: string[];
  /** Encrypts sensitive data at rest; outside production a key file in the data folder stands in. */
  dataEncryptionKey: Buffer | undefined;
  logLevel: string;
  /** Requests one API token may make in a minute, counted across every app process. */
  apiRequestsPerMinute: number;
  /** Where e-mail is sent from; without it, mail stays in the outbox for admins to read. */
  smtp: SmtpSettings | undefined;
};

export type SmtpSettings = { url: string; from: string };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const secretVariables = new Set(['SMTP_URL', 'DATA_ENCRYPTION_KEY']);

/** Reads the configuration from environment variables; throws a ConfigError naming every bad value. */
export function readConfig(environment: Record<string, string | undefined> = process.env): Config {
  // Empty variables count as unset, as they do in most shells' `VAR= command`.
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment');
        // Secrets (a password in the SMTP URL, the key) are never echoed into logs.
        const given = secretVariables.has(name) ? undefined : present[name];
        return `${name}: ${issue.message}${given === undefined ? '' : ` (got "${given}")`}`;
      }),
    );
  }
  const env = parsed.data;
  const production = env.NODE_ENV === 'production';
  return {
    environment: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    databaseUrl: env.DATABASE_URL,
    dataDir: path.resolve(env.DATA_DIR),
    demo: env.MACHIWORK_DEMO ?? !production,
    cookieSecure: env.COOKIE_SECURE ?? production,
    publicUrl: env.PUBLIC_URL?.replace(/\/$/, ''),
    trustProxy: env.TRUST_PROXY ?? false,
    // In demo mode this machine stands in for the centre, so centre-only demo work can be tried.
    centreNetworks: parseNetworks(env.CENTRE_NETWORKS ?? (env.MACHIWORK_DEMO ?? !production ? '127.0.0.1,::1,::ffff:127.0.0.1' : '')) ?? [],
    dataEncryptionKey: env.DATA_ENCRYPTION_KEY ? Buffer.from(env.DATA_ENCRYPTION_KEY, 'base64') : undefined,
    logLevel: env.LOG_LEVEL,
    apiRequestsPerMinute: env.API_REQUESTS_PER_MINUTE,
    smtp: env.SMTP_URL && env.MAIL_FROM ? { url: env.SMTP_URL, from: env.MAIL_FROM } : undefined,
  };
}

/** IPv4/IPv6 addresses and CIDR ranges, comma-separated; null when any entry is not one. */
export function parseNetworks(text: string): string[] | null {
  const entries = text.split(',').map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address = '', prefix, extra] = entry.split('/');
    const family = isIP(address);
    if (family === 0 || extra !== undefined) return null;
    if (prefix !== undefined && !(/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128))) return null;
  }
  return entries;
}
