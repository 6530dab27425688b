// The edges where check, portfolio and report must agree: a .cborc.yaml that does not parse, a
// folder with nothing to check, what reads as a CBO document, -o names of formats cbo never
// writes, and how a CBO file's bytes are read (through the io, with undecodable offsets).
import { strict as assert } from 'node:assert';
import { existsSync, promises as fs, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { cbo, removeWorkspaces, workspace } from './cli-run';
import { GOOD_YAML } from './helpers';

after(() => removeWorkspaces());

const T = ['--today', '2026-11-22'];

describe('cbo check, portfolio and report at their edges', function () {
  this.timeout(30_000);

  describe('a .cborc.yaml that does not parse', () => {
    const BROKEN = 'rules: [\n';

    it('portfolio and report --portfolio say what check says of it, and exit 2 as check does; the portfolio is still written', async () => {
      const dir = workspace({ '.cborc.yaml': BROKEN, 'a.cbo.yaml': GOOD_YAML });
      for (const lang of ['en', 'ko']) {
        const checked = await cbo(dir, 'check', '--format', 'json', '--lang', lang, ...T);
        assert.equal(checked.code, 2, checked.err);
        const onConfig = (JSON.parse(checked.out) as { file: string; line: number; message: string }[]).filter((x) => x.file === '.cborc.yaml');
        assert.equal(onConfig.length, 1, checked.out);
        const said = `cbo: .cborc.yaml:${onConfig[0]!.line}: ${onConfig[0]!.message}\n`;
        for (const argv of [['portfolio'], ['portfolio', '--format', 'md'], ['report', '--portfolio', '.']]) {
          const r = await cbo(dir, ...argv, '--lang', lang, ...T);
          assert.equal(r.code, 2, `${argv.join(' ')} ${lang}`);
          assert.ok(r.err.includes(said), `${argv.join(' ')} ${lang}: ${r.err}`);
          assert.match(r.out, lang === 'en' ? /1 outcome/ : /성과 1개/, argv.join(' '));
        }
      }
      // A pipeline reading only JSON learns it among the problems.
      const json = JSON.parse((await cbo(dir, 'portfolio', '--format', 'json', ...T)).out) as { problems: { file: string; line: number }[] };
      assert.deepEqual(json.problems.map((p) => [p.file, p.line]), [['.cborc.yaml', 2]]);
    });

    it('report FILE and roi FILE name its errors as check does and exit 2, still writing their output (an unknown key too)', async () => {
      for (const config of [BROKEN, 'rulez: {}\n']) {
        const dir = workspace({ '.cborc.yaml': config, 'a.cbo.yaml': GOOD_YAML });
        for (const lang of ['en', 'ko']) {
          const checked = await cbo(dir, 'check', '--format', 'json', '--lang', lang, ...T);
          assert.equal(checked.code, 2, checked.err);
          const said = (JSON.parse(checked.out) as { file: string; line: number; message: string }[]).filter((x) => x.file === '.cborc.yaml').map((x) => `cbo: .cborc.yaml:${x.line}: ${x.message}\n`);
          assert.equal(said.length, 1, checked.out);
          for (const argv of [['report', 'a.cbo.yaml'], ['roi', 'a.cbo.yaml'], ['roi', 'a.cbo.yaml', '--format', 'json']]) {
            const r = await cbo(dir, ...argv, '--lang', lang, ...T);
            assert.equal(r.code, 2, `${config} ${argv.join(' ')} ${lang}: ${r.err}`);
            assert.ok(r.err.includes(said[0]!), `${argv.join(' ')} ${lang}: ${r.err}`);
            assert.match(r.out, /finish checkout/, argv.join(' '));
          }
        }
      }
    });

    it('a config with no errors leaves the exit code to the files', async () => {
      const dir = workspace({ '.cborc.yaml': 'rules:\n  hypothesis-link: off\n', 'a.cbo.yaml': GOOD_YAML });
      assert.equal((await cbo(dir, 'portfolio', ...T)).code, 0);
      assert.equal((await cbo(dir, 'check', ...T)).code, 0);
    });
  });

  describe('a YAML file without cbo: 1 (only outcome:, metrics: or an outcomes: list)', () => {
    const METRICS_ONLY = GOOD_YAML.replace(/^cbo: 1\n/m, '').replace(/^outcome:\n {2}behavior: .*\n/m, '');
    const OUTCOME_ONLY = 'outcome:\n  behavior: Dispatchers plan next-day routes in the tool\n';

    it('is checked when named, and not noted by a folder walk (only cbo: 1 is): other tools\' YAML has metrics: and outcomes: too', async () => {
      assert.doesNotMatch(METRICS_ONLY, /^(cbo|outcome):/m);
      const files = { 'm.yaml': METRICS_ONLY, 'o.yml': OUTCOME_ONLY, 'mon.yaml': 'scrape:\n  metrics: true\n', 'agent.yaml': 'metrics:\n  global:\n    scrape_interval: 15s\n', 'ci-results.yml': 'outcomes:\n  - job: build\n    result: pass\n', 'c.yaml': '# hand-written\ncbo: 1\noutcomes: []\n', 'a.cbo.yaml': GOOD_YAML };
      const dir = workspace(files);
      const walk = await cbo(dir, 'check', '.', ...T);
      const noted = walk.err.split('\n').filter((l) => l.includes('looks like a CBO document'));
      assert.deepEqual(noted, ['cbo: c.yaml looks like a CBO document (cbo: 1) but is not named *.cbo.yaml: rename it to c.cbo.yaml, or name it on the command line']);
      assert.match((await cbo(dir, 'check', '.', '--lang', 'ko', ...T)).err, /^cbo: c\.yaml 파일은 CBO 문서\(cbo: 1\)로 보이지만 이름이 \*\.cbo\.yaml이 아닙니다/m);
      // Named, the wider test applies: metrics: or outcome: alone make a file checked.
      const named = await cbo(dir, 'check', 'm.yaml', 'o.yml', 'mon.yaml', '--format', 'json', ...T);
      assert.deepEqual([...new Set((JSON.parse(named.out) as { file: string }[]).map((x) => x.file))].sort(), ['m.yaml', 'o.yml']);
      assert.match(named.err, /^cbo: mon\.yaml was not checked/);
      // The portfolio's walk notes them the same way.
      const pf = await cbo(dir, 'portfolio', '.', ...T);
      assert.deepEqual(pf.err.split('\n').filter((l) => l.includes('looks like a CBO document')), noted);
    });
  });

  describe('-o naming a format cbo does not write', () => {
    it('report -o r.pdf warns in English and Korean, and still writes the Markdown', async () => {
      const dir = workspace({ 'a.cbo.yaml': GOOD_YAML });
      const r = await cbo(dir, 'report', 'a.cbo.yaml', '-o', 'r.pdf', ...T);
      assert.equal(r.code, 0, r.err);
      assert.equal(r.err, 'cbo: warning: -o r.pdf is named as a .pdf file, a format cbo does not write; --format md is what is written to it (for a PDF, write --format html and print it to PDF from a browser)\ncbo: wrote r.pdf\n');
      assert.match(readFileSync(path.join(dir, 'r.pdf'), 'utf8'), /^# /);
      const ko = await cbo(dir, 'report', 'a.cbo.yaml', '-o', 'k.PDF', '--lang', 'ko', ...T);
      assert.match(ko.err, /^cbo: 경고: -o k\.PDF 이름은 \.pdf 파일을 뜻하지만 cbo는 그 형식을 쓰지 않습니다\. --format md로 씁니다 \(PDF가 필요하면/);
      assert.ok(existsSync(path.join(dir, 'k.PDF')));
    });

    it('report --format html -o r.pdf only says to print the HTML file: --format html was given', async () => {
      const dir = workspace({ 'a.cbo.yaml': GOOD_YAML });
      const r = await cbo(dir, 'report', 'a.cbo.yaml', '--format', 'html', '-o', 'r.pdf', ...T);
      assert.equal(r.err, 'cbo: warning: -o r.pdf is named as a .pdf file, a format cbo does not write; --format html is what is written to it (for a PDF, print the HTML file to PDF from a browser)\ncbo: wrote r.pdf\n');
      const ko = await cbo(dir, 'report', 'a.cbo.yaml', '--format', 'html', '-o', 'k.pdf', '--lang', 'ko', ...T);
      assert.match(ko.err, /--format html로 씁니다 \(PDF가 필요하면 이 HTML 파일을 브라우저에서 PDF로 인쇄하세요\)\n/);
    });

    it('portfolio of a folder holding only a look-alike YAML says the note and the verdict on lines of their own, with no usage hint', async () => {
      const dir = workspace({ 'la/c.yaml': 'cbo: 1\noutcomes: []\n' });
      const r = await cbo(dir, 'portfolio', 'la', ...T);
      assert.equal(r.code, 2);
      assert.equal(r.err, 'cbo: la/c.yaml looks like a CBO document (cbo: 1) but is not named *.cbo.yaml: rename it to c.cbo.yaml, or name it on the command line\ncbo: nothing was read: no CBO YAML (*.cbo.yaml, *.cbo.yml) or Markdown file was found under the paths given\n');
    });

    it('portfolio -o p.docx and check -o f.csv warn too; .md, .html, .txt and no extension do not', async () => {
      const dir = workspace({ 'a.cbo.yaml': GOOD_YAML });
      assert.match((await cbo(dir, 'portfolio', '-o', 'p.docx', ...T)).err, /^cbo: warning: -o p\.docx is named as a \.docx file, a format cbo does not write; --format text is what is written to it\n/);
      assert.match((await cbo(dir, 'check', '-o', 'f.csv', ...T)).err, /^cbo: warning: -o f\.csv is named as a \.csv file/);
      for (const argv of [['report', 'a.cbo.yaml', '-o', 'r.md'], ['report', 'a.cbo.yaml', '-o', 'r.html'], ['check', '-o', 'f.txt'], ['portfolio', '-o', 'plain']]) {
        assert.doesNotMatch((await cbo(dir, ...argv, ...T)).err, /cbo: warning/, argv.join(' '));
      }
    });
  });

  describe('how the CBO files are read', () => {
    const withLiteral = GOOD_YAML.replace('Two contractor seats', 'Two seats \uFFFD');
    const withBadByte = () => Buffer.concat([Buffer.from(GOOD_YAML.replace('Two contractor seats', 'Two seats '), 'utf8').subarray(0, 60), Buffer.from([0xff]), Buffer.from(GOOD_YAML, 'utf8').subarray(60)]);

    // replacement-character made an error, so the portfolio names a file it finds it in ("1 error").
    const STRICT = 'rules:\n  replacement-character: error\n';

    it('portfolio reads a literal U+FFFD as check does: no finding, so no file with errors', async () => {
      const dir = workspace({ '.cborc.yaml': STRICT, 'a.cbo.yaml': withLiteral });
      const checked = JSON.parse((await cbo(dir, 'check', '--format', 'json', ...T)).out) as { ruleId: string }[];
      assert.ok(!checked.some((x) => x.ruleId === 'replacement-character'), JSON.stringify(checked));
      const r = await cbo(dir, 'portfolio', '--format', 'json', ...T);
      assert.equal(r.code, 0, r.err);
      const j = JSON.parse(r.out) as { outcomes: unknown[]; problems: { message: string }[] };
      assert.equal(j.outcomes.length, 1);
      assert.deepEqual(j.problems, []);
      assert.equal(r.err, '');
    });

    it('portfolio still names a file with a byte that is not UTF-8, as check still finds it', async () => {
      const dir = workspace({ '.cborc.yaml': STRICT });
      writeFileSync(path.join(dir, 'b.cbo.yaml'), withBadByte());
      const checked = JSON.parse((await cbo(dir, 'check', '--format', 'json', ...T)).out) as { ruleId: string }[];
      assert.ok(checked.some((x) => x.ruleId === 'replacement-character'));
      const j = JSON.parse((await cbo(dir, 'portfolio', '--format', 'json', ...T)).out) as { problems: { file: string; message: string }[] };
      assert.deepEqual(j.problems.map((p) => p.file), ['b.cbo.yaml']);
      assert.match(j.problems[0]!.message, /^1 error \(run "cbo check b\.cbo\.yaml"\)/);
    });

    it('check reads each CBO file through the io it is given (readBytes), as the other commands do', async () => {
      const dir = workspace({ 'a.cbo.yaml': GOOD_YAML });
      const asked: string[] = [];
      let err = '';
      let out = '';
      // The file on disk is clean; the io hands check other bytes for it: an empty title.
      const io: CliIo = {
        stdout: (s) => (out += s),
        stderr: (s) => (err += s),
        stdoutIsTerminal: false,
        readFile: (p) => fs.readFile(p, 'utf8'),
        readBytes: async (p) => {
          asked.push(path.relative(dir, p));
          return Buffer.from(GOOD_YAML.replace(/^title: .*$/m, 'title: ""'), 'utf8');
        },
        cwd: dir,
      };
      const code = await main(['check', '--format', 'json', ...T], io, {});
      assert.deepEqual(asked, ['a.cbo.yaml']);
      assert.equal(code, 1, err);
      const rows = JSON.parse(out) as { file: string; line: number; ruleId: string; severity: string }[];
      assert.ok(rows.some((x) => x.file === 'a.cbo.yaml' && x.line === 2 && x.severity !== 'info'), out);
      // The same file read from the disk has no finding on line 2.
      const plain = JSON.parse((await cbo(dir, 'check', '--format', 'json', ...T)).out) as { line: number }[];
      assert.ok(!plain.some((x) => x.line === 2), JSON.stringify(plain));
    });
  });
});
