import { serve } from '@hono/node-server';
import { createApp } from './app';
import { ConfigError, readConfig, type Config } from './config';
import { resolveEncryptionKey } from './crypto/encryption-key';
import { openConfiguredDatabase } from './db/open-configured';
import { demoAccounts, demoPassword } from './features/demo/accounts';
import { setAppUrl } from './features/mail/app-url';
import { startJobs } from './jobs/run-jobs';
import { createLogger } from './logger';
import { prepareDatabase } from './startup';

function loadConfig(): Config {
  try {
    return readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}

/** Process entry: read config, open and migrate the database, seed or prepare setup, listen, shut down cleanly. */
async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = openConfiguredDatabase(config);
  logger.info({ database: database.kind, dataDir: database.kind === 'pglite' ? config.dataDir : undefined }, 'opening database');
  const encryptionKey = resolveEncryptionKey(config);
  const { seeded, firstAdminCode } = await prepareDatabase(database, config, encryptionKey);
  if (seeded) logger.info('demo data created: 立科町テレワークセンター and one account per role');

  const app = createApp({ db: database.db, config, logger, encryptionKey });
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (address) => {
    const url = config.publicUrl ?? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${address.port}`;
    setAppUrl(url);
    logger.info({ url, demo: config.demo }, 'Machiwork is listening');
    // Printed plainly as well as logged, for the person who just typed `npm start`.
    if (config.demo) {
      console.log(`\n  町ワーク Machiwork — demo: ${url}\n  Demo sign-ins (password "${demoPassword}"):`);
      for (const account of demoAccounts) console.log(`    ${account.role.padEnd(12)} ${account.loginId}`);
      console.log('');
    }
    if (firstAdminCode) {
      console.log(`\n  No accounts yet. Create the first admin at ${url}/first-admin with this one-time code:\n\n    ${firstAdminCode}\n`);
    }
  });

  const stopJobs = startJobs(database.db, logger, { smtp: config.smtp, encryptionKey });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Stop accepting, let requests in flight finish, then close the database.
    server.close(async () => {
      await stopJobs();
      await database.close();
      logger.info('stopped');
      process.exit(0);
    });
    setTimeout(() => {
      logger.warn('requests did not finish within 10 s; exiting');
      process.exit(1);
    }, 10_000).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
