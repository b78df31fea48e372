// Loaded into the e2e server with `--import` when a test asks for another "now" (E2E_CLOCK_OFFSET_MS):
// time runs on from that moment at its normal pace, so journeys that need the centre to be open
// (booking today, checking in) behave the same whenever the tests run.
const offset = Number(globalThis.process.env.E2E_CLOCK_OFFSET_MS ?? 0);
const RealDate = Date;

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
