// A message quotes what the document says, never the whole of a long value: a 7.9 MB title
// quoted whole made a 7.9 MB no-placeholder message, and as much SARIF. Every rule, the schema
// and the config checks quote through one cap (src/core/text/excerpt.ts).
import { strict as assert } from 'node:assert';
import { parseChecklistText } from '../../src/core/checklist/load';
import { configFindings, resolveConfig } from '../../src/core/config';
import { lint } from '../../src/core/lint';
import type { Finding, Lang } from '../../src/core/finding';
import { EXCERPT_MAX, excerpt } from '../../src/core/text/excerpt';
import { GOOD_YAML, run, TODAY } from './helpers';
import { GATES } from './team-gates';

const N = 50_000;
const LONG = 'x'.repeat(N);
// Longer than any message of our own: what a finding says, plus the one excerpt it may quote.
const MESSAGE_MAX = 600;
const FIX_TITLE_MAX = 120;

function assertShort(findings: Finding[], what: string): void {
  assert.ok(findings.length > 0, `${what}: some findings`);
  for (const f of findings) {
    assert.ok(f.message.length <= MESSAGE_MAX, `${what}: ${f.ruleId} says ${f.message.length} characters: ${f.message.slice(0, 200)}`);
    if (f.fix) assert.ok(f.fix.title.length <= FIX_TITLE_MAX, `${what}: ${f.ruleId} fix title of ${f.fix.title.length} characters`);
  }
}

const set = (key: string, value: string) => (text: string) => text.replace(new RegExp(`^(\\s*${key}): .*$`, 'm'), `$1: ${JSON.stringify(value)}`);

const YAML_CASES: [string, (t: string) => string][] = [
  ['a title of x…, read as a placeholder', set('title', LONG)],
  ['a title of TBD and a long word', set('title', `TBD ${LONG}`)],
  ['a behaviour of one long word', set('behavior', `Deliver ${LONG}`)],
  ['a behaviour naming a long thing to make', set('behavior', `Build a ${LONG} dashboard`)],
  ['an aspiration with a long subject', set('behavior', `Improve ${LONG}`)],
  ['a metric name of a long word', set('name', `Improve ${LONG}`)],
  ['an assumption of a long word', set('assumption', `${LONG} [fill in]`)],
  ['a long prompt in brackets', set('assumption', `[${LONG}]`)],
  // A plain YAML key stops at 1,024 characters; an explicit one ("? key") does not.
  ['a long unknown key', (t) => `${t}? ${'k'.repeat(N)}\n: 1\n`],
  ['a long unknown key deep down', (t) => t.replace('    unit: "%"', `    unit: "%"\n    ? ${'k'.repeat(N)}\n    : 1`)],
  ['a long currency', set('currency', LONG)],
  ['a long unit', set('unit', LONG)],
  ['an impossible date in a long title', set('title', `By 2026-02-30 ${LONG}`)],
];

describe('quoted text in messages', () => {
  for (const lang of ['en', 'ko'] as Lang[]) {
    for (const [what, change] of YAML_CASES) {
      it(`${lang}: ${what}`, () => assertShort(run(change(GOOD_YAML), 'yaml', {}, lang).findings, what));
    }
    it(`${lang}: a Markdown plan with long headings, labels and prompts`, () => {
      const md = `# Plan\n\n## CBO: ${LONG}\n\n- **Behavior**: Deliver ${LONG}\n- **Owner**: [${LONG}]\n- **Primary Metric**: Improve ${LONG}\n- **Target**: TBD ${LONG}\n`;
      assertShort(run(md, 'markdown', {}, lang).findings, 'markdown');
    });
    it(`${lang}: a config with a long key, rule id, option and value`, () => {
      const k = 'k'.repeat(N);
      // A plain YAML key stops at 1,024 characters; an explicit one ("? key") does not.
      const config = `? ${k}\n: 1\nlang: ${JSON.stringify(LONG)}\nrules:\n  ? ${k}\n  : warning\n  no-placeholder:\n    - warning\n    - ? ${k}\n      : 1\n  roi-implausible: [warning, { maxRoiPercent: ${JSON.stringify(LONG)} }]\n`;
      const findings = configFindings(config, lang);
      assert.ok(findings.length >= 4, findings.map((f) => f.message.slice(0, 60)).join('\n'));
      assertShort(findings, 'config');
    });
    it(`${lang}: a team checklist with long titles`, () => {
      const yaml = GATES.replace('en: Release gates,', `en: ${LONG},`).replace('en: Load test,', `en: ${LONG},`).replace('ko: 부하 테스트 }', `ko: ${LONG} }`).replace('ko: 릴리스 관문 }', `ko: ${LONG} }`);
      const { checklist, problem } = parseChecklistText(yaml, 'gates.yaml');
      assert.ok(checklist, problem);
      const md = `---\ncbo-checklists: [gates]\n---\n# Plan\n`;
      const findings = lint(md, 'markdown', resolveConfig({}, { today: TODAY, lang, extraChecklists: [checklist] })).findings;
      assert.ok(findings.some((f) => f.ruleId === 'checklist-missing'), findings.map((f) => f.ruleId).join(', '));
      assertShort(findings, 'checklist');
    });
  }

  describe('excerpt', () => {
    it('keeps short text and cuts long text at the cap with an ellipsis', () => {
      assert.equal(excerpt('short'), 'short');
      assert.equal(excerpt('y'.repeat(EXCERPT_MAX)), 'y'.repeat(EXCERPT_MAX));
      assert.equal(excerpt('y'.repeat(EXCERPT_MAX + 1)), `${'y'.repeat(EXCERPT_MAX - 1)}…`);
    });
    it('never cuts a surrogate pair, an accent from its letter, or a joined emoji', () => {
      const pad = 'a'.repeat(EXCERPT_MAX - 2);
      // The cut falls between the two halves of 🙂: the emoji is left out whole.
      assert.equal(excerpt(`${pad}🙂🙂`), `${pad}…`);
      assert.equal(excerpt(`${pad}e\u0301xyz`), `${pad}…`);
      assert.equal(excerpt(`${'a'.repeat(EXCERPT_MAX - 3)}🙂\u200d🔥xyz`), `${'a'.repeat(EXCERPT_MAX - 3)}…`);
      for (let i = 0; i < 6; i++) {
        const s = excerpt(`${'a'.repeat(EXCERPT_MAX - i)}${'🙂'.repeat(50)}`);
        assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s), `lone surrogate at ${i}`);
        assert.ok(s.length <= EXCERPT_MAX);
      }
    });
  });
});
