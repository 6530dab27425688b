// value-too-large: an amount or investment past what a number holds exactly in minor units is
// left out of the ROI; the rule says so at the number, and `cbo roi` and `cbo report` say
// "too large" instead of a bare dash or "No investment is stated".
import { strict as assert } from 'node:assert';
import type { ValueBlock } from '../../src/core/model';
import { buildReport } from '../../src/core/report';
import { resolveConfig } from '../../src/core/config';
import { lint } from '../../src/core/lint';
import { computeRoi, sumRoi } from '../../src/core/roi';
import { RULES } from '../../src/core/rules';
import { cbo, removeWorkspaces, workspace } from './cli-run';
import { at, only, run, TODAY } from './helpers';
import { parseDocument } from '../../src/core/parse';
import { buildPortfolio, portfolioJson } from '../../src/core/portfolio';

after(() => removeWorkspaces());

const ID = 'value-too-large';

const yaml = (investment: string, ...items: string[]) => `cbo: 1
title: Dispatchers plan next-day routes in the tool instead of spreadsheets
value:
  currency: USD
  investment: ${investment}
  items:
${items.map((i) => `    - ${i}\n`).join('')}`;

const md = (investment: string, ...lines: string[]) => `## CBO: Patients book follow-ups online

### Value Proposition
${lines.join('\n')}
- **Investment**: ${investment}
`;

const findings = (text: string, kind: 'yaml' | 'markdown' = 'yaml', lang: 'en' | 'ko' = 'en') => only(run(text, kind, {}, lang).findings, ID);

// 2^53 - 1 cents is $90,071,992,547,409.91: the first amounts past it, written as people would.
const PAST = '100000000000000'; // $100 trillion: 1e16 cents

describe('value-too-large', () => {
  it('names an investment too large to count, at the number, in English and Korean', () => {
    const text = yaml(PAST, '{ type: hard-savings, amount: 96000, assumption: "Two seats", validated: true }');
    const [f, ...rest] = findings(text);
    assert.equal(rest.length, 0);
    assert.equal(at(text, f!), PAST);
    // An error by default (docs/rules/value-too-large.md says why), in the value scope.
    assert.equal(f!.severity, 'error');
    const meta = RULES.find((r) => r.id === ID);
    assert.deepEqual([meta?.scope, meta?.defaultSeverity, !!meta?.description.ko], ['value', 'error', true]);
    assert.match(f!.message, /investment is too large to compute with exactly \(at most \$90,071,992,547,409\.00\), so no ROI/);
    assert.match(findings(text, 'yaml', 'ko')[0]!.message, /투자는 너무 커서/);
    // value-no-investment stays quiet: the investment is stated.
    assert.deepEqual(only(run(text).findings, 'value-no-investment'), []);
  });

  it('names an amount too large to count at the amount, and 1e300 on a validated item', () => {
    for (const amount of [PAST, '1e300', '1e308', '-1e300']) {
      const text = yaml('150000', `{ type: hard-savings, amount: ${amount}, assumption: "Seats", validated: true }`, '{ type: revenue-impact, amount: 5000, assumption: "Upsell" }');
      const f = findings(text);
      assert.equal(f.length, 1, amount);
      assert.equal(at(text, f[0]!), amount);
      assert.match(f[0]!.message, /amount is too large to count exactly, so the ROI leaves the item out \(it counts as 0\)/);
    }
  });

  it('names an item whose product is too large on the item, and one that carries the sum past the limit', () => {
    const product = '{ type: soft-savings, hours: 100000000, rate: 1000000, assumption: "Everyone" }';
    let text = yaml('150000', product);
    let f = findings(text);
    assert.equal(f.length, 1);
    assert.equal(at(text, f[0]!), product);
    assert.match(f[0]!.message, /item's value is too large to count exactly/);
    // Each under the limit alone, together past it: the second is the one left out.
    text = yaml('150000', '{ type: hard-savings, amount: 60000000000000, assumption: "A" }', '{ type: hard-savings, amount: 60000000000000, assumption: "B" }');
    f = findings(text);
    assert.equal(f.length, 1);
    assert.ok(f[0]!.start.line > text.split('\n').findIndex((l) => l.includes('"A"')), 'on the second item');
    // It fits by itself: the message blames the sum, not the number.
    assert.match(f[0]!.message, /With this amount the outcome's value items add up to more than can be counted exactly/);
    assert.doesNotMatch(f[0]!.message, /This amount is too large/);
  });

  it('reads a Markdown plan the same way', () => {
    const text = md('100,000,000,000,000 USD', '- **Hard Savings**: 900,000,000,000,000 USD: every call in the country (validated)');
    const f = findings(text, 'markdown');
    assert.deepEqual(f.map((x) => at(text, x)).sort(), ['100,000,000,000,000', '900,000,000,000,000'].sort());
    assert.match(findings(text, 'markdown', 'ko')[0]!.message, /너무 커서/);
    // A count times a price is a product: named on the line, not as an amount that fits alone.
    const count = md('100 USD', '- **Hard Savings**: 900,000,000 calls × $90,000,000: every call');
    const c = findings(count, 'markdown');
    assert.equal(c.length, 1);
    assert.match(at(count, c[0]!), /^- \*\*Hard Savings\*\*: 900,000,000 calls/);
    assert.match(c[0]!.message, /This item's value is too large/);
  });

  it('stays quiet just under the limit and on ordinary figures, in any currency', () => {
    assert.deepEqual(findings(yaml('90071992547409.91', '{ type: hard-savings, amount: 90071992547409.91, assumption: "A" }')), []);
    assert.deepEqual(findings(yaml('150000', '{ type: hard-savings, amount: 96000, assumption: "A" }')), []);
    // Won have no minor unit: 10^15 won is under 2^53.
    assert.deepEqual(findings(yaml('1000000000000000', '{ type: hard-savings, amount: 1000, assumption: "A" }').replace('USD', 'KRW')), []);
  });

  it('shares its test with the ROI: fires exactly on what computeRoi leaves out as too large', () => {
    const S = { start: 0, end: 0 };
    const num = (value: number) => ({ value, span: S });
    // Infinity (YAML reads 1e309 as it) is a number too large, not a missing one.
    const block: ValueBlock = { span: S, currency: { value: 'USD', span: S }, investment: num(Infinity), notes: [], items: [{ span: S, type: { value: 'hard-savings', span: S }, amount: num(Infinity), validated: true }] };
    const roi = computeRoi(block);
    assert.equal(roi.items[0]!.problem, 'too-large');
    assert.ok(roi.issues.includes('investment-too-large'));
    assert.ok(!roi.issues.includes('no-investment'));
    assert.ok(sumRoi([roi]).issues.includes('investment-too-large'));
  });

  it('roi and report say "too large" instead of a dash or "No investment is stated"', async () => {
    const text = yaml(PAST, '{ type: hard-savings, amount: 96000, assumption: "Two seats", validated: true }', '{ type: revenue-impact, amount: 1e300, assumption: "Upsell" }');
    const dir = workspace({ 'big.cbo.yaml': text });
    const roi = await cbo(dir, 'roi', 'big.cbo.yaml', '--today', TODAY);
    assert.match(roi.out, /note on outcome 1: investment too large to compute with exactly: ROI not computed/);
    assert.match(roi.out, /note on outcome 1: an amount too large to count exactly counts as 0/);
    const report = buildReport(parseDocument(text, 'yaml').doc.outcomes, { today: TODAY, lang: 'en' });
    assert.doesNotMatch(report, /No investment is stated/);
    assert.match(report, /The investment is too large to compute with exactly/);
    assert.match(report, /- \*\*Investment\*\*: n\/a \(the amount is too large\)/);
    const ko = buildReport(parseDocument(text, 'yaml').doc.outcomes, { today: TODAY, lang: 'ko' });
    assert.match(ko, /투자가 너무 커서/);
  });
});

describe('value rules share one ROI per outcome, computed on the rule context and gone with it', () => {
  // ROI = (claimed - investment) / investment: 1,000 invested, 100,000 claimed is 9,900 %.
  const roiOf = (text: string) => only(lint(text, 'yaml', config).findings, 'roi-implausible').map((f) => /ROI of ([\d,.]+)%/.exec(f.message)?.[1]);
  // One config object for every call, as a host keeps it: the rule contexts made for it are reused.
  const config = resolveConfig({}, { today: TODAY });

  it('two lint calls on different texts do not share an ROI', () => {
    assert.deepEqual(roiOf(yaml('1000', '{ type: hard-savings, amount: 100000, assumption: "A", validated: true }')), ['9900']);
    assert.deepEqual(roiOf(yaml('1000', '{ type: hard-savings, amount: 50000, assumption: "A", validated: true }')), ['4900']);
  });

  it('two outcomes of one file each get their own', () => {
    const one = (amount: number) => `  - title: Dispatchers plan next-day routes in the tool\n    value:\n      currency: USD\n      investment: 1000\n      items:\n        - { type: hard-savings, amount: ${amount}, assumption: "A", validated: true }\n`;
    assert.deepEqual(roiOf(`cbo: 1\noutcomes:\n${one(30000)}${one(20000)}`), ['2900', '1900']);
  });

  it('a rule called on its own sees a value changed since its last call', () => {
    const rule = RULES.find((r) => r.id === ID)!;
    const o = parseDocument(yaml('150000', '{ type: hard-savings, amount: 1000, assumption: "A" }'), 'yaml').doc.outcomes[0]!;
    const seen: string[] = [];
    const ctx = { lang: 'en' as const, today: TODAY, vocab: undefined as never, options: {}, roi: () => computeRoi(o.value), report: (f: { message: string }) => seen.push(f.message) };
    rule.check(o, ctx);
    assert.equal(seen.length, 0);
    o.value!.items[0]!.amount!.value = 1e20;
    rule.check(o, ctx);
    assert.equal(seen.length, 1, 'computed afresh, not the ROI of the first call');
  });
});

describe('value-too-large on the amounts the reports show and the ROI does not add', () => {
  // 12345678901234567 won is read as 12345678901234568: past 2^53 - 1 minor units, as any won amount past 9,007 trillion.
  const PAST_KRW = '12345678901234567';
  const shown = (amount: string, currency = 'KRW') => `cbo: 1
title: Dispatchers plan next-day routes in the tool instead of spreadsheets
account: Contoso
usage:
  - { activity: routes planned, volume: 1200, outcome: fewer late trucks, valuePerUnit: ${amount} }
opportunities:
  - { description: Second depot, amount: ${amount}, assumption: Same routes }
value:
  currency: ${currency}
  investment: 60000
  items:
    - { type: hard-savings, amount: 96000, assumption: "Two seats", validated: true }
  realised:
    - { date: 2026-10-31, amount: ${amount} }
`;

  it('names a realised amount, an opportunity and a value per unit at the number, in English and Korean', () => {
    const text = shown(PAST_KRW);
    const found = findings(text);
    assert.deepEqual(found.map((f) => [at(text, f), f.data?.on]), [[PAST_KRW, 'usage'], [PAST_KRW, 'opportunity'], [PAST_KRW, 'realised']]);
    assert.equal(found[2]!.message, 'This amount is too large to hold exactly (at most ₩9,007,199,254,740,991), so the reports leave it out of the value realised by quarter rather than show another figure. Check the number for extra zeros or a misplaced decimal point.');
    assert.equal(findings(text, 'yaml', 'ko')[1]!.message, '이 금액은 너무 커서 정확히 담을 수 없으므로(최대 ₩9,007,199,254,740,991) 보고서의 기회 목록에서 다른 수로 보이지 않도록 뺍니다. 0이 더 붙었거나 소수점이 잘못 찍히지 않았는지 확인하세요.');
    // In cents: $90,071,992,547,409.92 is 2^53 cents.
    assert.equal(findings(shown('90071992547409.92', 'USD')).length, 3);
  });

  it('the report and the portfolio JSON show no figure made of them; an amount that fits passes and is shown', () => {
    const md = buildReport(run(shown(PAST_KRW)).outcomes, { today: TODAY, lang: 'en' });
    for (const wrong of ['12,345,678,901,234,568', '12345678901234568']) assert.ok(!md.includes(wrong), wrong);
    assert.match(md, /\| routes planned \| 1,200 \| fewer late trucks \| – \| – \|/);
    assert.match(md, /\| Second depot \| – \| Same routes \|/);
    const json = JSON.stringify(portfolioJson(buildPortfolio([{ file: 'a.cbo.yaml', outcomes: run(shown(PAST_KRW)).outcomes }], TODAY)));
    assert.ok(!json.includes('12345678901234568'), json);
    const fits = shown('9007199254740991');
    assert.deepEqual(findings(fits), []);
    assert.match(buildReport(run(fits).outcomes, { today: TODAY, lang: 'en' }), /\| 2026-Q4 \| ₩9,007,199,254,740,991 \|/);
  });
});

describe('users and a usage volume past 2^53 - 1, as a metric number is', () => {
  const counts = (users: string, volume: string) => `cbo: 1
title: Dispatchers plan next-day routes in the tool instead of spreadsheets
account: Contoso
users: ${users}
usage:
  - { activity: routes planned, volume: ${volume}, outcome: fewer late trucks, valuePerUnit: 2 }
value:
  currency: USD
  investment: 60000
  items:
    - { type: hard-savings, amount: 96000, assumption: "Two seats", validated: true }
`;

  it('are schema findings at the number, in English and Korean; 2^53 - 1 itself passes, and a negative count is still one', () => {
    const text = counts('12345678901234567', '9007199254740993');
    const found = only(run(text).findings, 'schema');
    assert.deepEqual(found.map((f) => at(text, f)), ['12345678901234567', '9007199254740993']);
    const why = 'a larger number cannot be held exactly, so the reports would work with another number.';
    assert.deepEqual(found.map((f) => f.message), [
      `\`users\` must be between 0 and 9007199254740991, e.g. 1200: ${why}`,
      `\`usage[0].volume\` must be between 0 and 9007199254740991, e.g. 40000: ${why}`,
    ]);
    assert.equal(only(run(text, 'yaml', {}, 'ko').findings, 'schema')[0]!.message, '`users`는 0에서 9007199254740991 사이여야 합니다 (예: 1200). 더 큰 수는 정확히 담을 수 없어 보고서가 다른 수로 계산합니다.');
    assert.deepEqual(only(run(counts('9007199254740991', '9007199254740991')).findings, 'schema'), []);
    assert.deepEqual(only(run(counts('1e300', '200')).findings, 'schema').map((f) => f.message.slice(0, 31)), ['`users` must be between 0 and 9']);
    assert.deepEqual(only(run(counts('-5', '200')).findings, 'schema').map((f) => f.message), ['`users` must be at least 0, e.g. 1200.']);
  });

  it('value per user is not worked out from such a number of users', () => {
    const users = (n: string) => portfolioJson(buildPortfolio([{ file: 'a.cbo.yaml', outcomes: run(counts(n, '200')).outcomes }], TODAY)).outcomes[0]!.users;
    assert.equal(users('1200'), 1200);
    assert.equal(users('12345678901234567'), undefined);
  });
});
