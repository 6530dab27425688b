// The defects a hostile review of the engine found (issue 11), one test each: inputs that
// crashed, hung, misplaced findings or read a file unlike it renders.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { buildReport } from '../../src/core/report';
import { globToRegExp, MAX_GLOB_LENGTH } from '../../src/core/glob';
import { parseConfigText } from '../../src/core/config';
import { parseYaml } from '../../src/core/parse/yaml-parse';
import { LineIndex, lineStarts } from '../../src/core/positions';
import { parseDocument } from '../../src/core/parse';
import { computeRoi, sumRoi } from '../../src/core/roi';
import { at, GOOD_YAML, only, run, TODAY } from './helpers';

const COMPLETE_FENCE = '```cbo\n' + GOOD_YAML + '```\n';

describe('hardening (issue 11)', function () {
  this.timeout(60_000);

  describe('2. no spread of unbounded arrays into calls', () => {
    it('lints 50,000 empty value items without overflowing the stack', () => {
      const text = 'value:\n  items:\n' + '  - {}\n'.repeat(50_000);
      const r = run(text, 'yaml');
      assert.ok(r.findings.length > 0);
      assert.ok(!r.findings.some((f) => /call stack/i.test(f.message)), 'no stack overflow message');
      assert.equal(only(r.findings, 'internal-error').length, 0);
    });

    it('writes a report for 12,000 detailed outcomes (over 150,000 lines)', () => {
      const one = parseDocument(
        'title: t\nowner: Head of Sales\nmetrics: { primary: { name: Rate, unit: "%", baseline: { value: 5, asOf: 2026-01-01 }, target: { value: 9, by: 2027-01-01 } } }\nvalue: { currency: USD, investment: 10, items: [ { type: hard-savings, amount: 5, assumption: x }, { type: revenue-impact, amount: 7, assumption: y } ] }\nassumptions: [a, b]\n',
        'yaml',
      ).doc.outcomes[0]!;
      const outcomes = Array.from({ length: 12_000 }, (_, i) => ({ ...structuredClone(one), index: i, title: { value: `Customers pay online ${i}`, span: one.title!.span } }));
      const md = buildReport(outcomes, { today: TODAY, lang: 'en' });
      assert.match(md, /Customers pay online 11999/);
    });

    it('no source file spreads an array into a call (push, unshift, Math.max/min, fromCharCode, apply)', () => {
      const bad: string[] = [];
      // A call whose argument list spreads something at its own level (not inside [] or {}),
      // read over the whole file so a call written over several lines is seen too (the
      // portfolio report's `out.push(\n ...section,` overflowed the stack at 80,000 outcomes).
      const spreadingCalls = (text: string): number[] => {
        const lines: number[] = [];
        const call = /\b(?:push|unshift|splice|max|min|fromCharCode|fromCodePoint|apply|concat)\(/g;
        for (let m = call.exec(text); m; m = call.exec(text)) {
          let depth = 0;
          for (let i = m.index + m[0].length; i < text.length; i++) {
            const ch = text[i]!;
            if ('([{'.includes(ch)) depth++;
            else if (')]}'.includes(ch)) {
              if (depth-- === 0) break;
            } else if (depth === 0 && text.startsWith('...', i)) {
              lines.push(text.slice(0, m.index).split('\n').length);
              break;
            }
          }
        }
        return lines;
      };
      const walk = (dir: string): void => {
        for (const name of readdirSync(dir)) {
          const p = path.join(dir, name);
          if (statSync(p).isDirectory()) walk(p);
          else if (p.endsWith('.ts')) {
            // Comment lines blanked, so "e.g. push(...)" in prose is not a call.
            const text = readFileSync(p, 'utf8').split('\n').map((l) => (/^\s*(\/\/|\*|\/\*)/.test(l) ? '' : l)).join('\n');
            for (const line of spreadingCalls(text)) bad.push(`${p}:${line}: ${text.split('\n')[line - 1]!.trim()}`);
          }
        }
      };
      walk('src');
      assert.deepEqual(bad, []);
    });
  });

  describe('3. identical outcomes are separate models', () => {
    it('reports each copy of a pasted outcome on its own line', () => {
      const text = 'outcomes:\n- title: Ship the new dashboard\n- title: Ship the new dashboard\n';
      const r = run(text, 'yaml');
      const lines = only(r.findings, 'missing-primary-metric').map((f) => f.start.line + 1);
      assert.deepEqual(lines, [2, 3]);
      assert.equal(r.outcomes.length, 2);
      assert.notEqual(r.outcomes[0], r.outcomes[1]);
      assert.deepEqual(r.outcomes.map((o) => o.title!.span.start), [text.indexOf('Ship'), text.lastIndexOf('Ship')]);
    });

    it('does the same for two identical Markdown outcomes', () => {
      const section = '## CBO: Ship the new dashboard\n\nSome text.\n\n';
      const text = section + section;
      const r = run(text, 'markdown');
      const lines = only(r.findings, 'output-as-outcome').map((f) => f.start.line + 1);
      assert.deepEqual(lines, [1, 5]);
    });
  });

  describe('6. positions: lines end at CRLF, LF or CR', () => {
    it('one definition of a line break: CRLF, LF and a lone CR each end a line', () => {
      assert.deepEqual(lineStarts('a\r\nb\nc\rd'), [0, 3, 5, 7]);
      const li = new LineIndex('a\rb\r\nc');
      assert.deepEqual(li.position(2), { line: 1, character: 0 });
      assert.deepEqual(li.position(5), { line: 2, character: 0 });
    });

    it('a lone CR in a Markdown paragraph does not shift later findings', () => {
      const text = '# Plan\n\nFirst line\rsecond line of the same paragraph.\n\n## CBO: Ship the new dashboard\n\n### Success Metrics\n- **Primary Metric**: TBD\n';
      const r = run(text, 'markdown');
      const tbd = only(r.findings, 'no-placeholder');
      assert.ok(tbd.length > 0, 'the placeholder is found');
      for (const f of tbd) assert.equal(at(text, f), 'TBD');
      const heading = only(r.findings, 'output-as-outcome')[0]!;
      assert.equal(heading.start.line, 5, 'the heading is on line 6 (the CR ends line 3)');
    });

    it('a YAML file with lone-CR line endings reads like the same file with LF', () => {
      const lf = run(GOOD_YAML.replace('owner: Head of Digital Channels\n', 'owner: TBD\n'), 'yaml');
      const crText = GOOD_YAML.replace('owner: Head of Digital Channels\n', 'owner: TBD\n').replace(/\n/g, '\r');
      const cr = run(crText, 'yaml');
      assert.deepEqual(
        cr.findings.map((f) => [f.ruleId, f.start.line, f.start.character]),
        lf.findings.map((f) => [f.ruleId, f.start.line, f.start.character]),
      );
      for (const f of cr.findings) assert.ok(Number.isInteger(f.start.character) && Number.isInteger(f.end.character));
    });

    it('a NUL in a heading keeps its finding on the heading', () => {
      const text = '# Plan\n\n## CBO: Ship the new\u0000 dashboard\n';
      const r = run(text, 'markdown');
      const f = only(r.findings, 'output-as-outcome')[0];
      assert.ok(f, 'the heading is checked');
      assert.equal(f.start.line, 2);
      assert.equal(at(text, f), 'Ship');
    });
  });

  describe('9. disable comments count only as real comments', () => {
    it('a cbo-disable-file inside a fenced code block silences nothing', () => {
      const text = '# Plan\n\n```markdown\n<!-- cbo-disable-file -->\n```\n\n## CBO: Ship the new dashboard\n';
      assert.ok(only(run(text, 'markdown').findings, 'output-as-outcome').length > 0);
    });

    it('nor inside an indented code block; a real comment still does', () => {
      const code = '# Plan\n\n    <!-- cbo-disable-file -->\n\n## CBO: Ship the new dashboard\n';
      assert.ok(only(run(code, 'markdown').findings, 'output-as-outcome').length > 0);
      const real = '# Plan\n\n<!-- cbo-disable-file -->\n\n## CBO: Ship the new dashboard\n';
      assert.equal(run(real, 'markdown').findings.length, 0);
    });
  });

  describe('10. Markdown read as it renders', () => {
    it('ignores a CBO heading inside an HTML comment', () => {
      const text = '# Plan\n\n<!--\n## CBO: Ship the new dashboard\n-->\n';
      assert.deepEqual(run(text, 'markdown').findings, []);
      assert.equal(run(text, 'markdown').outcomes.length, 0);
    });

    it('reads a cbo fence inside a blockquote, with findings placed in the quote', () => {
      const text = '# Plan\n\n' + COMPLETE_FENCE.replace('owner: Head of Digital Channels\n', 'owner: TBD\n').split('\n').map((l) => (l ? '> ' + l : l)).join('\n');
      const r = run(text, 'markdown');
      assert.equal(only(r.findings, 'yaml-syntax').length, 0, JSON.stringify(r.findings.map((f) => f.message)));
      assert.equal(r.outcomes.length, 1);
      assert.equal(r.outcomes[0]!.title?.value, 'Returning customers finish checkout without calling support');
      const tbd = only(r.findings, 'no-placeholder')[0]!;
      assert.equal(at(text, tbd), 'TBD');
    });

    it('a CBO heading and the complete fence in its section are one outcome', () => {
      const text = '# Plan\n\n## CBO: Checkout without support calls\n\n' + COMPLETE_FENCE + '\n## Next steps\n\nShip it.\n';
      const r = run(text, 'markdown');
      assert.equal(r.outcomes.length, 1);
      assert.equal(only(r.findings, 'missing-primary-metric').length, 0);
      assert.equal(r.outcomes[0]!.metrics?.primary?.name?.value, 'Checkout completion rate');
    });
  });

  describe('14. clear errors for hostile or foreign files', () => {
    it('10,000 nested [ give one resource-limit finding', () => {
      const r = run('title: x\nrisks: ' + '['.repeat(10_000) + '\n', 'yaml');
      assert.deepEqual(r.findings.map((f) => f.ruleId), ['resource-limit']);
      assert.ok(!/call stack/i.test(r.findings[0]!.message));
    });

    it('deep nesting and too many aliases are each named, in English and Korean', () => {
      const bomb = ['title: x', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
      for (const p of 'abcde') bomb.push(`${String.fromCharCode(p.charCodeAt(0) + 1)}: &${String.fromCharCode(p.charCodeAt(0) + 1)} [${Array(10).fill('*' + p).join(', ')}]`);
      const nested = {
        '5,000 block lists': 'title: x\nrisks:\n  ' + '- '.repeat(5000) + 'x\n',
        '5,000 flow maps': 'title: x\noutcome: ' + '{a: '.repeat(5000) + 'x' + '}'.repeat(5000) + '\n',
      };
      for (const lang of ['en', 'ko'] as const) {
        for (const [name, text] of Object.entries(nested)) {
          const [f, ...rest] = run(text, 'yaml', {}, lang).findings;
          assert.equal(f!.ruleId, 'resource-limit', name);
          assert.deepEqual(rest, [], name);
          assert.match(f!.message, lang === 'en' ? /^This YAML nests lists or mappings too deeply to read safely.*remove the extra nesting\.$/ : /너무 깊게 중첩되어.*남는 중첩을 없애세요\.$/, name);
          assert.doesNotMatch(f!.message, /alias|별칭/, name);
        }
        const [b] = only(run(bomb.join('\n') + '\n', 'yaml', {}, lang).findings, 'resource-limit');
        assert.match(b!.message, lang === 'en' ? /^This YAML needs more than 1,000 alias expansions \(\*name\) to read.*Write the values out/ : /별칭\(\*이름\)을 1,000번 넘게 펼쳐야/);
        assert.doesNotMatch(b!.message, /nest|중첩/);
      }
    });

    it('a file with two YAML documents says so in its own words', () => {
      const r = run(GOOD_YAML + '---\n' + GOOD_YAML, 'yaml');
      const f = r.findings.find((x) => /document/i.test(x.message))!;
      assert.ok(f, JSON.stringify(r.findings.map((x) => x.message)));
      assert.doesNotMatch(f.message, /parseAllDocuments/);
      assert.match(f.message, /one (YAML )?document|---/);
    });

    it('a UTF-16 file is named as such', () => {
      const utf16 = '\uFFFD\uFFFD' + [...'title: Customers pay online\n'].map((c) => c + '\u0000').join('');
      for (const kind of ['yaml', 'markdown'] as const) {
        const r = run(utf16, kind);
        assert.equal(r.findings.length, 1, kind);
        assert.match(r.findings[0]!.message, /UTF-16/);
        // The editor and the language server then offer "Disable for this file" only.
        assert.equal(r.findings[0]!.data?.scope, 'file', kind);
      }
    });

    it('a UTF-32 file and a file of NUL bytes are each named as what they are, not as UTF-16', () => {
      // As Node decodes them: UTF-32 LE's byte order mark FF FE 00 00 is two � and two NULs.
      const utf32 = Buffer.from([0xff, 0xfe, 0, 0, ...[...'title: Customers pay online\n'].flatMap((c) => [c.charCodeAt(0), 0, 0, 0])]).toString('utf8');
      const nuls = '\u0000'.repeat(100_000);
      for (const lang of ['en', 'ko'] as const) {
        const [a] = run(utf32, 'yaml', {}, lang).findings;
        assert.match(a!.message, lang === 'en' ? /^This file looks UTF-32 encoded \(three NUL bytes beside each letter\)/ : /UTF-32로 인코딩된 것 같습니다/);
        const [b] = run(nuls, 'markdown', {}, lang).findings;
        assert.match(b!.message, lang === 'en' ? /^This file holds NUL bytes, not text\./ : /NUL 바이트뿐입니다/);
      }
    });

    it('a UTF-8 file with a run of NUL bytes near its start says so and points at the run, not "looks UTF-32"', () => {
      // 300 NULs after a title: three quarters of the first 256 characters, which read as UTF-32.
      const md = '## CBO: Analysts get the report ' + '\u0000'.repeat(300) + '\n- **Target**: 95%\n';
      const yaml = 'title: "Analysts get the report ' + '\u0000'.repeat(300) + '"\n';
      for (const [text, kind] of [[md, 'markdown'], [yaml, 'yaml']] as const) {
        for (const lang of ['en', 'ko'] as const) {
          const r = run(text, kind, {}, lang);
          assert.deepEqual(r.findings.map((f) => f.ruleId), ['encoding'], `${kind} ${lang}`);
          const [f] = r.findings;
          assert.match(f!.message, lang === 'en' ? /^This file holds a run of NUL bytes here, which are not text: delete them/ : /NUL 바이트가 연달아 있습니다/);
          assert.doesNotMatch(f!.message, /UTF-(16|32)/);
          assert.equal(f!.span.start, text.indexOf('\u0000'), `${kind} ${lang}`);
          assert.equal(text.slice(f!.span.start, f!.span.end), '\u0000'.repeat(200), 'the run, up to 200 characters');
        }
      }
    });

    it('a NUL byte anywhere past the first 256 characters is named, with its line, column and count; the file is still checked', () => {
      const yaml = GOOD_YAML.replace('Two contractor', 'Two\u0000 contractor');
      const md = '# Plan\n\n' + 'Notes. '.repeat(60) + '\n\n## CBO: Ship the new\u0000 dashboard\n';
      for (const [text, kind] of [[yaml, 'yaml'], [md, 'markdown']] as const) {
        const at = text.indexOf('\u0000');
        assert.ok(at > 256, kind);
        const line = text.slice(0, at).split('\n').length;
        const column = at - text.lastIndexOf('\n', at);
        const en = run(text, kind);
        const nul = only(en.findings, 'nul-character');
        assert.equal(nul.length, 1, kind);
        assert.equal(nul[0]!.severity, 'warning');
        assert.deepEqual([nul[0]!.span.start, nul[0]!.span.end], [at, at + 1], kind);
        assert.equal(nul[0]!.message, `This file holds 1 NUL byte, which is not text; the first is at line ${line}, column ${column}. Delete it: a name or word beside it may be misread.`);
        // Still checked: the other findings are there (the heading is judged, the outcome read).
        assert.ok(en.findings.some((f) => f.ruleId !== 'nul-character'), kind);
        assert.deepEqual(only(en.findings, 'encoding'), [], kind);
        const ko = only(run(text, kind, {}, 'ko').findings, 'nul-character')[0]!.message;
        assert.equal(ko, `이 파일에 텍스트가 아닌 NUL 바이트가 1개 있습니다. 처음 것은 ${line}번째 줄 ${column}번째 글자에 있습니다. 지우세요. 그 옆의 이름이나 낱말이 잘못 읽힐 수 있습니다.`);
      }
      assert.equal(only(run(yaml, 'yaml', { rules: { 'nul-character': 'off' } }).findings, 'nul-character').length, 0);
    });

    it('a run of NUL bytes far from the start (a save that failed) is pointed at and counted; a few in the first 256 characters too', () => {
      const crashed = GOOD_YAML + '\u0000'.repeat(1500);
      const [f] = only(run(crashed, 'yaml').findings, 'nul-character');
      assert.equal(crashed.slice(f!.span.start, f!.span.end), '\u0000'.repeat(200), 'the run, up to 200 characters');
      assert.equal(f!.span.start, GOOD_YAML.length);
      assert.match(f!.message, new RegExp(`^This file holds 1000\\+ NUL bytes, which are not text; the first is at line ${GOOD_YAML.split('\n').length}, column 1\\. Delete them`));
      // Three stray NULs near the start: too few to read as UTF-16, and no run.
      const stray = 'title: A\u0000B\u0000C\u0000 report\n';
      assert.deepEqual(only(run(stray, 'yaml').findings, 'encoding'), []);
      assert.match(only(run(stray, 'yaml').findings, 'nul-character')[0]!.message, /^This file holds 3 NUL bytes, which are not text; the first is at line 1, column 9\./);
      assert.match(only(run(stray, 'yaml', {}, 'ko').findings, 'nul-character')[0]!.message, /NUL 바이트가 3개 있습니다\. 처음 것은 1번째 줄 9번째 글자에/);
    });

    it('reads the head of a file at the same thresholds: a quarter of NULs beside letters is UTF-16, 95 % a file of NULs', () => {
      // 256 characters read: 64 NULs (a quarter), each after three letters, is UTF-16; 63 is text with stray NULs.
      const quarter = (nuls: number) => 'abc\u0000'.repeat(nuls) + 'x'.repeat(256 - 4 * nuls) + '\n';
      assert.match(only(run(quarter(64), 'yaml').findings, 'encoding')[0]!.message, /looks UTF-16 encoded/);
      assert.deepEqual(only(run(quarter(63), 'yaml').findings, 'encoding'), []);
      assert.equal(only(run(quarter(63), 'yaml').findings, 'nul-character').length, 1);
      // 244 NULs of 256 (95.3 %) are a file of NULs; 243 (94.9 %), in one run, a run in text.
      const block = (nuls: number) => 'x'.repeat(256 - nuls) + '\u0000'.repeat(nuls);
      assert.match(only(run(block(244), 'yaml').findings, 'encoding')[0]!.message, /^This file holds NUL bytes, not text\./);
      assert.match(only(run(block(243), 'yaml').findings, 'encoding')[0]!.message, /^This file holds a run of NUL bytes here/);
    });

    it('a run of NUL bytes at the start keeps its own message, and no second finding', () => {
      const text = 'title: "Analysts get the report ' + '\u0000'.repeat(300) + '"\n';
      assert.deepEqual(run(text, 'yaml').findings.map((f) => f.ruleId), ['encoding']);
    });

    it('a Latin-1 file read as UTF-8 is still checked, with one warning at its first � and the count', () => {
      const latin1 = GOOD_YAML.replace('Returning customers', 'Caf\uFFFD M\uFFFDller customers');
      for (const lang of ['en', 'ko'] as const) {
        const r = run(latin1, 'yaml', {}, lang);
        const bad = r.findings.filter((f) => f.ruleId === 'replacement-character');
        assert.equal(bad.length, 1, lang);
        assert.equal(bad[0]!.severity, 'warning');
        assert.equal(latin1.slice(bad[0]!.span.start, bad[0]!.span.end), '\uFFFD');
        assert.equal(bad[0]!.span.start, latin1.indexOf('\uFFFD'));
        assert.match(bad[0]!.message, lang === 'ko' ? /2개.*원래 인코딩으로 다시 연 다음/ : /holds 2 characters.*reopen it in its real encoding/);
        assert.equal(r.outcomes.length, 1, 'the rest of the file is read');
      }
      assert.equal(run(GOOD_YAML, 'yaml').findings.filter((f) => f.ruleId === 'replacement-character').length, 0);
      assert.equal(run(GOOD_YAML.replace('Returning', 'Caf\uFFFD'), 'yaml', { rules: { 'replacement-character': 'off' } }).findings.filter((f) => f.ruleId === 'replacement-character').length, 0, 'a team can switch it off');
    });

    it('a file over maxFileBytes gets one finding about the whole file', () => {
      const r = run(GOOD_YAML + '#'.repeat(2000) + '\n', 'yaml', { maxFileBytes: 1000 });
      assert.deepEqual(r.findings.map((f) => f.ruleId), ['resource-limit']);
      assert.equal(r.findings[0]!.data?.scope, 'file');
      assert.equal(r.findings[0]!.start.line, 0);
    });

    it('an alias bomb is reported where it is, so a line comment can silence it', () => {
      const r = run('title: x\nrisks: ' + '['.repeat(10_000) + '\n', 'yaml');
      assert.notEqual(r.findings[0]!.data?.scope, 'file');
    });
  });

  describe('15. exact money and own-property lookups', () => {
    it('sums beyond 2^53 are exact or refused, never rounded', () => {
      const text = 'title: t\nvalue:\n  currency: KRW\n  investment: 1\n  items:\n    - { type: hard-savings, amount: 9007199254740991 }\n    - { type: hard-savings, amount: 9007199254740991 }\n';
      const o = parseDocument(text, 'yaml').doc.outcomes[0]!;
      const roi = computeRoi(o.value);
      for (const v of [roi.claimedMinor, roi.netMinor, roi.validatedMinor]) {
        if (v !== undefined) assert.ok(Number.isSafeInteger(v), `unsafe figure ${v}`);
      }
      assert.notEqual(roi.claimedMinor, 18014398509481980);
      const total = sumRoi([roi, roi]);
      for (const v of [total.claimedMinor, total.netMinor]) if (v !== undefined) assert.ok(Number.isSafeInteger(v), `unsafe total ${v}`);
      assert.ok(roi.issues.length > 0, 'the refusal is stated');
    });

    it('a category named like an Object property is shown as written', () => {
      for (const cat of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
        const o = parseDocument(`title: t\ncategory: ${cat}\n`, 'yaml').doc.outcomes[0]!;
        const md = buildReport([o], { today: TODAY, lang: 'en' });
        assert.doesNotMatch(md, /native code|\[object Object\]/, cat);
        assert.ok(md.includes(cat.replace(/_/g, '\\_')), `${cat} appears escaped as written`);
      }
    });
  });

  describe('16. YAML errors keep short stacks, whatever the host allows', () => {
    // mocha sets Error.stackTraceLimit to Infinity: "outcomes{{{{…:" with 4,096 braces made
    // one error per brace, each copying the parser's deep stack, and took 6 s to lint.
    it('parses with at most ten frames per error and restores the host limit', () => {
      const before = Error.stackTraceLimit;
      Error.stackTraceLimit = Infinity;
      try {
        const run = '{'.repeat(600);
        const doc = parseYaml(`outcomes${run}:\n- title: ${run}\n`);
        assert.ok(doc.errors.length > 100, String(doc.errors.length));
        const frames = Math.max(...doc.errors.map((e) => (e.stack ?? '').split('\n').filter((l) => l.trimStart().startsWith('at ')).length));
        assert.ok(frames <= 10, `an error kept ${frames} frames`);
        assert.equal(Error.stackTraceLimit, Infinity);
      } finally {
        Error.stackTraceLimit = before;
      }
    });
  });

  describe('1. glob semantics kept by the linear matcher', () => {
    it('matches like the old patterns did', () => {
      const cases: [string, string, boolean][] = [
        ['**/*.cbo.yaml', 'a.cbo.yaml', true],
        ['**/*.cbo.yaml', 'x/y/a.cbo.yaml', true],
        ['**/*.cbo.yaml', './x/a.cbo.yaml', true],
        ['*.cbo.yaml', 'x/a.cbo.yaml', false],
        ['drafts/**', 'drafts/a/b.md', true],
        ['drafts/**', 'other/a.md', false],
        ['docs/*.md', 'docs/a.md', true],
        ['docs/*.md', 'docs/x/a.md', false],
        ['a?c.md', 'abc.md', true],
        ['a?c.md', 'a/c.md', false],
        ['{a,b}/*.md', 'b/x.md', true],
        ['{a,b}/*.md', 'c/x.md', false],
        ['x{y', 'x{y', true],
        ['**/**/**/**/**/**/**/**/**/**/x', 'a/b/x', true],
        ['**/**/x', 'x', true],
        ['a/**/b', 'a/b', true],
        ['a/**/b', 'a/q/r/b', true],
        ['a/**/b', 'ab', false],
        ['a.b', 'axb', false],
      ];
      for (const [g, p, want] of cases) assert.equal(globToRegExp(g).test(p), want, `${g} vs ${p}`);
    });

    it('a glob longer than any path (4,096 characters) matches nothing, and the config says so', () => {
      const atLimit = 'a'.repeat(MAX_GLOB_LENGTH - 2) + '/*';
      assert.equal(globToRegExp(atLimit).test('a'.repeat(MAX_GLOB_LENGTH - 2) + '/x.md'), true);
      const over = '*'.repeat(MAX_GLOB_LENGTH + 1);
      assert.equal(globToRegExp(over).test('x.md'), false);
      const { config, findings } = parseConfigText(`ignore:\n  - "${over}"\n  - drafts/**\n`);
      assert.equal(findings.length, 1, JSON.stringify(findings));
      assert.match(findings[0]!.message, /ignore\.0.*this entry is ignored/);
      assert.deepEqual(config.ignore, ['drafts/**']);
    });

    it('bad config list items are each reported once, on their own line, and the good ones kept', () => {
      const text = 'ignore:\n  - 5\n  - drafts/**\n  - 7\n  - notes/**\n';
      const { config, findings } = parseConfigText(text);
      assert.deepEqual(findings.map((f) => f.message), ['Config: ignore.0: 5 must be string; this entry is ignored.', 'Config: ignore.2: 7 must be string; this entry is ignored.']);
      assert.deepEqual(findings.map((f) => text.slice(f.span.start, f.span.end)), ['5', '7']);
      assert.deepEqual(config.ignore, ['drafts/**', 'notes/**']);
    });

    it('a config with more bad items than it reads is not used at all, and says so', () => {
      const items = Array.from({ length: 260 }, (_, i) => `  - ${i}`).join('\n');
      const { config, findings } = parseConfigText(`ignore:\n${items}\n  - drafts/**\n`);
      assert.deepEqual(config, {});
      assert.match(findings[findings.length - 1]!.message, /too many problems; the whole file is ignored/);
      assert.ok(findings.length > 100, String(findings.length));
    });
  });
});
