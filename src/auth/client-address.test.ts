import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppDeps, AppEnv } from '../app-env';
import { readConfig } from '../config';
import { clientAddress } from './client-address';

async function addressSeen(trustProxy: boolean, forwardedFor?: string): Promise<string> {
  const app = new Hono<AppEnv>();
  const config = readConfig({ TRUST_PROXY: String(trustProxy) });
  app.use((c, next) => {
    c.set('deps', { config } as AppDeps);
    return next();
  });
  app.get('/', (c) => c.text(clientAddress(c)));
  const headers: Record<string, string> = forwardedFor ? { 'x-forwarded-for': forwardedFor } : {};
  const response = await app.request('/', { headers });
  return response.text();
}

describe('the client address used to count failed attempts', () => {
  it('ignores X-Forwarded-For unless the proxy is trusted, since anyone can send it', async () => {
    expect(await addressSeen(false, '203.0.113.9')).toBe('unknown');
  });

  it('behind a trusted proxy takes the entry the proxy appended, not one the client forged', async () => {
    expect(await addressSeen(true, '10.9.9.9, 203.0.113.9')).toBe('203.0.113.9');
  });
});
