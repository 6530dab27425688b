// Files a `.cborc.yaml` `ignore:` pattern leaves out, as ESLint treats them: a file named on the
// command line gets a `file-ignored` warning naming the config and the pattern, and a folder or
// a glob whose every file is ignored checked nothing, so the run exits 2. A pull request that
// added `ignore: ["**"]` turned a failing `cbo check bad.cbo.yaml` into "No CBO YAML or Markdown
// files to check" and exit 0.
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { cbo, removeWorkspaces, workspace } from './cli-run';
import { GOOD_YAML } from './helpers';

after(() => removeWorkspaces());

const T = ['--today', '2026-11-22'];
const BAD = 'cbo: 1\noutcomes:\n  - { title: 1, metrics: { primary: { name: 1, direction: sideways } } }\n';

describe('cbo check and .cborc.yaml ignore:', function () {
  this.timeout(30_000);

  it('a named file that is ignored gets a warning naming the pattern, in every format; it counts for --max-warnings', async () => {
    const dir = workspace({ 'bad.cbo.yaml': BAD });
    assert.equal((await cbo(dir, 'check', 'bad.cbo.yaml', ...T)).code, 1, 'fails without the config');
    // The line a pull request could add.
    writeFileSync(`${dir}/.cborc.yaml`, 'ignore: ["**"]\n');
    const r = await cbo(dir, 'check', 'bad.cbo.yaml', ...T);
    assert.equal(r.out, 'bad.cbo.yaml:1:1 warning file-ignored File ignored because of a matching ignore pattern: "**" in .cborc.yaml; it was not checked. Remove the pattern to check it\n');
    assert.match(r.err, /^1 problem \(0 errors, 1 warning, 0 info\) in 1 of 1 file$/m);
    assert.doesNotMatch(r.err, /No CBO YAML or Markdown files to check/);
    assert.equal(r.code, 0, 'a warning, as ESLint gives: a pre-commit hook naming an ignored file still passes');
    assert.equal((await cbo(dir, 'check', 'bad.cbo.yaml', '--max-warnings', '0', ...T)).code, 1);
    const json = JSON.parse((await cbo(dir, 'check', 'bad.cbo.yaml', '--format', 'json', ...T)).out) as { ruleId: string; severity: string }[];
    assert.deepEqual(json.map((f) => `${f.ruleId}:${f.severity}`), ['file-ignored:warning']);
    const sarif = JSON.parse((await cbo(dir, 'check', 'bad.cbo.yaml', '--format', 'sarif', ...T)).out) as { runs: { results: { ruleId: string }[]; tool: { driver: { rules: { id: string }[] } } }[] };
    assert.deepEqual(sarif.runs[0]!.results.map((x) => x.ruleId), ['file-ignored']);
    assert.ok(sarif.runs[0]!.tool.driver.rules.some((x) => x.id === 'file-ignored'), 'the rule is in the catalog');
    const ko = await cbo(dir, 'check', 'bad.cbo.yaml', '--lang', 'ko', ...T);
    assert.match(ko.out, /warning file-ignored 일치하는 무시 패턴이 있어 검사하지 않았습니다: \.cborc\.yaml의 ignore "\*\*"/);
  });

  it('a folder or a glob whose files are all ignored checked nothing: exit 2, naming the config and the pattern', async () => {
    const dir = workspace({ '.cborc.yaml': 'ignore: ["plans/**"]\n', 'plans/bad.cbo.yaml': BAD, 'plans/q3.md': '# Q3\n' });
    for (const arg of ['plans', 'plans/*.cbo.yaml']) {
      const r = await cbo(dir, 'check', arg, ...T);
      assert.equal(r.code, 2, `${arg}: ${r.err}`);
      assert.equal(r.out, '');
      const n = arg === 'plans' ? 'all 2 files found there are' : 'all 1 file found there is';
      assert.equal(r.err, `cbo: nothing was checked under "${arg}": ${n} ignored (.cborc.yaml "plans/**")\n`);
    }
    const ko = await cbo(dir, 'check', 'plans', '--lang', 'ko', ...T);
    assert.equal(ko.err, 'cbo: "plans"에서 검사한 파일이 없습니다. 찾은 파일 2개가 모두 ignore 패턴(.cborc.yaml "plans/**")에 걸립니다\n');
  });

  it('a folder with some files ignored checks the others and passes; a second folder all ignored fails the run', async () => {
    const dir = workspace({ '.cborc.yaml': 'ignore: ["drafts/**"]\n', 'plans/a.cbo.yaml': GOOD_YAML, 'drafts/bad.cbo.yaml': BAD });
    const all = await cbo(dir, 'check', '.', ...T);
    assert.equal(all.code, 0, all.out + all.err);
    assert.doesNotMatch(all.out, /drafts|file-ignored/, 'an ignored file found by a walk gets no warning');
    assert.match(all.out, /^plans\/a\.cbo\.yaml:/m, 'the other file was checked');
    const two = await cbo(dir, 'check', 'plans', 'drafts', ...T);
    assert.equal(two.code, 2);
    assert.match(two.err, /^1 problem \(0 errors, 0 warnings, 1 info\) in 1 of 1 file; 1 file left out by ignore: in \.cborc\.yaml$/m, "the summary of what was checked, and of what was left out");
    assert.match(two.err, /^cbo: nothing was checked under "drafts": all 1 file found there is ignored \(\.cborc\.yaml "drafts\/\*\*"\)$/m);
  });

  it('the summary counts the files a folder or a glob found that ignore: left out, in every format and both languages; exit 0', async () => {
    // The reviewer's case: every plan ignored, a README left, and "No problems in 1 file", exit 0.
    const dir = workspace({ '.cborc.yaml': 'ignore: ["**/*.cbo.yaml"]\n', 'plans/bad.cbo.yaml': BAD, 'plans/q3.cbo.yaml': BAD, 'README.md': '# Readme\n' });
    const r = await cbo(dir, 'check', '.', ...T);
    assert.deepEqual([r.code, r.out, r.err], [0, '', 'No problems in 1 file; 2 files left out by ignore: in .cborc.yaml\n']);
    const ko = await cbo(dir, 'check', '.', '--lang', 'ko', ...T);
    assert.equal(ko.err, '문제 없음: 파일 1개; .cborc.yaml 파일의 ignore:로 뺀 파일 2개\n');
    for (const format of ['json', 'sarif', 'gitlab']) {
      const m = await cbo(dir, 'check', '.', '--format', format, ...T);
      assert.equal(m.code, 0, format);
      assert.equal(m.err, 'cbo: 2 files left out by ignore: in .cborc.yaml\n', `${format}: said on stderr, the output stays the findings`);
    }
    assert.equal((await cbo(dir, 'check', '.', '--format', 'json', ...T)).out, '[]\n');
    const glob = await cbo(dir, 'check', '**/*.{md,cbo.yaml}', ...T);
    assert.equal(glob.err, 'No problems in 1 file; 2 files left out by ignore: in .cborc.yaml\n', 'a glob as a folder');
    // Named, a file gets its own warning and is not counted again.
    const named = await cbo(dir, 'check', 'plans/bad.cbo.yaml', 'README.md', ...T);
    assert.match(named.err, /^1 problem \(0 errors, 1 warning, 0 info\) in 1 of 2 files$/m);
    assert.doesNotMatch(named.err, /left out by ignore/);
  });

  it('each config that left files out is named once', async () => {
    const dir = workspace({ 'a/.cborc.yaml': 'ignore: ["*.cbo.yaml"]\n', 'a/x.cbo.yaml': BAD, 'a/y.cbo.yaml': BAD, 'b/.cborc.yaml': 'ignore: ["*.cbo.yaml"]\n', 'b/z.cbo.yaml': BAD, 'c/ok.cbo.yaml': GOOD_YAML });
    const r = await cbo(dir, 'check', '.', ...T);
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.err, /; 3 files left out by ignore: in a\/\.cborc\.yaml and b\/\.cborc\.yaml\n$/);
    const ko = await cbo(dir, 'check', '.', '--lang', 'ko', ...T);
    assert.match(ko.err, /; a\/\.cborc\.yaml, b\/\.cborc\.yaml 파일의 ignore:로 뺀 파일 3개\n$/);
  });

  it('a pattern of 4,000 stars is quoted cut, not whole', async () => {
    const stars = '*'.repeat(4000);
    const dir = workspace({ '.cborc.yaml': `ignore: ["${stars}"]\n`, 'bad.cbo.yaml': BAD });
    const r = await cbo(dir, 'check', 'bad.cbo.yaml', ...T);
    assert.match(r.out, new RegExp(`pattern: "\\*{59}…" in \\.cborc\\.yaml`));
    assert.ok(r.out.length < 300, `${r.out.length} characters`);
  });
});

describe('cbo portfolio and cbo report --portfolio and .cborc.yaml ignore:', function () {
  this.timeout(30_000);
  /** `cbo portfolio P...` and `cbo report --portfolio P...`, each path after its own --portfolio. */
  const PORTFOLIOS = [(...paths: string[]) => ['portfolio', ...paths], (...paths: string[]) => ['report', ...paths.flatMap((x) => ['--portfolio', x])]];
  const NOTE = 'cbo: bad.cbo.yaml: File ignored because of a matching ignore pattern: "bad.cbo.yaml" in .cborc.yaml; it was not read. Remove the pattern to read it\n';

  it('a named file that is ignored is named on stderr with the pattern (it was left out in silence), and the rest still read', async () => {
    const dir = workspace({ '.cborc.yaml': 'ignore: ["bad.cbo.yaml"]\n', 'bad.cbo.yaml': BAD, 'good.cbo.yaml': GOOD_YAML });
    for (const argv of PORTFOLIOS) {
      // The only file named, ignored: nothing was read, exit 2 as for a folder all of whose files
      // are ignored ("0 outcomes in 0 files" and exit 0 passed a gate that read nothing).
      const alone = await cbo(dir, ...argv('bad.cbo.yaml'), ...T);
      assert.deepEqual([alone.code, alone.out, alone.err], [2, '', `${NOTE}cbo: nothing was read: every CBO file given is ignored (.cborc.yaml ignore:)\n`], argv()[0]);
      const json = await cbo(dir, ...argv('bad.cbo.yaml', 'good.cbo.yaml'), '--format', 'json', ...T);
      assert.equal(json.err, NOTE, `${argv()[0]}: said in every format, on stderr`);
      assert.deepEqual((JSON.parse(json.out) as { outcomes: { file: string }[] }).outcomes.map((o) => o.file), ['good.cbo.yaml']);
      assert.equal(json.code, 0);
    }
    const ko = await cbo(dir, 'portfolio', 'bad.cbo.yaml', '--lang', 'ko', ...T);
    assert.equal(ko.code, 2);
    assert.equal(ko.err, 'cbo: bad.cbo.yaml: 일치하는 무시 패턴이 있어 읽지 않았습니다: .cborc.yaml의 ignore "bad.cbo.yaml". 읽으려면 그 패턴을 지우세요\ncbo: 읽은 파일이 없습니다. 주어진 CBO 파일은 모두 .cborc.yaml의 ignore: 패턴에 걸립니다\n');
    // A file a folder walk finds and the config ignores is not named, only counted, as in cbo check.
    const walk = await cbo(dir, 'portfolio', '.', '--format', 'json', ...T);
    assert.deepEqual([walk.code, walk.err], [0, 'cbo: 1 file left out by ignore: in .cborc.yaml\n']);
  });

  it('the files a folder or a glob found and ignore: left out are counted after the portfolio, as cbo check counts them', async () => {
    // Two of the three plans left out: "1 outcome in 1 file" alone read as the whole folder.
    const dir = workspace({ '.cborc.yaml': 'ignore: ["plans/old-*"]\n', 'plans/a.cbo.yaml': GOOD_YAML, 'plans/old-1.cbo.yaml': GOOD_YAML, 'plans/old-2.cbo.yaml': BAD });
    const check = await cbo(dir, 'check', 'plans', '--format', 'json', ...T);
    assert.equal(check.err, 'cbo: 2 files left out by ignore: in .cborc.yaml\n', 'what cbo check says of the same folder');
    for (const argv of PORTFOLIOS) {
      // cbo report has no text format: its own three.
      for (const format of argv()[0] === 'portfolio' ? ['text', 'json', 'md', 'html'] : ['json', 'md', 'html']) {
        const r = await cbo(dir, ...argv('plans'), '--format', format, ...T);
        assert.deepEqual([r.code, r.err], [0, 'cbo: 2 files left out by ignore: in .cborc.yaml\n'], `${argv()[0]} --format ${format}`);
      }
      const glob = await cbo(dir, ...argv('plans/*.cbo.yaml'), ...T);
      assert.equal(glob.err, 'cbo: 2 files left out by ignore: in .cborc.yaml\n', `${argv()[0]}: a glob as a folder`);
    }
    const text = await cbo(dir, 'portfolio', 'plans', ...T);
    assert.match(text.out, /: 1 outcome in 1 file\n/, 'the figures are of the file read alone');
    const ko = await cbo(dir, 'portfolio', 'plans', '--lang', 'ko', ...T);
    assert.equal(ko.err, 'cbo: .cborc.yaml 파일의 ignore:로 뺀 파일 2개\n');
    // Named one by one, each ignored file is said with its pattern instead, and not counted twice.
    const named = await cbo(dir, 'portfolio', 'plans/a.cbo.yaml', 'plans/old-1.cbo.yaml', ...T);
    assert.doesNotMatch(named.err, /left out by ignore/);
    assert.match(named.err, /plans\/old-1\.cbo\.yaml: File ignored because of a matching ignore pattern/);
  });

  it('a folder or a glob whose files are all ignored read nothing: exit 2, with the line cbo check gives', async () => {
    const dir = workspace({ '.cborc.yaml': 'ignore: ["drafts/**"]\n', 'drafts/bad.cbo.yaml': BAD, 'drafts/q3.md': '# Q3\n', 'plans/a.cbo.yaml': GOOD_YAML });
    for (const argv of PORTFOLIOS) {
      for (const arg of ['drafts', 'drafts/*.cbo.yaml']) {
        const r = await cbo(dir, ...argv(arg), ...T);
        const n = arg === 'drafts' ? 'all 2 files found there are' : 'all 1 file found there is';
        assert.deepEqual([r.code, r.out, r.err], [2, '', `cbo: nothing was read under "${arg}": ${n} ignored (.cborc.yaml "drafts/**")\n`], `${argv()[0]} ${arg}`);
      }
      // Beside a folder that is read: the portfolio of the rest, then the line, exit 2, as cbo check.
      const both = await cbo(dir, ...argv('plans', 'drafts'), '--format', 'json', ...T);
      assert.equal(both.code, 2, argv()[0]);
      assert.deepEqual((JSON.parse(both.out) as { outcomes: { file: string }[] }).outcomes.map((o) => o.file), ['plans/a.cbo.yaml']);
      assert.equal(both.err, 'cbo: 2 files left out by ignore: in .cborc.yaml\ncbo: nothing was read under "drafts": all 2 files found there are ignored (.cborc.yaml "drafts/**")\n');
    }
    const ko = await cbo(dir, 'portfolio', 'drafts', '--lang', 'ko', ...T);
    assert.equal(ko.err, 'cbo: "drafts"에서 읽은 파일이 없습니다. 찾은 파일 2개가 모두 ignore 패턴(.cborc.yaml "drafts/**")에 걸립니다\n');
  });
});
