// `node dist/bench-hostile.js [--only TEXT] [--sizes 100,1000,3000] [--yaml]`: lint of hostile
// Markdown plans (bench/generate-hostile.ts) at several sizes, each against markdown-it's parse
// of the same text in the same run (the block parser the engine uses). A case whose lint grows
// faster than its text shows as a rising "per KB" column and a rising lint/parse ratio; the
// longest step is what the editor waits for between two turns of its event loop (lintSteps).
// `--yaml`: YAML that fails to parse on every line, against `yaml.parseDocument`.
// Each case runs in a process of its own (a large case's garbage would slow the next one), with
// a full collection before each timing. Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import { parseDocument } from 'yaml';
import { resolveConfig } from '../src/core/config';
import type { DocKind } from '../src/core/lint';
import { blockParser } from '../src/core/parse/markdown';
import { HOSTILE_MARKDOWN, HOSTILE_YAML, type HostileCase } from './generate-hostile';
import { cpu, lintTimed as lintTimedWith } from './lint-timed';
import { median } from './ratios';

const config = resolveConfig({}, { today: '2026-11-22', lang: 'en' });
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const sizes = (arg('--sizes') ?? '100,1000,3000').split(',').map((s) => Number(s) * 1000);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const lintTimed = (text: string, kind: DocKind) => lintTimedWith(text, kind, config);

function ms(fn: () => unknown): number {
  gc();
  const t = cpu();
  fn();
  return cpu() - t;
}

/** Runs for a median: more for small inputs, one for the largest (a slow case can take seconds). */
const runsFor = (bytes: number) => (bytes <= 150_000 ? 5 : bytes <= 1_500_000 ? 3 : 1);
const f = (n: number) => n.toFixed(n < 10 ? 2 : n < 100 ? 1 : 0);

function rows(c: HostileCase, kind: DocKind, parse: (text: string) => unknown): void {
  let firstPerKb = 0;
  for (const bytes of sizes) {
    const text = c.make(bytes);
    const runs = runsFor(bytes);
    parse(text); // warm-up on this very text
    lintTimed(text, kind);
    const p: number[] = [];
    const l: number[] = [];
    const s: number[] = [];
    let findings = 0;
    for (let i = 0; i < runs; i++) {
      p.push(ms(() => parse(text)));
      const r = lintTimed(text, kind);
      l.push(r.total);
      s.push(r.step);
      findings = r.result.findings.length;
    }
    const [pm, lm, sm] = [median(p), median(l), median(s)];
    const kb = text.length / 1000;
    const perKb = (lm / kb) * 1000;
    if (!firstPerKb) firstPerKb = perKb;
    const size = kb >= 1000 ? `${(kb / 1000).toFixed(1)} MB` : `${kb.toFixed(0)} KB`;
    console.log(`| ${c.name} | ${size} | ${f(pm)} | ${f(lm)} | ${(lm / pm).toFixed(2)}x | ${perKb.toFixed(0)} | ${(perKb / firstPerKb).toFixed(2)}x | ${f(sm)} | ${findings} |`);
  }
}

const yaml = process.argv.includes('--yaml');
const cases = yaml ? HOSTILE_YAML : HOSTILE_MARKDOWN;
const one = arg('--case');
if (one !== undefined) {
  // A child: one case, in a fresh process.
  const c = cases[Number(one)]!;
  if (yaml) rows(c, 'yaml', (t) => parseDocument(t, { uniqueKeys: false }));
  else {
    const md = blockParser();
    // The engine's first lint compiles its word lists and patterns: paid here, not by the case.
    for (let i = 0; i < 3; i++) lintTimed(HOSTILE_MARKDOWN[HOSTILE_MARKDOWN.length - 1]!.make(200_000), 'markdown');
    rows(c, 'markdown', (t) => md.parse(t, {}));
  }
} else {
  const only = arg('--only');
  const head = ['input', 'size', yaml ? 'yaml.parseDocument ms' : 'markdown-it ms', 'lint ms', 'lint/parse', 'lint µs per KB', 'per KB vs smallest', 'longest step ms', 'findings'];
  console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}; CPU ms, medians of ${sizes.map(runsFor).join('/')} runs after a warm-up, each case in its own process\n`);
  console.log('| ' + head.join(' | ') + ' |');
  console.log('|' + head.map(() => ' --- ').join('|') + '|');
  cases.forEach((c, i) => {
    if (only && !c.name.startsWith(only)) return;
    const args = ['--expose-gc', process.argv[1]!, '--case', String(i), '--sizes', sizes.map((b) => b / 1000).join(',')];
    if (yaml) args.push('--yaml');
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
    process.stdout.write(r.stdout);
    if (r.status !== 0) process.stdout.write(`| ${c.name} | failed: ${(r.stderr || '').split('\n')[0]} |\n`);
  });
}
