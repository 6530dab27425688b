// `cbo check --format gitlab`: the Code Climate JSON GitLab's code-quality widget reads.
import { strict as assert } from 'node:assert';
import { mkdtempSync, promises as fs, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Finding } from '../../src/core/finding';
import { toGitlab } from '../../src/cli/gitlab';
import { main } from '../../src/cli/main';
import { GOOD_YAML } from './helpers';

const finding = (ruleId: string, line: number, severity: Finding['severity'], message = `${ruleId} message`): Finding => ({
  ruleId,
  severity,
  message,
  span: { start: 0, end: 1 },
  start: { line, character: 2 },
  end: { line: line + 1, character: 0 },
});

describe('GitLab code-quality format', () => {
  it('has the fields GitLab requires, with 1-based lines and GitLab severities', () => {
    const out = toGitlab([{ file: 'plans/a.cbo.yaml', findings: [finding('missing-baseline', 5, 'error'), finding('weasel-word', 1, 'warning'), finding('no-actor', 0, 'info')] }]);
    assert.equal(out.length, 3);
    for (const i of out) {
      for (const k of ['description', 'check_name', 'fingerprint', 'severity'] as const) assert.equal(typeof i[k], 'string', k);
      assert.equal(i.location.path, 'plans/a.cbo.yaml');
      assert.equal(typeof i.location.lines.begin, 'number');
    }
    assert.deepEqual(out.map((i) => [i.check_name, i.severity, i.location.lines.begin]), [
      ['missing-baseline', 'major', 6],
      ['weasel-word', 'minor', 2],
      ['no-actor', 'info', 1],
    ]);
    assert.match(out[0]!.description, /^missing-baseline: /);
  });

  it('gives unique fingerprints that survive the finding moving to another line', () => {
    const a = toGitlab([{ file: 'a.md', findings: [finding('weasel-word', 3, 'warning', 'same'), finding('weasel-word', 9, 'warning', 'same')] }]);
    assert.notEqual(a[0]!.fingerprint, a[1]!.fingerprint, 'two identical findings are told apart');
    const moved = toGitlab([{ file: 'a.md', findings: [finding('weasel-word', 13, 'warning', 'same'), finding('weasel-word', 19, 'warning', 'same')] }]);
    assert.deepEqual(moved.map((i) => i.fingerprint), a.map((i) => i.fingerprint));
    const other = toGitlab([{ file: 'b.md', findings: [finding('weasel-word', 3, 'warning', 'same')] }]);
    assert.notEqual(other[0]!.fingerprint, a[0]!.fingerprint, 'the path is part of it');
    assert.match(a[0]!.fingerprint, /^[0-9a-f]{32}$/);
  });

  it('is what cbo check --format gitlab prints, exit code as for the other formats', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cbo-gitlab-'));
    try {
      writeFileSync(path.join(dir, 'a.cbo.yaml'), GOOD_YAML.replace('    baseline: { value: 62, asOf: 2026-09-30 }\n', ''));
      let out = '';
      const code = await main(['check', '--format', 'gitlab', '--today', '2026-11-01'], { stdout: (s) => (out += s), stderr: () => undefined, stdoutIsTerminal: true, readFile: (p) => fs.readFile(p, 'utf8'), cwd: dir }, {});
      assert.equal(code, 1);
      const issues = JSON.parse(out) as { check_name: string; location: { path: string; lines: { begin: number } } }[];
      const b = issues.find((i) => i.check_name === 'missing-baseline');
      assert.ok(b, out);
      assert.equal(b.location.path, 'a.cbo.yaml');
      const line = GOOD_YAML.split('\n').findIndex((l) => /^\s+primary:/.test(l)) + 1;
      assert.equal(b.location.lines.begin, line, 'the line of the metric that lacks it');
      let empty = '';
      // With a hypothesis too, so not even an info finding is left.
      const clean = GOOD_YAML.replace(/^( {2}behavior: .*\n)/m, '$1  hypothesis: If returning customers finish checkout alone, support cost falls because fewer of them call\n');
      writeFileSync(path.join(dir, 'a.cbo.yaml'), clean);
      assert.equal(await main(['check', '--format', 'gitlab', '--today', '2026-11-01'], { stdout: (s) => (empty += s), stderr: () => undefined, stdoutIsTerminal: true, readFile: (p) => fs.readFile(p, 'utf8'), cwd: dir }, {}), 0);
      assert.deepEqual(JSON.parse(empty), [], 'a clean run is an empty report, still valid JSON');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
