// "Today" is the user's calendar date, in the editor and the CLI alike (core/local-date.ts).
import { strict as assert } from 'node:assert';
import { parseArgs, todayArg } from '../../src/cli/args';
import { localDate } from '../../src/core/local-date';

describe('the local date', () => {
  // 08:00 on 30 November in Seoul (UTC+9) is still 29 November in UTC.
  const seoulMorning = new Date('2026-11-29T23:00:00Z');

  it('is already tomorrow in Seoul before 09:00, while UTC says yesterday', () => {
    assert.equal(seoulMorning.toISOString().slice(0, 10), '2026-11-29');
    assert.equal(localDate(seoulMorning, -540), '2026-11-30');
  });

  it('is still yesterday in New York after UTC midnight', () => {
    assert.equal(localDate(new Date('2026-11-30T03:00:00Z'), 300), '2026-11-29');
    assert.equal(localDate(new Date('2026-11-30T05:00:00Z'), 300), '2026-11-30');
  });

  it('equals the UTC date at offset 0, at the first and the last millisecond of the day', () => {
    assert.equal(localDate(new Date('2026-12-31T00:00:00.000Z'), 0), '2026-12-31');
    assert.equal(localDate(new Date('2026-12-31T23:59:59.999Z'), 0), '2026-12-31');
  });

  describe('with the runtime in Asia/Seoul', () => {
    const saved = process.env.TZ;
    before(() => {
      process.env.TZ = 'Asia/Seoul';
    });
    after(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });

    it('takes the offset from the runtime by default', () => {
      assert.equal(seoulMorning.getTimezoneOffset(), -540);
      assert.equal(localDate(seoulMorning), '2026-11-30');
    });

    it('is what `cbo check` and the other commands judge deadlines on without --today', () => {
      assert.equal(todayArg(parseArgs([], { '--today': true }), seoulMorning), '2026-11-30');
      assert.equal(todayArg(parseArgs(['--today', '2026-01-02'], { '--today': true }), seoulMorning), '2026-01-02');
    });
  });
});
