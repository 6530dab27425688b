import { strict as assert } from 'node:assert';
import { fileSlug } from '../../src/core/file-slug';

describe('file names from an outcome', () => {
  it('cuts a long behaviour at a word boundary, never mid-word', () => {
    const s = fileSlug('Returning customers finish checkout without calling support about delivery dates');
    assert.equal(s, 'returning-customers-finish-checkout-without');
    assert.ok(s.length <= 48);
  });
  it('keeps Hangul and drops punctuation', () => {
    assert.equal(fileSlug('분석가가 출근 30분 안에 보고서를 연다!'), '분석가가-출근-30분-안에-보고서를-연다');
  });
  it('cuts a single word longer than the limit, and falls back when nothing is left', () => {
    assert.equal(fileSlug('x'.repeat(60)), 'x'.repeat(48));
    assert.equal(fileSlug('¿¡…'), 'outcome');
    assert.equal(fileSlug(undefined), 'outcome');
  });
});
