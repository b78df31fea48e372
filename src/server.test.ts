import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = mkdtempSync(path.join(tmpdir(), 'machiwork-server-test-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Starts the real server process and collects its standard output line by line. */
function startServer(environment: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'info', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => lines.push(line));
  const listening = new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const entry = lines.map(parseJson).find((value) => value?.msg === 'Machiwork is listening');
      if (entry) {
        clearInterval(timer);
        resolve(String(entry.url));
      }
    }, 50);
    child.on('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`server exited with ${code}: ${lines.join('\n')}`));
    });
  });
  // A test that expects the process to fail never awaits `listening`.
  listening.catch(() => {});
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, lines, listening, exited };
}

function parseJson(line: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

describe('the server process', () => {
  it('starts on an empty data folder in demo mode, logs JSON with request ids, and stops cleanly on SIGTERM', async () => {
    const server = startServer({ NODE_ENV: 'development' });
    const url = await server.listening;
    const output = server.lines.join('\n');
    expect(output).toContain('Demo sign-ins (password "machiwork-demo")');
    expect(output).toMatch(/coordinator\s+coordinator/);

    const health = await fetch(`${url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok', database: 'ok' });
    const requestId = health.headers.get('x-request-id');

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const entries = server.lines.map(parseJson).filter(Boolean);
    expect(entries.find((entry) => entry?.msg === 'request' && entry.path === '/healthz')).toMatchObject({ requestId, status: 200 });
    expect(entries.some((entry) => entry?.msg === 'stopped')).toBe(true);
  }, 60_000);

  it('refuses to start with a bad setting, naming it', async () => {
    const server = startServer({ PORT: 'eighty' });
    const stderr: string[] = [];
    createInterface({ input: server.child.stderr! }).on('line', (line) => stderr.push(line));
    expect(await server.exited).toBe(2);
    expect(stderr.join('\n')).toContain('PORT: must be a whole number (got "eighty")');
  }, 30_000);
});
