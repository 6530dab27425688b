// A measurements CSV named by many metrics is read and parsed once per run: a 5.5 MB CSV named by
// ten outcomes was read, parsed and turned into readings ten times (30 s, 1.3 GB for one report).
import { strict as assert } from 'node:assert';
import { promises as fs, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { readCsvMeasurements } from '../../src/cli/csv-file';
import type { CliIo } from '../../src/cli/io';
import { loadPortfolio } from '../../src/cli/portfolio';
import { parseDocument } from '../../src/core/parse';
import { CsvCache } from '../../src/core/portfolio/csv-cache';
import { LineIndex } from '../../src/core/positions';
import { isIsoDate } from '../../src/core/text/date';
import { removeWorkspaces, workspace } from './cli-run';

const METRIC = '{ name: Checkout completion rate, unit: "%", baseline: { value: 62, asOf: 2026-03-31 }, target: { value: 80, by: 2027-06-30 }, measurements: { file: readings.csv } }';
const outcome = (i: number) => `  - { title: Returning customers in store ${i} finish checkout without calling support, metrics: { primary: ${METRIC} } }\n`;
const cboFile = (n: number) => 'cbo: 1\noutcomes:\n' + Array.from({ length: n }, (_, i) => outcome(i)).join('');
const CSV = 'date,value\n2026-04-30,64\n2026-05-31,abc\n2026-06-30,67\n';

/** An io that reads from disk and counts the reads of each file by name. */
function countingIo(cwd: string): { io: CliIo; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const io: CliIo = {
    stdout: () => {},
    stderr: () => {},
    stdoutIsTerminal: false,
    cwd,
    readFile: (p) => {
      reads.set(path.basename(p), (reads.get(path.basename(p)) ?? 0) + 1);
      return fs.readFile(p, 'utf8');
    },
  };
  return { io, reads };
}

describe('measurements CSV named by many metrics', () => {
  after(removeWorkspaces);

  it('is read and parsed once, its readings shared, its own problems said once', async () => {
    const dir = workspace({ 'x.cbo.yaml': cboFile(3), 'readings.csv': CSV });
    const { io, reads } = countingIo(dir);
    const text = cboFile(3);
    const { doc } = parseDocument(text, 'yaml');
    const cache = new CsvCache();
    const problems = await readCsvMeasurements('x.cbo.yaml', new LineIndex(text), doc.outcomes, io, { lang: 'en', maxBytes: 1e6, cache });
    assert.equal(reads.get('readings.csv'), 1);
    assert.equal(cache.parses, 1);
    const lists = doc.outcomes.map((o) => o.metrics!.primary!.measurements);
    assert.deepEqual(
      lists[2]!.map((m) => [m.date?.value, m.value?.value]),
      [
        ['2026-04-30', 64],
        ['2026-06-30', 67],
      ],
    );
    assert.ok(lists[1] === lists[0] && lists[2] === lists[0]);
    assert.deepEqual(problems, [{ file: 'readings.csv', line: 3, message: '"abc" is not a number' }]);
  });

  it('is read again when it changed, and held to each file’s own size limit', async () => {
    const dir = workspace({ 'readings.csv': CSV });
    const { io, reads } = countingIo(dir);
    const text = cboFile(2);
    const cache = new CsvCache();
    const readAll = async (maxBytes: number) => {
      const { doc } = parseDocument(text, 'yaml');
      const problems = await readCsvMeasurements(path.join(dir, 'x.cbo.yaml'), new LineIndex(text), doc.outcomes, io, { lang: 'en', maxBytes, cache });
      return { problems, values: doc.outcomes[1]!.metrics!.primary!.measurements.map((m) => m.value?.value) };
    };
    assert.deepEqual((await readAll(1e6)).values, [64, 67]);
    assert.deepEqual((await readAll(1e6)).values, [64, 67]);
    assert.equal(reads.get('readings.csv'), 1);
    writeFileSync(path.join(dir, 'readings.csv'), 'date,value\n2026-04-30,70\n');
    assert.deepEqual((await readAll(1e6)).values, [70]);
    assert.equal(reads.get('readings.csv'), 2);
    // Read already, but too large for this file's limit: refused, for each metric that names it.
    const small = await readAll(10);
    assert.deepEqual(small.values, []);
    assert.equal(small.problems.length, 2);
    assert.match(small.problems[0]!.message, /^the measurements file readings\.csv is too large to read/);
  });

  it('is read once for a portfolio of files that name it', async () => {
    const dir = workspace({ 'a.cbo.yaml': cboFile(2), 'b.cbo.yaml': cboFile(2), 'readings.csv': CSV });
    const { io, reads } = countingIo(dir);
    const loaded = await loadPortfolio(['.'], io, '2026-11-22', { system: 'en' });
    assert.equal(reads.get('readings.csv'), 1);
    assert.equal(loaded.problems.filter((p) => p.file === 'readings.csv').length, 1);
  });
});

describe('isIsoDate', () => {
  // The definition it had, as a regular expression: YYYY-MM-DD in ASCII digits, a day that exists.
  const reference = (s: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) return false;
    const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
    const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    return mo >= 1 && mo <= 12 && d >= 1 && d <= last;
  };
  it('accepts what the regular expression accepted, and nothing else', () => {
    const cases = ['2026-02-28', '2024-02-29', '2026-02-29', '2100-02-29', '2000-02-29', '2026-04-31', '2026-12-31', '2026-13-01', '2026-00-10', '2026-01-00', '0000-01-01', '9999-12-31', '2026-1-01', '2026-01-1', '2026/01/01', ' 2026-01-01', '2026-01-01 ', '２０２６-01-01', '2026-0１-01', '2026-01-0a', '20260-1-01', '', '2026-01-01T00:00', '-026-01-01', '+026-01-01', '2026--1-01'];
    for (const c of cases) assert.equal(isIsoDate(c), reference(c), c);
  });
});
