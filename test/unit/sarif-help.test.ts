// SARIF rule help: the parts of a rule page it quotes, how they become text and Markdown for code
// scanning's rule-help panel, and what `cbo check --format sarif` writes for every rule.
import { strict as assert } from 'node:assert';
import { ruleDocParts } from '../../src/cli/rule-doc-parts';
import { ruleHelp } from '../../src/cli/sarif-help';
import type { RuleInfo } from '../../src/core/rules/catalog';
import { cbo, removeWorkspaces, workspace } from './cli-run';
import { GOOD_YAML } from './helpers';

after(() => removeWorkspaces());

const PAGE = `# sample-rule

**Sample** · scope \`structure\` · default severity \`warning\`

## What it checks

Something.

## Why

First paragraph of the reason,
wrapped over two lines.

Second paragraph, left for the page.

## Bad

\`\`\`yaml
title: Migrate the warehouse
\`\`\`

## Good

\`\`\`markdown
## CBO: Analysts get the report by 9:00

- **Baseline**: 5 hours
\`\`\`

Or in YAML:

~~~yaml
title: Analysts get the report by 9:00
~~~

## Configure

\`\`\`yaml
rules:
  sample-rule: off   # off | info | warning | error
\`\`\`
`;

const RULE: RuleInfo = { id: 'sample-rule', name: 'Sample rule', scope: 'structure', defaultSeverity: 'warning', description: 'Says what it checks.', docs: 'https://github.com/cbo-guide/cbo-guide/blob/main/docs/rules/sample-rule.md' };

describe('rule page parts for SARIF help', () => {
  it('takes the first paragraph of Why, and Good and Configure whole, a ## inside an example included', () => {
    const p = ruleDocParts(PAGE);
    assert.equal(p.why, 'First paragraph of the reason,\nwrapped over two lines.');
    assert.equal(p.good, '```markdown\n## CBO: Analysts get the report by 9:00\n\n- **Baseline**: 5 hours\n```\n\nOr in YAML:\n\n~~~yaml\ntitle: Analysts get the report by 9:00\n~~~');
    assert.equal(p.configure, '```yaml\nrules:\n  sample-rule: off   # off | info | warning | error\n```');
  });

  it('reads "Why an error" and "Configuration", Windows line ends, and gives empty parts for what a page lacks', () => {
    assert.deepEqual(ruleDocParts('# x\r\n\r\n## Why an error\r\n\r\nBecause.\r\n\r\n## Configuration\r\n\r\nNone.\r\n'), { why: 'Because.', good: '', configure: 'None.' });
    assert.deepEqual(ruleDocParts('# x\n\nNo sections.\n'), { why: '', good: '', configure: '' });
  });
});

describe('SARIF rule help', () => {
  const parts = {
    why: 'A target needs a [baseline](missing-baseline.md); see [the judge](../judgement.md), [SARIF](https://sarifweb.azurewebsites.net) or [below](#good).',
    good: '```markdown\n- **Baseline**: [link](kept.md)\n```',
    configure: '`rules: { sample-rule: off }`',
  };

  it('gives Markdown with the why, the example and the configuration, relative links pointing to the repository', () => {
    const h = ruleHelp(RULE, 'en', parts);
    assert.equal(
      h.markdown,
      [
        '**Sample rule**: Says what it checks.',
        'A target needs a [baseline](https://github.com/cbo-guide/cbo-guide/blob/main/docs/rules/missing-baseline.md); see [the judge](https://github.com/cbo-guide/cbo-guide/blob/main/docs/judgement.md), [SARIF](https://sarifweb.azurewebsites.net) or [below](#good).',
        '#### Good',
        '```markdown\n- **Baseline**: [link](kept.md)\n```',
        '#### Configure',
        '`rules: { sample-rule: off }`',
        '[The rule’s page](https://github.com/cbo-guide/cbo-guide/blob/main/docs/rules/sample-rule.md)',
      ].join('\n\n'),
    );
  });

  it('gives plain text: links written out, code indented without its fences', () => {
    const h = ruleHelp(RULE, 'en', { ...parts, why: 'Needs a **measured** [baseline](missing-baseline.md)\nbefore work starts.' });
    assert.equal(
      h.text,
      [
        'Sample rule: Says what it checks.',
        'Needs a measured baseline (https://github.com/cbo-guide/cbo-guide/blob/main/docs/rules/missing-baseline.md) before work starts.',
        'Good:',
        '    - **Baseline**: [link](kept.md)',
        'Configure:',
        '`rules: { sample-rule: off }`',
        'The rule’s page: https://github.com/cbo-guide/cbo-guide/blob/main/docs/rules/sample-rule.md',
      ].join('\n\n'),
    );
  });

  it('keeps a fence inside a longer fence as code in the text', () => {
    const h = ruleHelp(RULE, 'en', { why: '', good: '````markdown\n```yaml\nx: 1\n```\n````', configure: '' });
    assert.ok(h.text.includes('Good:\n\n    ```yaml\n    x: 1\n    ```\n\nThe rule’s page:'), h.text);
  });

  it('in Korean, names its parts in Korean and leaves out the English paragraph on why', () => {
    const h = ruleHelp({ ...RULE, description: '검사하는 내용입니다.' }, 'ko', parts);
    assert.ok(h.markdown.startsWith('**Sample rule**: 검사하는 내용입니다.\n\n#### 좋은 예\n\n'), h.markdown);
    assert.match(h.markdown, /#### 설정\n\n`rules: \{ sample-rule: off \}`/);
    assert.match(h.markdown, /\[규칙 설명\(영어\)\]\(https:\/\/github\.com\/cbo-guide\/cbo-guide\/blob\/main\/docs\/rules\/sample-rule\.md\)$/);
    assert.doesNotMatch(h.markdown + h.text, /A target needs/);
  });

  it('writes a < outside code as &lt; in Markdown, so that "<who does what>" is not taken for a tag', () => {
    const h = ruleHelp({ ...RULE, description: 'Reads "If <who does what>, <result>" and `a<b`.' }, 'en', { why: 'A <b>bold</b> claim.', good: '```html\n<p>kept</p>\n```', configure: '' });
    assert.ok(h.markdown.startsWith('**Sample rule**: Reads "If &lt;who does what>, &lt;result>" and `a<b`.\n\nA &lt;b>bold&lt;/b> claim.\n\n#### Good\n\n```html\n<p>kept</p>\n```'), h.markdown);
    assert.ok(h.text.startsWith('Sample rule: Reads "If <who does what>, <result>" and `a<b`.'), h.text);
  });

  it('leaves out the Configure heading for a rule whose page has none', () => {
    assert.doesNotMatch(ruleHelp(RULE, 'en', { ...parts, configure: '' }).markdown, /Configure/);
  });
});

/** Markdown outside fenced code (where a tag is an example, shown as text). */
function prose(markdown: string): string {
  return markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '');
}

describe('cbo check --format sarif: rule metadata', () => {
  interface SarifRule {
    id: string;
    helpUri: string;
    help: Record<string, unknown>;
  }
  async function sarif(lang: 'en' | 'ko'): Promise<SarifRule[]> {
    const dir = workspace({ 'a.cbo.yaml': GOOD_YAML });
    const r = await cbo(dir, 'check', 'a.cbo.yaml', '--format', 'sarif', '--today', '2026-11-22', '--lang', lang);
    return JSON.parse(r.out).runs[0].tool.driver.rules as SarifRule[];
  }

  it('gives every rule help.text and help.markdown, and nothing else SARIF 2.1.0 does not allow there', async () => {
    const rules = await sarif('en');
    assert.ok(rules.length >= 30, `${rules.length} rules`);
    for (const r of rules) {
      // multiformatMessageString: text required; markdown and properties allowed, nothing more.
      assert.deepEqual(Object.keys(r.help).sort(), ['markdown', 'text'], r.id);
      const { text, markdown } = r.help as { text: string; markdown: string };
      assert.ok(text.length > 80 && markdown.length > 80, `${r.id}: help has substance`);
      assert.ok(markdown.includes(`(${r.helpUri})`), `${r.id}: the Markdown links the rule's page`);
      assert.doesNotMatch(prose(markdown), /<\/?[a-z][^>]*>|<!--/i, `${r.id}: Markdown, not raw HTML`);
      assert.doesNotMatch(text, /^\s*```/m, `${r.id}: the text has no Markdown fences`);
    }
  });

  it('quotes the rule page: why missing-baseline exists and its good YAML', async () => {
    const rules = await sarif('en');
    const help = rules.find((r) => r.id === 'missing-baseline')!.help as { text: string; markdown: string };
    for (const h of [help.text, help.markdown]) {
      assert.match(h, /A target only means something next to where the metric stands before/);
      assert.match(h, /baseline: \{ value: 62, asOf: 2026-09-30 \}/);
      assert.match(h, /missing-baseline: warning {3}# off \| info \| warning \| error/);
    }
    assert.match(help.markdown, /```yaml\ntitle: Returning customers check out without calling support\n/);
    // Severity is fixed for these two (their pages have no Configure); encoding's can be changed.
    const configure = (id: string) => /#### Configure/.test((rules.find((r) => r.id === id)!.help as { markdown: string }).markdown);
    assert.deepEqual(['config', 'file-unreadable', 'encoding', 'missing-baseline'].map(configure), [false, false, true, true]);
  });

  it('follows --lang ko in its own words', async () => {
    const rules = await sarif('ko');
    const help = rules.find((r) => r.id === 'missing-baseline')!.help as { text: string; markdown: string };
    assert.match(help.markdown, /^\*\*Baseline missing\*\*: 핵심 지표에는/);
    assert.match(help.markdown, /#### 좋은 예/);
    assert.match(help.text, /규칙 설명\(영어\): https:\/\//);
  });
});
