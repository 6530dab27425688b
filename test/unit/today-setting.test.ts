// `cbo.today` in the extension and `today` in the language server's settings: one check
// (core/today-setting.ts), as `cbo check --today` checks the flag. The extension had no way to
// pin the day at all, so nobody could see in the editor the findings `cbo check --today` gives.
// What VS Code does with it (resolve, the canvas, the portfolio) is test/integration/config.test.ts.
import { strict as assert } from 'node:assert';
import { checkClientSettings } from '../../src/lsp/client-settings';
import { pinnedDay, TodaySetting, todaySettingWarning } from '../../src/core/today-setting';

describe('a pinned today (cbo.today, the language server\'s today)', () => {
  it('pins a real date written YYYY-MM-DD, and none when absent or empty', () => {
    assert.deepEqual(pinnedDay('2028-02-29'), { day: '2028-02-29' });
    assert.deepEqual(pinnedDay(''), {});
    assert.deepEqual(pinnedDay(undefined), {});
    for (const bad of ['2027-02-29', '2026-13-01', '2026-1-01', ' 2026-01-01', '2026/01/01', 'today', 20260101, null, ['2026-01-01']]) {
      assert.deepEqual(pinnedDay(bad), { bad: true }, JSON.stringify(bad));
    }
  });

  it('gives the local date for an empty or a bad value, and warns of a bad one once until it changes', () => {
    const said: string[] = [];
    const t = new TodaySetting((text) => said.push(text));
    assert.equal(t.day('', '2026-11-22', 'en'), '2026-11-22');
    assert.equal(t.day('2027-04-01', '2026-11-22', 'en'), '2027-04-01');
    assert.deepEqual(said, []);
    assert.equal(t.day('2027-02-30', '2026-11-22', 'en'), '2026-11-22');
    assert.equal(t.day('2027-02-30', '2026-11-22', 'en'), '2026-11-22', 'every lint asks: said once');
    assert.equal(said.length, 1);
    assert.equal(said[0], 'CBO Guide: the cbo.today setting "2027-02-30" must be a real date written YYYY-MM-DD (or be empty for your local date); deadlines are judged against your local date, 2026-11-22.');
    t.day('2027-13-01', '2026-11-22', 'en');
    assert.equal(said.length, 2, 'another bad value is said');
    t.day('2027-04-01', '2026-11-22', 'en');
    t.day('2027-13-01', '2026-11-22', 'en');
    assert.equal(said.length, 3, 'a bad value back after a good one is said again');
  });

  it('says it in Korean, and quotes a value that is no text, or a long one, short', () => {
    assert.equal(todaySettingWarning('2027-02-30', '2026-11-22', 'ko'), 'CBO Guide: cbo.today 설정의 "2027-02-30" 값은 쓸 수 없습니다(YYYY-MM-DD 형식의 실제 날짜여야 함, 비우면 이 컴퓨터의 날짜). 기한은 이 컴퓨터의 오늘 날짜(2026-11-22)로 판단합니다.');
    assert.match(todaySettingWarning(20270401, '2026-11-22', 'en'), /^CBO Guide: the cbo\.today setting 20270401 must be/);
    const long = todaySettingWarning('x'.repeat(5000), '2026-11-22', 'en');
    assert.ok(long.length < 300, `${long.length} characters`);
  });

  it('lets the language server take the extension\'s empty default as no pin, and name a bad value as before', () => {
    assert.deepEqual(checkClientSettings({ today: '' }), { settings: {}, problems: [] });
    const bad = checkClientSettings({ today: '2027-02-30' });
    assert.deepEqual(bad.settings, {});
    assert.deepEqual(bad.problems, [{ setting: 'cbo.today', en: 'must be a real date written YYYY-MM-DD', ko: 'YYYY-MM-DD 형식의 실제 날짜여야 함' }]);
  });
});
