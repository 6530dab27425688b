// Placeholders everywhere (issue: an untouched template must light up on every prompt line):
// the forms drafts use, our own snippets' defaults from their one source, one finding per
// spot, and patterns whose time stays linear on hostile runs.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { BUILT_IN_CHECKLISTS } from '../../src/core/checklist/builtins';
import { fixSnippetTexts } from '../../src/core/rules/fix-snippets';
import { MARKDOWN_SNIPPETS, YAML_SNIPPETS } from '../../src/core/snippets/source';
import { templatePrompts } from '../../src/core/snippets/prompts';
import { placeholdersIn } from '../../src/core/text/statement';
import { builtInVocabulary } from '../../src/core/vocab';
import { expandSnippet as expand, only, run, snippetOf } from './helpers';

const vocab = builtInVocabulary();
const found = (t: string) => placeholdersIn(t, vocab).map((p) => p.text);
/** Accepts every tab stop with its default, as pressing Tab through a snippet does. */

describe('placeholders', () => {
  it('finds the forms drafts use', () => {
    assert.deepEqual(found('challenge: ...'), ['...']);
    assert.deepEqual(found('If customers can …, cost falls'), ['…']);
    assert.deepEqual(found('[...] and [X] and $[X]'), ['[...]', '[X]', '$[X]']);
    assert.deepEqual(found('from X to Y by Q3'), ['X to Y']);
    assert.deepEqual(found('TBD, TBC, N/A'), ['TBD', 'TBC', 'N/A']);
    // The whole spot, with its particle ("by YYYY-MM-DD"), also with a space before it.
    assert.deepEqual(found('YYYY-MM-DD까지'), ['YYYY-MM-DD까지']);
    assert.deepEqual(found('- **일정**: YYYY-MM-DD 까지 완료'), ['YYYY-MM-DD 까지']);
    assert.deepEqual(placeholdersIn('YYYY-MM-DD까지', vocab).map((p) => [p.inner, p.suffix]), [['YYYY-MM-DD', '까지']]);
    assert.deepEqual(found('기한 미정'), ['미정']);
  });
  it('leaves links, task boxes, footnotes and a trailing ellipsis alone', () => {
    assert.deepEqual(found('see [docs](https://x.y), [ref][1], - [x] done, note [1], and so on...'), []);
    assert.deepEqual(found('TBDs and NA'), []);
  });
  it('lists every prompt default of our snippets, and none of their values', () => {
    const prompts = templatePrompts();
    for (const p of ['Who does what differently, measured', 'what is counted', 'why this number holds', '누가 무엇을 다르게 하는지', '측정할 지표', 'whose behaviour changes']) {
      assert.ok(prompts.includes(p), p);
    }
    for (const v of ['0', '%', 'USD']) assert.ok(!prompts.includes(v), v);
  });
  it('every checklist skeleton and quick-fix snippet, left untouched, is flagged where it asks for something', () => {
    const texts = [...BUILT_IN_CHECKLISTS.flatMap((c) => c.groups.flatMap((g) => g.items.flatMap((i) => [i.skeleton.en, i.skeleton.ko]))), ...fixSnippetTexts()];
    let checked = 0;
    for (const t of texts) {
      // Each heading title and label value is its own string to the rules.
      const values = expand([t]).split('\n').map((l) => l.replace(/^(?:#+\s*CBO:\s*|\s*-\s*\*\*[^*]+\*\*:\s*|\s*[\w-]+:\s*)/, ''));
      const asked = [...t.matchAll(/\$\{\d+:([^}]+)\}/g)].map((m) => m[1]!).filter((d) => templatePrompts().includes(d) || /^YYYY/.test(d));
      for (const d of asked) {
        checked++;
        assert.ok(values.some((v) => placeholdersIn(v, vocab).some((p) => v.slice(p.start, p.end).startsWith(d.slice(0, 4)))), `"${d}" in ${JSON.stringify(t)}`);
      }
    }
    assert.ok(checked >= 10, `only ${checked} prompts checked`);
  });
  it('snippets/*.json are generated from src/core/snippets/source.ts and up to date', () => {
    assert.equal(readFileSync('snippets/cbo.yaml.json', 'utf8'), JSON.stringify(YAML_SNIPPETS, null, 2) + '\n');
    assert.equal(readFileSync('snippets/cbo.markdown.json', 'utf8'), JSON.stringify(MARKDOWN_SNIPPETS, null, 2) + '\n');
  });
  it('the New CBO command writes only defaults the placeholder check knows', () => {
    const src = readFileSync('src/host/commands/newCbo.ts', 'utf8');
    const prompts = new Set(templatePrompts());
    const defaults = [...src.matchAll(/\$\{\d+:([^}]*)\}/g)].map((m) => m[1]!).filter((d) => /\p{L}{2,}/u.test(d) && !/^[A-Z]{3}$/.test(d) && !/^YYYY/.test(d));
    assert.ok(defaults.length >= 5);
    for (const d of defaults) assert.ok(prompts.has(d), `"${d}" is not a listed prompt`);
  });

  for (const [name, kind, body] of [
    ['YAML, English', 'yaml', YAML_SNIPPETS['CBO outcome']!.body],
    ['YAML, Korean', 'yaml', YAML_SNIPPETS['CBO outcome (Korean)']!.body],
    ['Markdown, English', 'markdown', MARKDOWN_SNIPPETS['CBO template']!.body],
    ['Markdown, Korean', 'markdown', MARKDOWN_SNIPPETS['CBO template (Korean)']!.body],
  ] as const) {
    it(`an untouched ${name} template lights up on every prompt line, one finding per spot`, () => {
      const text = expand([...body]);
      const r = run(text, kind);
      const lines = text.split('\n');
      const flagged = new Set(only(r.findings, 'no-placeholder').map((f) => f.start.line));
      lines.forEach((line, i) => {
        const holdsPrompt = [...templatePrompts(), 'YYYY-MM-DD'].some((p) => line.includes(p));
        if (holdsPrompt) assert.ok(flagged.has(i), `line ${i + 1} "${line}" holds a prompt and is not flagged`);
      });
      // Name the findings that share a spot: a new rule that fires on a template blank belongs in
      // ONE_PER_SPOT (src/core/lint.ts), and the message should say so.
      const bySpot = new Map<string, string[]>();
      for (const f of r.findings) bySpot.set(`${f.span.start}:${f.span.end}`, [...(bySpot.get(`${f.span.start}:${f.span.end}`) ?? []), `${f.ruleId} (line ${f.start.line + 1})`]);
      const shared = [...bySpot.values()].filter((ids) => ids.length > 1);
      assert.deepEqual(shared, [], `two findings on one spot: ${shared.map((ids) => ids.join(' + ')).join('; ')}; a rule that fires on a template blank goes in ONE_PER_SPOT in src/core/lint.ts`);
      assert.deepEqual(only(r.findings, 'schema'), [], 'no schema error beside a placeholder');
      assert.deepEqual(r.findings.filter((f) => ['output-as-outcome', 'unmeasured-aspiration', 'weasel-word', 'no-actor'].includes(f.ruleId)), [], 'a prompt title is not judged as wording');
      // The template's 0 and 0 beside unfilled dates are blanks: no error blames the user for them.
      assert.deepEqual(only(r.findings, 'target-direction'), [], 'the blank target is not "equal to the baseline"');
    });
  }

  it('the Korean template\'s "YYYY-MM-DD까지" is one finding over the whole spot, and its fix keeps 까지', () => {
    const text = expand([...MARKDOWN_SNIPPETS['CBO template (Korean)']!.body]);
    const at = text.indexOf('YYYY-MM-DD까지');
    assert.ok(at > 0, 'the Korean template writes YYYY-MM-DD까지');
    const r = run(text, 'markdown');
    const f = only(r.findings, 'no-placeholder').filter((x) => x.span.start === at);
    assert.equal(f.length, 1);
    assert.equal(text.slice(f[0]!.span.start, f[0]!.span.end), 'YYYY-MM-DD까지');
    assert.equal(snippetOf(f[0]!.fix), '${1:YYYY-MM-DD}까지');
  });

  describe('time stays linear on long runs (ratio to a run of plain letters of the same length)', () => {
    const time = (f: () => void) => {
      let best = Infinity;
      for (let k = 0; k < 5; k++) {
        const t0 = process.hrtime.bigint();
        f();
        best = Math.min(best, Number(process.hrtime.bigint() - t0));
      }
      return best;
    };
    const runs: [string, (n: number) => string][] = [
      ['"{{" then spaces', (n) => 'owner: "{{' + ' '.repeat(n)],
      ['"${1:" repeated', (n) => '${1:'.repeat(n / 4)],
      ['"[" then spaces', (n) => '[' + ' '.repeat(n)],
      ['"[" repeated', (n) => '['.repeat(n)],
      ['dots', (n) => '.'.repeat(n)],
      ['"X to " repeated', (n) => 'X to '.repeat(n / 5)],
      ['digits', (n) => '9'.repeat(n)],
      ['"*" "$" "/" "{"', (n) => '*${/'.repeat(n / 4)],
      ['spaces inside a listed phrase', (n) => 'what is' + ' '.repeat(n) + 'x'],
      ['a run of O (a blank number)', (n) => 'O'.repeat(n) + '원'],
      ['a run of lower-case o', (n) => 'Soo' + 'o'.repeat(n) + ' good'],
      ['a run of ○', (n) => '평가: ' + '○'.repeat(n)],
    ];
    for (const [name, make] of runs) {
      it(name, () => {
        const n = 40_000;
        const plain = 'a'.repeat(n);
        const hostile = make(n);
        placeholdersIn(plain, vocab);
        const base = time(() => placeholdersIn(plain, vocab));
        const t = time(() => placeholdersIn(hostile, vocab));
        // A quadratic pattern is thousands of times slower at this length; linear ones stay within a small factor.
        assert.ok(t / Math.max(base, 1) < 60, `${name}: ${(t / base).toFixed(1)}x the plain run`);
      });
    }
  });
});
