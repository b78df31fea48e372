import pino from 'pino';

export type Logger = pino.Logger;

/** JSON lines on standard output; secrets never reach it (bodies and cookies are not logged). */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: 'machiwork' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['password', '*.password', 'token', '*.token', 'cookie', '*.cookie'], censor: '[redacted]' },
  });
}
