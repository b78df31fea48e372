import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config';

describe('configuration from the environment', () => {
  it('runs with no configuration: embedded database in ./data, demo mode, port 3000', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ databaseUrl: undefined, demo: true, port: 3000, host: '127.0.0.1', cookieSecure: false });
    expect(config.dataDir).toBe(path.resolve('data'));
  });

  it('turns demo off and secure cookies on in production', () => {
    const key = randomBytes(32);
    const config = readConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://app@db:5432/machiwork', DATA_ENCRYPTION_KEY: key.toString('base64') });
    expect(config).toMatchObject({ demo: false, cookieSecure: true, databaseUrl: 'postgres://app@db:5432/machiwork' });
    expect(config.dataEncryptionKey?.equals(key)).toBe(true);
  });

  it('requires an encryption key for sensitive data in production, and a well-formed one anywhere', () => {
    expect(() => readConfig({ NODE_ENV: 'production' })).toThrow(/DATA_ENCRYPTION_KEY: is required in production/);
    expect(() => readConfig({ DATA_ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(/DATA_ENCRYPTION_KEY: must be 32 random bytes in base64/);
  });

  it('names every bad value with what it should be and what was given', () => {
    let problems: string[] = [];
    try {
      readConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', MACHIWORK_DEMO: 'maybe', LOG_LEVEL: 'loud', PUBLIC_URL: 'example' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      problems = (error as ConfigError).problems;
    }
    expect(problems).toEqual(
      expect.arrayContaining([
        'PORT: must be a whole number (got "eighty")',
        'DATABASE_URL: must be a PostgreSQL URL such as postgres://user@host:5432/machiwork (got "mysql://x")',
        'MACHIWORK_DEMO: must be one of true, false, 1, 0, yes, no (got "maybe")',
        'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
        'PUBLIC_URL: must be a full URL such as https://machiwork.example.jp (got "example")',
      ]),
    );
    expect(problems).toHaveLength(5);
  });

  it('refuses demo mode in production, since demo passwords are published', () => {
    expect(() => readConfig({ NODE_ENV: 'production', MACHIWORK_DEMO: 'true', DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64') })).toThrow(/MACHIWORK_DEMO: demo mode cannot be used with NODE_ENV=production/);
  });

  it('sends e-mail only with both SMTP_URL and MAIL_FROM, and never echoes the SMTP password', () => {
    expect(readConfig({}).smtp).toBeUndefined();
    expect(readConfig({ SMTP_URL: 'smtp://machi:secret@mail.example.jp:587', MAIL_FROM: '町ワーク <machiwork@example.jp>' }).smtp).toEqual({ url: 'smtp://machi:secret@mail.example.jp:587', from: '町ワーク <machiwork@example.jp>' });
    expect(() => readConfig({ SMTP_URL: 'smtp://mail.example.jp' })).toThrow(/MAIL_FROM: is required when SMTP_URL is set/);
    expect(() => readConfig({ MAIL_FROM: 'machiwork@example.jp' })).toThrow(/SMTP_URL: is required when MAIL_FROM is set/);
    expect(() => readConfig({ MAIL_FROM: 'nobody' , SMTP_URL: 'smtp://mail.example.jp' })).toThrow(/MAIL_FROM: must be an address/);
    let message = '';
    try {
      readConfig({ SMTP_URL: 'http://machi:secret@mail.example.jp', MAIL_FROM: 'machiwork@example.jp' });
    } catch (error) {
      message = String(error);
    }
    expect(message).toContain('SMTP_URL: must be an SMTP URL');
    expect(message).not.toContain('secret');
  });

  it('treats empty variables as unset', () => {
    expect(readConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 3000, databaseUrl: undefined });
  });
});
