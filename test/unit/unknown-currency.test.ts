// unknown-currency: three capitals no currency has ("UDS"), with the one code it most likely meant.
import { strict as assert } from 'node:assert';
import { currencyMeant } from '../../src/core/rules/unknown-currency';
import { at, GOOD_YAML, ids, only, run } from './helpers';

describe('unknown-currency', () => {
  it('flags a code no currency has, at the code, and offers the one it most likely meant', () => {
    assert.match(GOOD_YAML, /currency: USD/);
    const text = GOOD_YAML.replace('currency: USD', 'currency: UDS');
    const [f, ...rest] = only(run(text).findings, 'unknown-currency');
    assert.equal(rest.length, 0);
    assert.equal(at(text, f!), 'UDS');
    assert.equal(f!.severity, 'warning');
    assert.match(f!.message, /"UDS" is not an ISO 4217 currency code\. Did you mean USD\?/);
    assert.equal(f!.fix?.kind, 'replace');
    assert.equal(f!.fix && 'snippet' in f!.fix ? f!.fix.snippet : undefined, 'USD');
    assert.match(only(run(text, 'yaml', {}, 'ko').findings, 'unknown-currency')[0]!.message, /통화 코드가 아닙니다\. USD를 뜻했나요/);
  });
  it('names no code when none or several are as near, and then offers no fix', () => {
    const text = GOOD_YAML.replace('currency: USD', 'currency: QQQ');
    const [f] = only(run(text).findings, 'unknown-currency');
    assert.match(f!.message, /"QQQ" is not an ISO 4217 currency code \(USD/);
    assert.equal(f!.fix, undefined);
  });
  it('passes every code in use, and leaves a code of the wrong form to the schema alone', () => {
    for (const c of ['USD', 'EUR', 'KRW', 'JPY', 'CHF', 'GBP', 'TRY', 'ALL', 'XAU', 'XXX']) assert.deepEqual(only(run(GOOD_YAML.replace('currency: USD', `currency: ${c}`)).findings, 'unknown-currency'), [], c);
    const lower = GOOD_YAML.replace('currency: USD', 'currency: usd');
    const got = ids(run(lower).findings);
    assert.ok(got.some((i) => i.startsWith('schema')), got.join(' '));
    assert.ok(!got.includes('unknown-currency'), got.join(' '));
  });
  it('guesses only two neighbours swapped, never a letter changed, never between two', () => {
    assert.equal(currencyMeant('GPB'), 'GBP');
    // "UDS" is also one letter from UZS: the swap is the guess.
    assert.equal(currencyMeant('UDS'), 'USD');
    // One letter from EUR, and BTC one from BTN (the ngultrum): no guess that changes the meaning.
    assert.equal(currencyMeant('EUO'), undefined);
    assert.equal(currencyMeant('BTC'), undefined);
    assert.equal(currencyMeant('QQQ'), undefined);
  });
  it('BTC: named, with no fix', () => {
    const [f] = only(run(GOOD_YAML.replace('currency: USD', 'currency: BTC')).findings, 'unknown-currency');
    assert.doesNotMatch(f!.message, /Did you mean/);
    assert.equal(f!.fix, undefined);
  });
});
