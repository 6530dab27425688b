// The clock moved to another day, for `npm run test:future` (scripts/test-at.mjs): loaded with
// `--require` through NODE_OPTIONS, so the CLI and language server the tests start in child
// processes see the same day. CBO_CLOCK=YYYY-MM-DD sets the day (noon UTC, so every time zone
// from UTC-11 to UTC+11 reads the same date); time then runs on from there. Only `Date.now()`,
// `new Date()` and `Date()` move: a test that passes only on the real day read the clock
// somewhere without a fixed `today`.
const day = process.env.CBO_CLOCK;
if (day) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`CBO_CLOCK must be YYYY-MM-DD, got "${day}"`);
  const RealDate = Date;
  const realNow = RealDate.now.bind(RealDate);
  const offset = RealDate.parse(`${day}T12:00:00Z`) - realNow();
  // A proxy rather than a subclass: a Date made by Node itself (fs.Stats#mtime) is still
  // `instanceof Date`, and `Date.UTC`, `Date.parse` are the real ones.
  const Shifted = new Proxy(RealDate, {
    construct: (target, args, newTarget) => (args.length === 0 ? Reflect.construct(target, [realNow() + offset], newTarget) : Reflect.construct(target, args, newTarget)),
    apply: () => new RealDate(realNow() + offset).toString(),
  });
  RealDate.now = () => realNow() + offset;
  globalThis.Date = Shifted;
}
