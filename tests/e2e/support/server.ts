import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export type RunningServer = {
  baseUrl: string;
  /** Everything the server printed so far, for failure messages. */
  output: () => string;
  /** Sets the server's clock to `moment` (it runs on from there); resolves once the server has taken it. */
  moveClockTo: (moment: Date) => Promise<void>;
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
 * Starts the real server (`node --import tsx src/server.ts`) in demo mode on a fresh copy of the
 * seeded demo data in a temporary directory, and waits until /healthz answers.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'machiwork-e2e-'));
  try {
    await cp(await seededDemoData(options), dataDir, { recursive: true });
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const server = await serveDataDir(dataDir, options);
  return {
    ...server,
    stop: async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** How long demo data seeded on the real clock is reused: its "today" and times near now stay true. */
const realClockTemplateLifetimeMs = 10 * 60_000;

/**
 * A data folder with the demo migrated and seeded for this clock, made once per run (by a server
 * started on it and stopped cleanly) and copied for each test file: migrating and seeding take most
 * of a server's start. Files run one after another, so no two make the same folder at once.
 */
async function seededDemoData(options: ServerOptions): Promise<string> {
  const folder = path.join(inject('e2eTemplateRoot'), options.startsAt ? `at-${options.startsAt.getTime()}` : 'real-clock');
  const readyMark = `${folder}.ready`;
  const ready = await stat(readyMark).catch(() => null);
  // A shifted clock starts at the same moment every time, so its data never goes stale.
  if (ready && (options.startsAt || Date.now() - ready.mtimeMs < realClockTemplateLifetimeMs)) return folder;
  await rm(readyMark, { force: true });
  await rm(folder, { recursive: true, force: true });
  const server = await serveDataDir(folder, options);
  await server.stop();
  await writeFile(readyMark, '');
  return folder;
}

/**
 * Runs the server in demo mode on `dataDir` (migrating and seeding it if it is empty) and waits
 * until /healthz answers; `stop` leaves the folder in place.
 */
async function serveDataDir(dataDir: string, options: ServerOptions): Promise<RunningServer> {
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

  if (options.startsAt) env.E2E_CLOCK_OFFSET_MS = String(options.startsAt.getTime() - Date.now());
  // Beside the data folder, so the template copied into it does not carry it.
  const clockFile = `${dataDir}.clock`;
  env.E2E_CLOCK_FILE = clockFile;
  const child = spawn(process.execPath, ['--import', './tests/e2e/support/shift-clock.mjs', '--import', 'tsx', 'src/server.ts'], {
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

  const moveClockTo = async (moment: Date) => {
    const offset = String(moment.getTime() - Date.now());
    await rm(`${clockFile}.applied`, { force: true });
    await writeFile(clockFile, offset);
    child.kill('SIGUSR2');
    const deadline = Date.now() + 5_000;
    while ((await readFile(`${clockFile}.applied`, 'utf8').catch(() => '')) !== offset) {
      if (Date.now() > deadline) throw new Error(`the server did not take the new clock:\n${output()}`);
      // Polling for the server's answer to the signal; not a wait in a test.
      await delay(20);
    }
  };

  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(clockFile, { force: true });
    await rm(`${clockFile}.applied`, { force: true });
  };

  try {
    await waitUntilHealthy(baseUrl, child, output, 90_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, output, moveClockTo, stop };
}
