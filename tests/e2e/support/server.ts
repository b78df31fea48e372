import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export type RunningServer = {
  baseUrl: string;
  /** Everything the server printed so far, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
};

/** A port nobody listens on right now (the OS picks it). */
async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  await once(probe, 'close');
  if (!address || typeof address === 'string') throw new Error('could not find a free port');
  return address.port;
}

async function waitUntilHealthy(baseUrl: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) before it was healthy:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
      lastProblem = `/healthz answered ${response.status}`;
    } catch (error) {
      lastProblem = String(error);
    }
    // Polling a process that is still starting up; not a wait in a test.
    await delay(100);
  }
  throw new Error(`the server was not healthy within ${timeoutMs} ms (${lastProblem}):\n${output()}`);
}

export type ServerOptions = {
  /**
   * The moment the server should take as now when it starts (its clock runs on from there), for
   * journeys that need the centre open; the demo data is seeded around it.
   */
  startsAt?: Date;
};

/**
 * Starts the real server (`node --import tsx src/server.ts`) in demo mode on a fresh embedded
 * database in a temporary directory, and waits until /healthz answers.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'machiwork-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    NODE_ENV: 'test',
    MACHIWORK_DEMO: 'true',
    LOG_LEVEL: 'warn',
  };
  // Always the embedded database and plain-HTTP cookies, whatever the calling shell has set.
  delete env.DATABASE_URL;
  delete env.PUBLIC_URL;
  delete env.COOKIE_SECURE;

  const clock = options.startsAt ? ['--import', './tests/e2e/support/shift-clock.mjs'] : [];
  if (options.startsAt) env.E2E_CLOCK_OFFSET_MS = String(options.startsAt.getTime() - Date.now());
  const child = spawn(process.execPath, [...clock, '--import', 'tsx', 'src/server.ts'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const output = () => printed;
  // If the test process dies without running afterAll, do not leave the server behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitUntilHealthy(baseUrl, child, output, 90_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, output, stop };
}
