import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppDeps, AppEnv } from '../app-env';
import { ConfigError, readConfig } from '../config';
import { isAtCentre } from './at-centre';

async function atCentre(environment: Record<string, string>, forwardedFor: string): Promise<string> {
  const app = new Hono<AppEnv>();
  const config = readConfig({ TRUST_PROXY: 'true', ...environment });
  app.use((c, next) => {
    c.set('deps', { config } as AppDeps);
    return next();
  });
  app.get('/', (c) => c.text(String(isAtCentre(c))));
  return (await app.request('/', { headers: { 'x-forwarded-for': forwardedFor } })).text();
}

describe('being at the centre (for centre-only work)', () => {
  it('counts requests from the centre networks, by range or single address, IPv4 and IPv6', async () => {
    const environment = { NODE_ENV: 'production', DATA_ENCRYPTION_KEY: 'A'.repeat(43) + '=', CENTRE_NETWORKS: '192.0.2.0/24, 198.51.100.7,2001:db8::/32' };
    expect(await atCentre(environment, '192.0.2.200')).toBe('true');
    expect(await atCentre(environment, '198.51.100.7')).toBe('true');
    expect(await atCentre(environment, '2001:db8::5')).toBe('true');
    expect(await atCentre(environment, '198.51.100.8')).toBe('false');
    expect(await atCentre(environment, '203.0.113.9')).toBe('false');
  });

  it('counts nobody in production without CENTRE_NETWORKS, and this machine in demo mode', async () => {
    expect(await atCentre({ NODE_ENV: 'production', DATA_ENCRYPTION_KEY: 'A'.repeat(43) + '=' }, '127.0.0.1')).toBe('false');
    expect(await atCentre({ MACHIWORK_DEMO: 'true' }, '127.0.0.1')).toBe('true');
    expect(await atCentre({ MACHIWORK_DEMO: 'true' }, '203.0.113.9')).toBe('false');
  });

  it('refuses a malformed network list, saying what it should look like', () => {
    expect(() => readConfig({ CENTRE_NETWORKS: '192.0.2.0/33' })).toThrow(ConfigError);
    expect(() => readConfig({ CENTRE_NETWORKS: 'centre' })).toThrow(/192\.168\.10\.0\/24/);
  });
});
