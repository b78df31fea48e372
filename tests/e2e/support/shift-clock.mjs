// Loaded into every e2e server with `--import`. A test may ask for another "now" at start
// (E2E_CLOCK_OFFSET_MS) — time runs on from that moment at its normal pace, so journeys that need the
// centre to be open (booking today, checking in) behave the same whenever the tests run — and may move
// the clock later (`moveClockTo`): it writes the new offset to E2E_CLOCK_FILE and sends SIGUSR2; the
// server takes it and writes it back to `<file>.applied`.
import { readFileSync, writeFileSync } from 'node:fs';

const { env } = globalThis.process;
let offset = Number(env.E2E_CLOCK_OFFSET_MS ?? 0);
const RealDate = Date;

if (env.E2E_CLOCK_FILE) {
  const file = env.E2E_CLOCK_FILE;
  globalThis.process.on('SIGUSR2', () => {
    offset = Number(readFileSync(file, 'utf8'));
    writeFileSync(`${file}.applied`, String(offset));
  });
}

class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + offset);
    else super(...args);
  }

  static now() {
    return RealDate.now() + offset;
  }
}

globalThis.Date = ShiftedDate;
