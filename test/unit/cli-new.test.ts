// `cbo new`: the guided first CBO on the command line, answered through a pipe as a script
// would (one answer a line) and on a fake terminal (Ctrl+C). What it writes must read back as
// the answers and pass `cbo check` without an error.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { parseDocument } from '../../src/core/parse/index';
import { resolveConfig } from '../../src/core/config';
import { judgeStep } from '../../src/core/guided';
import { guidedQuestions } from '../../src/core/guided-questions';
import { GOOD_ANSWERS } from '../guided-answers';
import { cbo, cboInput, removeWorkspaces, workspace } from './cli-run';

after(() => removeWorkspaces());

const T = ['--today', '2026-11-22'];
const lines = (xs: string[]) => xs.map((x) => `${x}\n`).join('');

// The editor's tests' good answers; the category as cbo new takes it, by its number.
const EN = { ...GOOD_ANSWERS, category: '1' };
// In the order the editor asks them.
const STEPS = ['account', 'current', 'future', 'barriers', 'solutions', 'behavior', 'hypothesis', 'metric', 'baseline', 'target', 'category', 'value', 'investment'] as const;
const script = (a: Record<(typeof STEPS)[number], string>, extra: Partial<Record<(typeof STEPS)[number], string[]>> = {}) => lines(STEPS.flatMap((s) => extra[s] ?? [a[s]]));
const EN_FILE = 'analysts-prepare-the-morning-meeting-from.cbo.yaml';

const KO = {
  account: '한빛리테일',
  current: '분석가가 전일 매출 보고서를 11시까지 기다린다',
  future: '분석가가 출근하자마자 보고서를 연다',
  barriers: '야간 배치 40개가 한 줄로 실행된다',
  solutions: '매출을 실시간으로 적재하고 배치를 병렬로 돌린다',
  behavior: '분석가가 전일 매출 보고서로 오전 회의를 준비한다',
  hypothesis: '분석가가 회의 전에 전일 매출을 보면 결정을 기다리지 않아 가격 조정이 하루 빨라진다',
  metric: '9시 전 보고서 준비율 (%)',
  baseline: '40, 2026-09-30',
  target: '95, 2027-06-30',
  category: 'operational-efficiency',
  value: 'hard-savings 36000000: 배치 서버 두 대 정리',
  investment: '120000000',
};

/**
 * `cbo new` in `dir` made read-only, as a user for whom that holds: as root (CI containers)
 * `nobody`, running the built CLI in a child process; otherwise in this process.
 */
async function cboUnprivileged(dir: string, input: string, ...argv: string[]) {
  const root = process.getuid?.() === 0;
  if (root) execFileSync('chmod', ['a+rx', path.dirname(dir), path.resolve('dist'), path.resolve('dist/cli.js')]);
  chmodSync(dir, 0o555);
  if (!root) return cboInput(dir, input, ...argv);
  const r = spawnSync(process.execPath, [path.resolve('dist/cli.js'), ...argv], { cwd: dir, input, uid: 65534, gid: 65534, encoding: 'utf8' });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

async function noErrors(dir: string, file: string): Promise<void> {
  const r = await cbo(dir, 'check', file, '--format', 'json', ...T);
  const rows = JSON.parse(r.out) as { severity: string; ruleId: string; message: string }[];
  assert.deepEqual(rows.filter((f) => f.severity === 'error'), [], r.out);
  assert.equal(r.code, 0, r.out + r.err);
}

/**
 * A terminal for readline (it echoes and prompts there). `answer` types only once a new "> "
 * prompt is shown, as a person would: typed ahead, Ctrl+C would arrive before the lines it follows.
 */
function fakeTerminal() {
  const input = new PassThrough();
  const terminal = new PassThrough();
  let shown = '';
  terminal.on('data', (d: Buffer) => (shown += d.toString()));
  let answered = 0;
  const prompts = () => shown.split('> ').length - 1;
  return {
    source: { input, terminal },
    shown: () => shown,
    async answer(keys: string) {
      while (prompts() <= answered) await new Promise((r) => setTimeout(r, 2));
      answered++;
      input.write(keys);
    },
  };
}

describe('cbo new', () => {
  it('asks every step in the editor\'s order and writes a CBO named from the outcome that cbo check passes', async () => {
    const dir = workspace({});
    const r = await cboInput(dir, script(EN), 'new', ...T);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, `${EN_FILE}\n`, 'stdout: only the name of the file written');
    const titles = ['Account', 'Current', 'Future', 'Barriers', 'Solutions', 'Outcome', 'Hypothesis', 'Primary metric', 'Baseline', 'Target and deadline', 'Category', 'Value', 'Investment'];
    let at = -1;
    titles.forEach((t, i) => {
      const next = r.err.indexOf(`(${i + 1}/13) ${t}\n`);
      assert.ok(next > at, `${t} asked after the step before it`);
      at = next;
    });
    assert.match(r.err, /What does today look like\? A pain, an inefficiency, a result that falls short\.\ne\.g\. Analysts wait until 11:00/);
    assert.match(r.err, /1 {2}Operational efficiency\n {2}2 {2}Increased revenue\n/);
    const text = readFileSync(path.join(dir, EN_FILE), 'utf8');
    const o = parseDocument(text, 'yaml').doc.outcomes[0]!;
    assert.equal(o.title?.value, EN.behavior);
    assert.equal(o.category?.value, 'operational-efficiency', 'category 1 is the first the editor offers');
    for (const a of [EN.current, EN.future, EN.barriers, EN.solutions, EN.hypothesis]) assert.ok(text.includes(JSON.stringify(a)), a);
    assert.match(text, /baseline: \{ value: 40, asOf: 2026-09-30 \}/);
    assert.match(text, /target: \{ value: 95, by: 2027-06-30 \}/);
    assert.match(text, /currency: USD\n {2}investment: 30000\n/);
    assert.match(text, /type: hard-savings, amount: 36000, assumption: "two batch servers switched off"/);
    await noErrors(dir, EN_FILE);
  });

  it('in Korean: Korean questions, a Korean file name, KRW, and no error in cbo check', async () => {
    const dir = workspace({});
    const r = await cboInput(dir, script(KO), 'new', '--lang', 'ko', ...T);
    assert.equal(r.code, 0, r.err);
    const file = '분석가가-전일-매출-보고서로-오전-회의를-준비한다.cbo.yaml';
    assert.equal(r.out, `${file}\n`);
    assert.match(r.err, /\(1\/13\) 고객사\n이 성과는 어느 고객사를/);
    assert.match(r.err, /\(2\/13\) 현재\n우리의 현재는 어떤 모습인가요\?/);
    assert.match(r.err, /\(11\/13\) 범주\n/);
    const text = readFileSync(path.join(dir, file), 'utf8');
    const o = parseDocument(text, 'yaml').doc.outcomes[0]!;
    assert.equal(o.title?.value, KO.behavior);
    assert.match(text, /currency: KRW\n {2}investment: 120000000\n/);
    assert.ok(text.includes(JSON.stringify(KO.hypothesis)));
    await noErrors(dir, file);
  });

  it('in Korean: the template\'s category names and value labels, an investment that is an amount, the user\'s own words', async () => {
    const dir = workspace({});
    const answers = {
      ...KO,
      behavior: '외래 예약 환자가 오지 못할 때 진료 전날까지 알림톡으로 예약을 취소한다',
      category: '운영 효율성',
      value: '매출 영향 3억 2천만 원: 빈 슬롯 4,000건을 대기 환자로 채운다 (건당 평균 진료비 8만 원)',
      investment: '1억 5천만 원',
    };
    const vague = '데이터 웨어하우스를 클라우드로 이전';
    const extra = { behavior: [vague, answers.behavior], category: ['금', answers.category], value: ['직접 절감 3억', answers.value], investment: ['revenue-impact 320,000,000원: 빈 슬롯', '개발자 2명', answers.investment] };
    const r = await cboInput(dir, script(answers, extra), 'new', '--lang', 'ko', '-o', '-', ...T);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /그대로 두려면 Enter\(빈 줄\), 고치려면 새 답을 입력하세요\.\n> 외래 예약/);
    assert.match(r.err, /1 {2}운영 효율성\n {2}2 {2}매출 증대\n/);
    assert.doesNotMatch(r.err, /operational-efficiency/);
    assert.match(r.err, /> 금\n오류: 1에서 6 사이의 번호나 위의 이름 중 하나를 입력하세요\.\n> 운영 효율성\n/);
    assert.match(r.err, /> 직접 절감 3억\n오류: 다음 중 하나로 시작하세요: 직접 비용 절감, 간접 비용 절감, 매출 영향, 리스크 회피, 기회비용\.\n/);
    assert.match(r.err, /> revenue-impact 320,000,000원: 빈 슬롯\n오류: 가치 항목\(revenue-impact\)처럼 읽힙니다/);
    // People counted with no price: what to add, as cbo check says it on a plan's line.
    assert.match(r.err, /> 개발자 2명\n오류: 투자에 "개발자 2명"만 있고 금액이 없습니다\. .*개발자 2명 × 기간 동안의 비용을 적으세요/);
    assert.match(r.out, /^category: operational-efficiency$/m);
    assert.match(r.out, /amount: 320000000, assumption: "빈 슬롯 4,000건을 대기 환자로 채운다 \(건당 평균 진료비 8만 원\)"/);
    assert.match(r.out, /^ {2}investment: 150000000$/m);
    const md = await cboInput(workspace({}), script(answers), 'new', '--lang', 'ko', '--markdown', ...T);
    assert.equal(md.code, 0, md.err);
    assert.match(md.out, /### 비즈니스 배경\n- \*\*고객사\*\*: 한빛리테일\n- \*\*범주\*\*: 운영 효율성\n- \*\*현재 과제\*\*: /);
    assert.match(md.out, /- \*\*매출 영향\*\*: 320,000,000원: 빈 슬롯 4,000건을 대기 환자로 채운다 \(건당 평균 진료비 8만 원\)\n- \*\*투자\*\*: 150,000,000원\n/);
  });

  it('a vague outcome gets the judge\'s warning and the next line replaces it; a blank line keeps it', async () => {
    const vague = 'Migrate the data warehouse to the cloud';
    const dir = workspace({});
    const replaced = await cboInput(dir, script(EN, { behavior: [vague, EN.behavior] }), 'new', ...T);
    assert.equal(replaced.code, 0, replaced.err);
    assert.match(replaced.err, /> Migrate the data warehouse to the cloud\nwarning: Judged an output: it starts with "Migrate".* A blank line keeps it; another line replaces it\.\n> Analysts prepare/);
    assert.equal(parseDocument(readFileSync(path.join(dir, EN_FILE), 'utf8'), 'yaml').doc.outcomes[0]!.title?.value, EN.behavior);

    const kept = await cboInput(workspace({}), script(EN, { behavior: [vague, ''] }), 'new', '-o', '-', ...T);
    assert.equal(kept.code, 0, kept.err);
    assert.match(kept.out, /^title: "Migrate the data warehouse to the cloud"$/m);
  });

  it('asks again after an error: unreadable baseline, a category that is not offered, an empty required answer', async () => {
    const dir = workspace({});
    const r = await cboInput(dir, script(EN, { current: ['', EN.current], baseline: ['about forty', EN.baseline], category: ['7', 'gold', 'Increased-Revenue'] }), 'new', ...T);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /> \nerror: Write a short answer/);
    assert.match(r.err, /> about forty\nerror: Write the value today and when it was measured.*\n> 40 on 2026-09-30\n/);
    assert.equal(r.err.match(/error: Type a number from 1 to 6, or one of the names above\./g)?.length, 2);
    const text = readFileSync(path.join(dir, EN_FILE), 'utf8');
    assert.match(text, /^category: increased-revenue$/m);
    assert.match(text, /baseline: \{ value: 40, asOf: 2026-09-30 \}/);
  });

  it('a value written for a month is noted as the year\'s and written so: YAML the year\'s amount, Markdown the line as written', async () => {
    const dir = workspace({});
    const ko = { ...KO, value: 'revenue-impact 월 500만 원: 온라인 발급 수수료' };
    const y = await cboInput(dir, script(ko), 'new', '-o', '-', '--lang', 'ko', ...T);
    assert.equal(y.code, 0, y.err);
    assert.match(y.err, /참고: 연간으로 셉니다: 월 500만 원 × 12개월 = 60,000,000원\.\n/);
    assert.match(y.out, /type: revenue-impact, amount: 60000000, assumption: "월 500만 원 × 12개월: 온라인 발급 수수료"/);
    const m = await cboInput(dir, script({ ...EN, value: 'revenue-impact $4,000 per month: fewer lost orders' }), 'new', '--markdown', ...T);
    assert.equal(m.code, 0, m.err);
    assert.match(m.err, /note: Counted for a year: \$4,000 per month × 12 months = 48,000 USD\.\n/);
    assert.match(m.out, /- \*\*Revenue Impact\*\*: 4,000 USD per month: fewer lost orders\n/);
  });

  it('leaves value and investment out when their answers are blank', async () => {
    const r = await cboInput(workspace({}), script({ ...EN, value: '', investment: '' }), 'new', '-o', '-', ...T);
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.out, /^value:/m);
  });

  it('writes nothing and exits 1 when the input ends before the last answer', async () => {
    const dir = workspace({});
    const r = await cboInput(dir, lines([EN.account, EN.current, EN.future, EN.barriers]), 'new', ...T);
    assert.equal(r.code, 1);
    assert.equal(r.out, '');
    assert.match(r.err, /cbo: the input ended before step 5 of 13 \(Solutions\); nothing was written\.\n$/);
    assert.deepEqual(readdirSync(dir), []);
    // Without a standard input at all, the same.
    assert.equal((await cbo(dir, 'new', ...T)).code, 1);
    // The last step too: investment needs its line, blank or not.
    assert.equal((await cboInput(dir, script(EN).replace(/30000\n$/, ''), 'new', ...T)).code, 1);
    assert.deepEqual(readdirSync(dir), []);
  });

  it('piped lines end only at \\n or \\r\\n: a lone \\r is a space, not a second answer', async () => {
    const dir = workspace({});
    const r = await cboInput(dir, script({ ...EN, current: 'Analysts wait\runtil 11:00 for the daily sales report' }).replace(/\n/g, '\r\n'), 'new', '-o', '-', ...T);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /challenge: "Analysts wait until 11:00 for the daily sales report"/);
  });

  it('says how many lines after the last answer were not read', async () => {
    const dir = workspace({});
    const r = await cboInput(dir, script(EN) + 'one more\nand another\n', 'new', '-o', '-', ...T);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /cbo: warning: 2 lines after the last answer were not read\.\n$/);
    assert.doesNotMatch((await cboInput(dir, script(EN), 'new', '-o', '-', ...T)).err, /not read/);
  });

  it('input that is not UTF-8 or cannot be read is exit 2 with the reason, not "the input ended"; a character split between chunks is whole', async () => {
    const dir = workspace({});
    const bad = Buffer.concat([Buffer.from(`${EN.account}\n${EN.current}\n`), Buffer.from([0x41, 0xff, 0x0a]), Buffer.from(script(EN))]);
    const r = await cboInput(dir, { input: Readable.from([bad]) }, 'new', '-o', '-', ...T);
    assert.deepEqual([r.code, r.out], [2, ''], r.err);
    assert.match(r.err, /cbo: cannot read the input: line 3 is not UTF-8 text; nothing was written\.\n$/);
    const folder = await cboInput(dir, { input: createReadStream(dir) }, 'new', '-o', '-', ...T);
    assert.equal(folder.code, 2, folder.err);
    assert.match(folder.err, /cbo: cannot read the input: EISDIR[^\n]*; nothing was written\.\n$/);
    const ko = Buffer.from(script(KO));
    const cut = ko.indexOf(Buffer.from('분석가')) + 1; // inside the first Hangul syllable's three bytes
    const split = await cboInput(dir, { input: Readable.from([ko.subarray(0, cut), ko.subarray(cut)]) }, 'new', '-o', '-', ...T);
    assert.equal(split.code, 0, split.err);
    assert.match(split.out, /분석가가 전일 매출 보고서를 11시까지 기다린다/);
  });

  it('refuses an answer longer than 2,000 characters at its step and asks again', async () => {
    const dir = workspace({});
    const r = await cboInput(dir, script(EN, { current: ['x'.repeat(5_000_000), EN.current] }), 'new', '-o', '-', ...T);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /error: This answer has 5000000 characters; keep it under 2000\./);
    assert.ok(r.err.length < 10_000, 'the echo is cut too');
    assert.match(r.out, /challenge: "Analysts wait until 11:00/);
  });

  it('never overwrites: the name taken gets -2, then -3', async () => {
    const dir = workspace({ [EN_FILE]: 'mine\n', 'analysts-prepare-the-morning-meeting-from-2.cbo.yaml': 'mine too\n' });
    const r = await cboInput(dir, script(EN), 'new', ...T);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, 'analysts-prepare-the-morning-meeting-from-3.cbo.yaml\n');
    assert.equal(readFileSync(path.join(dir, EN_FILE), 'utf8'), 'mine\n');
    assert.equal(readFileSync(path.join(dir, 'analysts-prepare-the-morning-meeting-from-2.cbo.yaml'), 'utf8'), 'mine too\n');
    await noErrors(dir, 'analysts-prepare-the-morning-meeting-from-3.cbo.yaml');
  });

  it('-o onto an existing file is refused before the first question, unless --force', async () => {
    const dir = workspace({ 'mine.cbo.yaml': 'mine\n' });
    const r = await cboInput(dir, script(EN), 'new', '-o', 'mine.cbo.yaml', ...T);
    assert.equal(r.code, 2);
    assert.match(r.err, /mine\.cbo\.yaml already exists; add --force to replace it/);
    assert.doesNotMatch(r.err, /\(1\/13\)/, 'refused before asking');
    assert.equal(readFileSync(path.join(dir, 'mine.cbo.yaml'), 'utf8'), 'mine\n');
    const forced = await cboInput(dir, script(EN), 'new', '-o', 'mine.cbo.yaml', '--force', ...T);
    assert.equal(forced.code, 0, forced.err);
    assert.match(readFileSync(path.join(dir, 'mine.cbo.yaml'), 'utf8'), /^cbo: 1\n/);
    await noErrors(dir, 'mine.cbo.yaml');
  });

  it('--markdown prints the template section, in the answers\' language, that reads back without errors', async () => {
    const dir = workspace({});
    const r = await cboInput(dir, script(KO), 'new', '--markdown', ...T);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /\(2\/13\) Current\n/, 'questions in the --lang language (English here)');
    assert.match(r.out, /^## CBO: 분석가가 전일 매출 보고서로 오전 회의를 준비한다\n/);
    assert.match(r.out, /\*\*행동 변화\*\*: 분석가가 전일 매출 보고서로/);
    assert.deepEqual(readdirSync(dir), [], 'printed, not written');
    writeFileSync(path.join(dir, 'plan.md'), `# Plan\n\n${r.out}`);
    await noErrors(dir, 'plan.md');
    const o = await cboInput(dir, script(EN), 'new', '--markdown', '-o', 'section.md', ...T);
    assert.equal(o.code, 0, o.err);
    assert.match(readFileSync(path.join(dir, 'section.md'), 'utf8'), /^## CBO: Analysts prepare/);
  });

  it('-o x.md writes the Markdown section; --markdown with a .yaml -o is refused before the first question', async () => {
    const dir = workspace({});
    const md = await cboInput(dir, script(EN), 'new', '-o', 'plan.md', ...T);
    assert.equal(md.code, 0, md.err);
    assert.match(readFileSync(path.join(dir, 'plan.md'), 'utf8'), /^## CBO: Analysts prepare/);
    const yaml = await cboInput(dir, script(EN), 'new', '-o', 'x.yml', ...T);
    assert.equal(yaml.code, 0, yaml.err);
    assert.match(readFileSync(path.join(dir, 'x.yml'), 'utf8'), /^cbo: 1\n/);
    const mixed = await cboInput(dir, script(EN), 'new', '--markdown', '-o', 'x.cbo.yaml', ...T);
    assert.equal(mixed.code, 2);
    assert.match(mixed.err, /--markdown writes a Markdown section, but -o x\.cbo\.yaml is named as YAML/);
    assert.doesNotMatch(mixed.err, /\(1\/13\)/, 'refused before asking');
    assert.ok(!existsSync(path.join(dir, 'x.cbo.yaml')));
    // A name for a format it does not write: refused before asking, never YAML in a .json file.
    for (const f of ['x.json', 'x.html', 'x.sarif']) {
      const other = await cboInput(dir, script(EN), 'new', '-o', f, ...T);
      assert.equal(other.code, 2, f);
      assert.match(other.err, /cbo new writes CBO YAML/, f);
      assert.doesNotMatch(other.err, /\(1\/13\)/, `${f}: refused before asking`);
      assert.ok(!existsSync(path.join(dir, f)), f);
    }
  });

  it('-o a folder, a link or a FIFO is refused before the first question, with or without --force, with the right advice', async () => {
    const dir = workspace({ 'mine.cbo.yaml': 'mine\n', 'sub/x': '' });
    symlinkSync('mine.cbo.yaml', path.join(dir, 'link.cbo.yaml'));
    execFileSync('mkfifo', [path.join(dir, 'fifo.cbo.yaml')]);
    for (const [target, says] of [
      ['sub', /-o sub is a folder; give a file name/],
      ['link.cbo.yaml', /-o link\.cbo\.yaml is a symbolic link/],
      ['fifo.cbo.yaml', /-o fifo\.cbo\.yaml is not a regular file/],
      ['mine.cbo.yaml/x.cbo.yaml', /cannot write mine\.cbo\.yaml\/x\.cbo\.yaml: a file stands where a folder would be/],
    ] as const) {
      for (const force of [[], ['--force']]) {
        const r = await cboInput(dir, script(EN), 'new', '-o', target, ...force, ...T);
        assert.equal(r.code, 2, `${target} ${force.join('')}: ${r.err}`);
        assert.match(r.err, says);
        assert.doesNotMatch(r.err, /already exists|\(1\/13\)/, `${target}: refused before asking, and not as a file that exists`);
      }
    }
    assert.equal(readFileSync(path.join(dir, 'mine.cbo.yaml'), 'utf8'), 'mine\n');
  });

  it('a folder it may not write in is refused before the first question: -o there, or the default name', async () => {
    const dir = workspace({});
    const ro = path.join(dir, 'ro');
    mkdirSync(ro);
    for (const argv of [['-o', 'x.cbo.yaml'], []]) {
      const r = await cboUnprivileged(ro, script(EN), 'new', ...argv, ...T);
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, /cannot write (x|<outcome>)\.cbo\.yaml: permission denied in the folder /);
      assert.doesNotMatch(r.err, /\(1\/13\)/, 'refused before asking');
    }
    assert.deepEqual(readdirSync(ro), []);
  });

  it('a write that fails after the last answer prints the text on stdout, so no answer is lost', async () => {
    const dir = workspace({});
    // The folder appears at -o's place while the answers are read, after the checks.
    async function* answers() {
      yield script(EN);
      mkdirSync(path.join(dir, 'late.cbo.yaml'));
    }
    const r = await cboInput(dir, { input: Readable.from(answers()) }, 'new', '-o', 'late.cbo.yaml', '--force', ...T);
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /-o late\.cbo\.yaml is a folder[^\n]*\ncbo: the text follows on stdout instead, so no answer is lost\.\n$/);
    assert.match(r.out, /^cbo: 1\ntitle: "Analysts prepare/);
  });

  it('judges with the .cborc.yaml of the folder, as the editor does with its workspace\'s', async () => {
    const dir = workspace({ '.cborc.yaml': 'rules:\n  output-as-outcome: off\n  unmeasured-aspiration: off\n' });
    const r = await cboInput(dir, script({ ...EN, behavior: 'Migrate the data warehouse to the cloud' }), 'new', '-o', '-', ...T);
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.err, /Judged an output/);
    // -o never replaces the config it read, not even with --force.
    const cfg = await cboInput(dir, script(EN), 'new', '-o', '.cborc.yaml', '--force', ...T);
    assert.equal(cfg.code, 2);
    assert.match(readFileSync(path.join(dir, '.cborc.yaml'), 'utf8'), /^rules:/);
  });

  it('Ctrl+C on a terminal cancels: exit 130, nothing written', async () => {
    const dir = workspace({});
    const t = fakeTerminal();
    const run = cboInput(dir, t.source, 'new', ...T);
    await t.answer(`${EN.account}\r`);
    await t.answer(`${EN.current}\r`);
    await t.answer('\x03');
    const r = await run;
    assert.equal(r.code, 130);
    assert.match(r.err, /\(3\/13\) Future\n[^]*cbo: cancelled; nothing was written\.\n$/);
    assert.match(t.shown(), /> .*Analysts wait until 11:00/, 'readline echoes what is typed on the terminal');
    assert.deepEqual(readdirSync(dir), []);
  });

  it('on a terminal, a refused answer is typed back for editing: Enter alone sends it again', async () => {
    const dir = workspace({});
    const t = fakeTerminal();
    const run = cboInput(dir, t.source, 'new', ...T);
    for (const a of [EN.account, EN.current, EN.future, EN.barriers, EN.solutions, EN.behavior, EN.hypothesis, EN.metric, 'about forty']) await t.answer(`${a}\r`);
    await t.answer('\r');
    await t.answer('\x03');
    const r = await run;
    assert.equal(r.code, 130);
    assert.equal(r.err.match(/error: Write the value today and when it was measured/g)?.length, 2, r.err);
    assert.deepEqual(readdirSync(dir), []);
  });

  it('takes no file argument, and answers --help', async () => {
    const dir = workspace({});
    const r = await cbo(dir, 'new', 'x.cbo.yaml');
    assert.equal(r.code, 2);
    assert.match(r.err, /cbo new takes no file/);
    const h = await cbo(dir, 'new', '--help');
    assert.equal(h.code, 0);
    assert.match(h.out, /^Usage: cbo new/);
  });

  it('both languages ask every step with a title and a prompt, and an example where one is typed', () => {
    for (const lang of ['en', 'ko'] as const) {
      for (const s of STEPS) {
        const q = guidedQuestions(lang, '2026-11-22')[s] as { title: string; prompt: string; example?: string };
        assert.ok(q.title && q.prompt, `${lang} ${s}`);
        assert.equal(Boolean(q.example), s !== 'category', `${lang} ${s} example`);
        if (lang === 'ko') assert.match(q.title + q.prompt, /[가-힣]/, s);
      }
    }
  });

  it('each example is an answer its step accepts, in Korean with the Korean labels', () => {
    for (const lang of ['en', 'ko'] as const) {
      const answers: Record<string, string> = { ...(lang === 'ko' ? KO : GOOD_ANSWERS) };
      for (const s of STEPS) if (s !== 'category') answers[s] = (guidedQuestions(lang, '2026-11-22')[s] as { example: string }).example;
      for (const s of STEPS) assert.equal(judgeStep(s, answers, resolveConfig({}, { today: '2026-11-22', lang })), undefined, `${lang} ${s}: ${answers[s]}`);
    }
    assert.doesNotMatch(guidedQuestions('ko', '2026-11-22').value.example, /hard-savings/);
  });
});
