// Every pattern over user text runs in linear time. A backtracking regex that is
// quadratic or cubic on some input turns one pasted line into a frozen editor (a bold
// label followed by 5,000 spaces took 33 s), so each entry point that runs patterns over
// user text is timed on long runs of spaces, letters, digits, `*`, `{`, `$`, `/`, ... at
// growing sizes. No absolute time limit: the test compares growth. Linear code takes about
// 8 times as long for 8 times the input; quadratic takes 64 times, cubic 512.
//
// To fail fast (instead of hanging) on a super-linear pattern, sizes double from SMALL and
// each doubling may not cost more than STEP times the previous size (linear: 2, cubic: 8);
// at the end time(LARGE) / time(LARGE / 8) must stay under GROWTH (quadratic: 64).
import { strict as assert } from 'node:assert';
import { buildReport } from '../../src/core/report';
import { checkPlan } from '../../src/core/checklist/check-plan';
import { parseConfigText, resolveConfig } from '../../src/core/config';
import { globToRegExp } from '../../src/core/glob';
import { linksBehaviourToResult } from '../../src/core/rules/hypothesis-link';
import { parseDocument } from '../../src/core/parse';
import { readInvestmentLine } from '../../src/core/parse/markdown-investment';
import { readValueLine } from '../../src/core/parse/markdown-value';
import { judgeStatement } from '../../src/core/text/statement';
import { builtInVocabulary } from '../../src/core/vocab';
import { yamlCursorAt } from '../../src/core/yaml-context';
import { run, TODAY } from './helpers';

const FILLERS = [' ', 'a', '7', '*', '{', '$', '/'];
const SMALL = 512;
const LARGE = 32768;
const STEP = 5;
const GROWTH = 32;

/** Seconds per call: the least of several tries, each repeated until it is long enough to time. */
function timeOf(fn: () => void, attempts = 3): number {
  let best = Infinity;
  for (let attempt = 0; attempt < attempts; attempt++) {
    let reps = 0;
    const t0 = process.hrtime.bigint();
    let elapsed: number;
    do {
      fn();
      reps++;
      elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
    } while (elapsed < 0.003 && reps < 1000);
    best = Math.min(best, elapsed / reps);
  }
  return best;
}

/**
 * Growth of a probe over run lengths. A busy machine can slow one measurement down, never speed
 * one up, so a probe passes when any of three rounds stays linear; a super-linear pattern fails
 * all three (its growth is far past the limit every time).
 */
function assertLinear(name: string, probe: (run: string) => void, filler: string): void {
  let last: unknown;
  for (let round = 0; round < 3; round++) {
    try {
      return linearRound(name, probe, filler);
    } catch (e) {
      last = e;
    }
  }
  throw last;
}

/** One round: throws (with figures) as soon as growth is super-linear. */
function linearRound(name: string, probe: (run: string) => void, filler: string): void {
  const times = new Map<number, number>();
  let prev = 0;
  // Doubling up to LARGE / 8 catches a cubic pattern while it is still cheap; then one jump.
  const sizes: number[] = [];
  for (let n = SMALL; n <= LARGE / 8; n *= 2) sizes.push(n);
  sizes.push(LARGE);
  for (const n of sizes) {
    const input = filler.repeat(n);
    const t = timeOf(() => probe(input), n >= LARGE / 8 ? 5 : 3);
    times.set(n, t);
    // Below 2 ms a collection or a late compile can double a figure: only guard real costs there.
    if (prev > 2e-3 && n <= LARGE / 8) assert.ok(t / prev < STEP, `${name} with ${JSON.stringify(filler)} x ${n}: ${(t * 1e3).toFixed(2)} ms, ${(t / prev).toFixed(1)} times the time for half the input`);
    prev = t;
  }
  const base = times.get(LARGE / 8)!;
  const growth = times.get(LARGE)! / Math.max(base, 1e-4);
  if (process.env.CBO_TIMING) console.log(`${name} ${JSON.stringify(filler)} ${[...times.values()].map((t) => (t * 1e3).toFixed(2)).join(' ')} ms, growth ${growth.toFixed(1)}`);
  assert.ok(growth < GROWTH, `${name} with ${JSON.stringify(filler)}: 8 times the input took ${growth.toFixed(1)} times as long`);
}

const config = resolveConfig({}, { today: TODAY, lang: 'en' });

/** An Investment line read whole, past the limit the lint reads a money line to. */
const wholeInvestment = (text: string) => readInvestmentLine({ value: text, span: { start: 0, end: text.length } }, Infinity);

/** Each entry point that runs patterns over text a user typed, with the run placed where it hurts. */
const PROBES: Record<string, (run: string) => void> = {
  'Markdown bold label': (r) => run(`## CBO: t\n- **a${r}x\n`, 'markdown'),
  'Markdown bold label, closed': (r) => run(`## CBO: t\n### Success Metrics\n- **Target${r}**: ${r}\n`, 'markdown'),
  'Markdown plain label': (r) => run(`## CBO: t\n- Owner${r}x\n- ${r}: x\n`, 'markdown'),
  'Markdown CBO heading': (r) => run(`## CBO${r}: ${r}x\n`, 'markdown'),
  'Markdown fence info': (r) => run(`cbo\n\`\`\`cbo${r}\ntitle: x\n\`\`\`\n`, 'markdown'),
  'Markdown metric values': (r) => run(`## CBO: t\n### Success Metrics\n- **Primary Metric**: a${r}(x\n- **Baseline**: 4${r}% as of ${r}2026\n- **Target**: ${r}\n- **Timeline**: by ${r}\n`, 'markdown'),
  // Money lines: a run before "× 3 years" (YEARS_BEFORE backtracked over every digit), and
  // thousands of shares or factors on one line (each figure's currency was read from the rest of
  // the line: 80,000 digits took 12 s, 200 KB of "1%" 14 s).
  'Markdown investment line': (r) => run(`## CBO: t\n### Value Proposition\n- **Investment**: ${r} foo 3 × $5\n`, 'markdown'),
  'Markdown value line of shares': (r) => run(`## CBO: t\n### Value Proposition\n- **Soft Savings**: ${r.replace(/./g, '1%')}${r} of $800,000\n- **Investment**: 60,000 USD\n`, 'markdown'),
  'Markdown value line of factors': (r) => run(`## CBO: t\n### Value Proposition\n- **Soft Savings**: ${r.replace(/./g, '1×')}${r} × $5\n- **Investment**: 60,000 USD\n`, 'markdown'),
  'disable comment': (r) => run(`title: x\n# cbo-disable-line${r}x\n<!-- cbo-disable-file ${r}\n`, 'yaml'),
  'snippet placeholder after {{': (r) => run(`title: t\nowner: "{{${r}"\n`, 'yaml'),
  'snippet tab stops': (r) => run(`title: "${'${1:'.repeat(r.length >> 2)}${r}"\n`, 'yaml'),
  'YAML title': (r) => run(`title: "${r}x"\noutcome:\n  behavior: "we ${r} will"\n`, 'yaml'),
  'YAML outcomes key': (r) => run(`outcomes${r}:\n- title: ${r}\n`, 'yaml'),
  // An unclosed quote is looked for back from where the parser gave up, over quotes that
  // do not open a value (a tag before the real one): each line once, not each quote.
  'YAML unclosed quote': (r) => run(`title: ${r.replace(/./g, 'x"')}\nb: !!str "unclosed\nc: 1\n`, 'yaml'),
  // A hypothesis with no link word, or with link words and no clause around them.
  'YAML hypothesis': (r) => run(`title: t\noutcome:\n  behavior: x\n  hypothesis: "if ${r}x when ${r} because ${r}"\n`, 'yaml'),
  'YAML metric': (r) => run(`title: t\nmetrics:\n  primary:\n    name: "${r}"\n    unit: "${r}"\n    target: { value: 5, by: "${r}" }\n`, 'yaml'),
  'ROI and report': (r) => buildReport(parseDocument(`title: "${r}"\nowner: "${r}"\nvalue:\n  currency: "${r}"\n  items:\n    - { type: hard-savings, amount: 5, assumption: "${r}" }\n`, 'yaml').doc.outcomes, { today: TODAY, lang: 'en' }),
  // Periods, figures and counts of periods in a value item's reason, each period set against them (value-period-mismatch).
  'YAML value assumption': (r) => run(`title: t\nvalue:\n  currency: EUR\n  items:\n    - { type: hard-savings, amount: 5, assumption: "${r.replace(/.{8}/g, (x) => `€5 ${x} per month × 1`)}${r}" }\n`, 'yaml'),
  'plan checklists': (r) => checkPlan(`# ${r}\n\n- [ ] ${r}\n## Success${r}Metrics\n${r}\n`, { config }),
  'config': (r) => parseConfigText(`rules:\n  "${r}": off\nignore: ["${r}"]\n`),
  'YAML completion context': (r) => {
    const text = `metrics:\n  primary:\n    ${r}name: ${r}`;
    yamlCursorAt(text, text.length);
  },
  'glob over a path': (r) => globToRegExp('**/**/**/**/**/**/**/**/**/**/x').test(r + '/y'),
  // A twenty-fifth of the run, three times: under MAX_GLOB_LENGTH at every size, so every size
  // compiles (longer patterns match nothing without compiling; hardening.test.ts checks that).
  'glob from a pattern': (r) => {
    const p = r.slice(0, Math.floor(r.length / 25));
    return globToRegExp(`${p}*${p}**${p}{a,b}`).test('docs/plans/q3/checkout.cbo.yaml');
  },
  'glob, pattern and path both long': (r) => globToRegExp(`**/*${r.slice(0, 64)}*/**/x`).test(`${r}/y`),
};

describe('linear time on long runs (growth ratios, no absolute limits)', function () {
  this.timeout(600_000);
  for (const [name, probe] of Object.entries(PROBES)) {
    it(`${name} grows linearly with a run of any character`, () => {
      for (const f of FILLERS) assertLinear(name, probe, f);
    });
  }

  // The lint reads a money line's first 2,000 characters (see the probe of the limit below), so
  // the money readers are timed here on their own, past it (`Infinity`): their own growth stays in
  // view, the joiners' below as the eighteenth session found them.
  // An Investment line with other money on it and a run of figures joined: each joiner ("+",
  // "-", " to ", " and ") read the whole rest of the line for the next figure and searched every
  // figure for the one before it, and "from" and "between" were looked for over all the text
  // before (32 KB: 7-30 s). A quarter of each run's length, so the linear code stays quick to time.
  for (const unit of ['1+', '$1+', '+', '1-', '$1-', '1 to ', '1 and ', ' -1', '2 × $1 + ']) {
    it(`the Investment line reader grows linearly with a run of ${JSON.stringify(unit)}`, () => {
      const line = (r: string) => r.slice(0, r.length / unit.length / 4);
      assertLinear('Investment line reader', (r) => wholeInvestment(`$5,000 and $2,000/year ${line(r)} $3`), unit);
    });
  }
  // A value line goes through the same joiner (its ranges read at their low end).
  // A run of signed figures is read without its signs and placed back (written-amounts.ts), and a
  // run of products added is read term by term (sum-of-products.ts).
  it('the value line reader grows linearly with a run of figures joined', () => {
    for (const unit of ['$1+', '1-', '1 to ', ' -1', '$-1 ', '2 × $1 + ']) {
      const line = (r: string) => r.slice(0, r.length / unit.length / 4);
      assertLinear('value line reader', (r) => readValueLine('hard-savings', `$80,000 a year ${line(r)} $3`, Infinity), unit);
    }
  });
  // A Target line is read as one target: its ranges, signs and "from" figures found, each other
  // figure in its unit named (markdown-target.ts), and none of it set against all the rest.
  it('a Target line grows linearly with a run of ranges, signs, "from" figures or second targets', () => {
    for (const unit of ['1~ ', '1 - ', '-1 ', '80% ', 'from 1 ', '1에서 ', '38-40% ', '2026-2027 ']) {
      const line = (r: string) => r.slice(0, r.length / unit.length / 4);
      assertLinear('Target line', (r) => run(`## CBO: t\n### Success Metrics\n- **Baseline**: 20%\n- **Target**: 15% ${line(r)}\n`, 'markdown'), unit);
    }
  });
  // Steps of the reader whose cost is small beside a lint's, so timed on the reader itself: a
  // year's label looked for over all the text before each small number ("1 1 1 …"), a number of
  // years over all the text before each chain ("$1/year …"), and each figure set against every
  // European or Korean amount ("€1.000 €1.000 …").
  it('the Investment line reader grows linearly with a run of labels, yearly costs or European amounts', () => {
    for (const unit of ['Year 1: $1 ', '$1/year ', '€1.000 ', '1억 ']) {
      const line = (r: string) => `$5,000 and $2,000/year ${r.slice(0, r.length / unit.length)} $3`;
      assertLinear('Investment line reader', (r) => wholeInvestment(line(r)), unit);
    }
  });
  // A Korean amount was looked for from every digit of a run with no magnitude after it (a 만
  // elsewhere on the line is enough to look): read to the run's end each time (32 KB: 3-5 s).
  it('a Korean Investment line grows linearly with a run of digits, "1," or "+"', () => {
    for (const unit of ['7', '1,', '+', '1 ']) {
      const line = (r: string) => `5,000만 원 + ${r.slice(0, r.length / unit.length)} 원`;
      assertLinear('Korean investment line', (r) => wholeInvestment(line(r)), unit);
    }
  });

  // A money line is read in its first 2,000 characters (text/money-text.ts, value-text-too-long
  // names the rest): each joiner reads a 256-character window, about 45 us a character, and a
  // megabyte of "1+" on one Investment line took 55 s. Past the limit only the rest of the lint
  // grows: a line 64 times the limit took 60 times as long before it, a few times now.
  it('a money line past its 2,000-character limit costs about what the limit costs', () => {
    for (const [label, unit] of [['Investment', '1+'], ['Investment', '$1+'], ['Investment', '1 to '], ['Hard Savings', '$1+'], ['투자', '1,']]) {
      const line = (n: number) => `5,000 USD and 2,000 USD/year ${unit.repeat(Math.ceil(n / unit.length))}`.slice(0, n);
      const lint = (n: number) => () => run(`## CBO: t\n### Value Proposition\n- **Soft Savings**: 80,000 USD\n- **${label}**: ${line(n)}\n`, 'markdown');
      let ratio = Infinity;
      for (let round = 0; round < 3 && ratio >= 8; round++) ratio = timeOf(lint(128_000), 1) / timeOf(lint(2000));
      if (process.env.CBO_TIMING) console.log(`${label} ${JSON.stringify(unit)} 2,000 -> 128,000 characters: ${ratio.toFixed(1)}x`);
      assert.ok(ratio < 8, `${label} line of ${JSON.stringify(unit)}: 128,000 characters took ${ratio.toFixed(1)} times as long as 2,000`);
    }
  });

  it('a vocabulary of 40,000 words compiles in time proportional to its size', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i.toString(36)}q`);
    const lintWith = (n: number) => () => run('title: Customers pay online\n', 'yaml', { vocabulary: { weaselWords: words(n), outputVerbs: words(n), placeholders: words(n) } });
    const t5 = timeOf(lintWith(5000));
    const t40 = timeOf(lintWith(40000));
    assert.ok(t40 / t5 < GROWTH, `40,000 words took ${(t40 / t5).toFixed(1)} times as long as 5,000`);
  });

  // The judge reads at most 2,000 characters of a statement, so the long runs above only show
  // the cap; within it, a pattern tried from every digit of a run ("1,1,1,…") was quadratic
  // (30 ms a title). Growth from 250 to 2,000 characters: 8 times as long if linear, 64 if not.
  it('the wording judge grows linearly with a number run up to its 2,000-character cap', () => {
    const vocab = builtInVocabulary();
    let n = 0;
    for (const lead of ['예산 ', '지원 ', '매출 ', 'Help ', 'Increase from ']) {
      for (const unit of ['1,', '1.', '1 ', '1~', '1%', '1']) {
        const at = (len: number) => () => judgeStatement((lead + unit.repeat(len)).slice(0, len) + String(n++), vocab);
        let ratio = Infinity;
        // A busy machine only slows a measurement: the best of three rounds is the code's growth.
        for (let round = 0; round < 3 && ratio >= GROWTH; round++) ratio = timeOf(at(2000)) / timeOf(at(250));
        assert.ok(ratio < GROWTH, `${JSON.stringify(lead + unit)}…: 2,000 characters took ${ratio.toFixed(1)} times as long as 250`);
      }
    }
  });

  // Each outcome's template sections were found by scanning every heading: 80,000 `## CBO:`
  // headings took 72 s in `cbo plan` (and held the language server's hover). The scan only
  // dominates past about 10,000 headings, so 2,500 to 40,000: 16 times as long if linear, 256
  // if quadratic (the code before the fix: about 80).
  it('plan checklists grow linearly with the number of CBO headings', function () {
    this.timeout(120_000);
    const plan = (n: number) => `# Plan\n${Array.from({ length: n }, (_, i) => `## CBO: x${i}\n`).join('')}`;
    const small = plan(2500), large = plan(40000);
    checkPlan(small, { config }); // warm up: the first call compiles the checklists' patterns
    let ratio = Infinity;
    for (let round = 0; round < 3 && ratio >= 40; round++) ratio = timeOf(() => checkPlan(large, { config }), 1) / timeOf(() => checkPlan(small, { config }));
    if (process.env.CBO_TIMING) console.log(`plan headings 2,500 -> 40,000: ${ratio.toFixed(1)}x`);
    assert.ok(ratio < 40, `40,000 headings took ${ratio.toFixed(1)} times as long as 2,500`);
  });

  // The end of a labelled bullet (where a missing line is inserted after it) was looked for over
  // every indented line after it, and a plan indented by a space throughout (Markdown allows up to
  // three before a heading) is all indented lines: each outcome scanned to the end of the file
  // (a 400 KB plan, 2,000 outcomes: 3.4 s). 250 to 2,000 outcomes: 8 times as long if linear, 64
  // if quadratic.
  it('a plan indented throughout grows linearly with its outcomes', function () {
    this.timeout(120_000);
    const outcome = (i: number) => ` ## CBO: Analysts in team ${i} get the report\n\n ### Success Metrics\n - **Primary Metric**: Reports on time (%)\n - **Baseline**: 30% as of 2026-09-30\n - **Target**: 95%\n - **Timeline**: by 2027-03-31\n\n`;
    const plan = (n: number) => `# Plan\n\n${Array.from({ length: n }, (_, i) => outcome(i)).join('')}`;
    const small = plan(250), large = plan(2000);
    run(small, 'markdown'); // warm up: the first lint compiles the word lists
    let ratio = Infinity;
    for (let round = 0; round < 3 && ratio >= GROWTH; round++) ratio = timeOf(() => run(large, 'markdown'), 1) / timeOf(() => run(small, 'markdown'));
    if (process.env.CBO_TIMING) console.log(`indented plan 250 -> 2,000 outcomes: ${ratio.toFixed(1)}x`);
    assert.ok(ratio < GROWTH, `2,000 outcomes took ${ratio.toFixed(1)} times as long as 250`);
  });

  // The hypothesis is read in its first 2,000 characters, so the long runs above only show the
  // cap; within it, a lazy clause before "because" was cubic on a run of spaces (2,000: 3 s).
  it('hypothesis-link grows linearly up to its 2,000-character cap', () => {
    for (const fill of [' ', 'a', ', ']) {
      const at = (len: number) => () => linksBehaviourToResult(`if ${fill.repeat(len / 2 / fill.length)} because ${fill.repeat(len / 2 / fill.length)}`.slice(0, len));
      let ratio = Infinity;
      for (let round = 0; round < 3 && ratio >= GROWTH; round++) ratio = timeOf(at(2000)) / timeOf(at(250));
      assert.ok(ratio < GROWTH, `${JSON.stringify(fill)}: 2,000 characters took ${ratio.toFixed(1)} times as long as 250`);
    }
  });

  it('an ignore glob of ten ** against a file 24 folders deep grows linearly with depth', () => {
    const re = globToRegExp('**/**/**/**/**/**/**/**/**/**/x');
    const deep = (d: number) => Array.from({ length: d }, (_, i) => `d${i}`).join('/') + '/y.cbo.yaml';
    // Depth 3, 6, 12, 24: the path grows 8 times; an exponential matcher grows far more.
    const t3 = timeOf(() => re.test(deep(3)));
    const t24 = timeOf(() => re.test(deep(24)));
    assert.ok(t24 / Math.max(t3, 1e-6) < GROWTH * 4, `24 folders took ${(t24 / t3).toFixed(0)} times as long as 3`);
    assert.equal(re.test('a/b/x'), true);
    assert.equal(re.test(deep(24)), false);
  });
});
