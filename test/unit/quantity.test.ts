import { strict as assert } from 'node:assert';
import { extractQuantities } from '../../src/core/text/quantity';

const q = (t: string) => extractQuantities(t).map((x) => [x.value, x.unit ?? '', t.slice(x.start, x.end).trim()]);

describe('quantities in free text', () => {
  it('reads digits with units', () => {
    assert.deepEqual(q('62% as of 2026-09-30'), [[62, '%', '62%']]);
    assert.deepEqual(q('from 5 hours to 30 minutes'), [[5, 'hours', '5 hours'], [30, 'minutes', '30 minutes']]);
    assert.deepEqual(q('1,200 calls'), [[1200, 'calls', '1,200 calls']]);
    assert.deepEqual(q('$1.2M a year'), [[1_200_000, '$', '$1.2M']]);
  });
  it('reads numbers spelled in words', () => {
    assert.deepEqual(q('cut waiting by ten percent'), [[10, '%', 'ten percent']]);
    assert.deepEqual(q('half the calls'), [[0.5, '', 'half']]);
  });
  it('reads Korean numbers and units', () => {
    assert.deepEqual(q('5시간에서 30분으로'), [[5, '시간', '5시간'], [30, '분', '30분']]);
    assert.deepEqual(q('처리량 두 배'), [[2, '배', '두 배']]);
    assert.deepEqual(q('10퍼센트 감소'), [[10, '%', '10퍼센트']]);
  });
  it('does not take dates, quarters or versions for quantities', () => {
    assert.deepEqual(q('by 2027-06-30'), []);
    assert.deepEqual(q('in Q2 2027'), []);
    assert.deepEqual(q('2027년 6월, 3분기'), []);
    assert.deepEqual(q('5일 안에'), [[5, '일', '5일']]);
  });
});
