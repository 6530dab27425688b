// One runner for work done in slices (diagnostics, outline; extension and language server).
import { strict as assert } from 'node:assert';
import { inSlices } from '../../src/core/slices';

function* pieces(n: number, done: string[]): Generator<void, string> {
  for (let i = 0; i < n; i++) {
    // Each piece takes about 5 ms, so a 12 ms slice holds two or three of them.
    const until = performance.now() + 5;
    while (performance.now() < until);
    done.push(`piece ${i}`);
    yield;
  }
  return 'all';
}

describe('inSlices', () => {
  it('runs every piece, pausing between slices, and gives the result', async () => {
    const done: string[] = [];
    let pauses = 0;
    const slices: number[] = [];
    const r = await inSlices(pieces(12, done), { pause: async () => void pauses++, stale: () => false, onSlice: (ms) => slices.push(ms) });
    assert.equal(r, 'all');
    assert.equal(done.length, 12);
    assert.ok(pauses >= 2, `${pauses} pauses`);
    assert.equal(slices.length, pauses + 1);
  });

  it('stops at the first pause after the work is no longer wanted', async () => {
    const done: string[] = [];
    const r = await inSlices(pieces(50, done), { pause: async () => undefined, stale: () => true });
    assert.equal(r, undefined);
    assert.ok(done.length < 50, `${done.length} pieces run`);
  });
});
