import type { SmtpSettings } from '../config';
import type { Db } from '../db/client';
import { pruneApiRequestCounts } from '../features/api-tokens/count-api-request';
import { sendDueReminders } from '../features/events/send-due-reminders';
import { deliverOutbox } from '../features/mail/deliver-outbox';
import { sendDailyDigests } from '../features/notifications/send-daily-digests';
import { deliverPartnerOutbox } from '../features/partners/deliver-partner-outbox';
import { reportPartnerOrderStatus } from '../features/partners/report-partner-order-status';
import { sendDueSessionReminders } from '../features/training/send-due-session-reminders';
import type { Logger } from '../logger';

/**
 * What of the configuration jobs may need (SMTP for delivering e-mail; the data key and a fetch to
 * reach partner towns, which tests point at another app); most jobs need none of it.
 */
export type JobSettings = { smtp?: SmtpSettings | undefined; encryptionKey?: Buffer | undefined; fetch?: typeof fetch | undefined };

/** Work the server does by itself now and then; `run` returns how many things it did. */
export type Job = { name: string; run: (db: Db, now: Date, settings: JobSettings) => Promise<number> };

export const jobs: readonly Job[] = [
  { name: 'events.dueReminders', run: sendDueReminders },
  { name: 'training.dueSessionReminders', run: sendDueSessionReminders },
  { name: 'notifications.dailyDigest', run: sendDailyDigests },
  { name: 'api.pruneRequestCounts', run: pruneApiRequestCounts },
  { name: 'partners.reportOrderStatus', run: reportPartnerOrderStatus },
  { name: 'partners.deliver', run: deliverPartnerOutbox },
  // Last, so e-mail the jobs above wrote goes out in the same round.
  { name: 'mail.deliver', run: (db, now, settings) => deliverOutbox(db, settings.smtp, now) },
];

type JobLogger = Pick<Logger, 'info' | 'error'>;

/** Runs each job once, in turn; one that fails is logged and does not stop the others. */
export async function runJobs(db: Db, logger: JobLogger, list: readonly Job[] = jobs, now = new Date(), settings: JobSettings = {}): Promise<void> {
  for (const job of list) {
    try {
      const done = await job.run(db, now, settings);
      if (done > 0) logger.info({ job: job.name, done }, 'job done');
    } catch (error) {
      logger.error({ job: job.name, err: error }, 'job failed');
    }
  }
}

/**
 * Runs the jobs at start and then every `everyMs`, never two rounds at once. Each job holds its own
 * work with the database (conditional updates), so several app processes may run them side by side.
 * Returns a function that stops the timer and waits for a round in progress.
 */
export function startJobs(db: Db, logger: JobLogger, settings: JobSettings = {}, everyMs = 5 * 60_000): () => Promise<void> {
  let round: Promise<void> = Promise.resolve();
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    round = runJobs(db, logger, jobs, new Date(), settings).finally(() => (running = false));
  };
  tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await round;
  };
}
