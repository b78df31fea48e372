import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';

/**
 * The key for sensitive data: DATA_ENCRYPTION_KEY when set (required in production); otherwise,
 * for development and demo, a key made once and kept in the data folder.
 */
export function resolveEncryptionKey(config: Config): Buffer {
  if (config.dataEncryptionKey) return config.dataEncryptionKey;
  if (config.environment === 'production') throw new Error('DATA_ENCRYPTION_KEY is required in production');
  const file = path.join(config.dataDir, 'encryption.key');
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}
