// `node dist/bench-hostile-fields.js [--only TEXT] [--sizes 250,1000] [--messages FILE] [--screen] [--with-screen]`:
// one `cbo check FILE --format json` of each hostile input (bench/hostile-fields-inputs.ts,
// bench/hostile-shapes.ts) at each size, in a process of its own, as a user runs it; then the
// same text through `lintSteps` in another process, as the editor lints it (a lone surrogate
// stays one there: the CLI reads bytes, the editor holds a string). Prints a table: the CLI's CPU
// time, the ratio of the largest size's time to the smallest's beyond the CLI's own start-up
// (4 for 4 times the text is linear, 16 quadratic), the editor's longest step between two turns
// of its event loop, the findings and whether the output looked right (exit 0 or 1, JSON, no
// stack trace, at least one finding, no message over 400 characters).
// `--messages FILE` writes each case's distinct messages at the largest size, to read them.
// `--screen`: every place × every filler in one lint each at 16 KB and 64 KB, in-process (one
// process per place), flagging a place whose time grows more than 8 times or passes 0.3 s.
// Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { resolveConfig } from '../src/core/config';
import { lintTimed } from './lint-timed';
import { FILLER_CASES, FILLERS, PLACE_CASES, placeCases, type FieldCase } from './hostile-fields-inputs';
import { SHAPE_CASES } from './hostile-shapes';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const MAIN = [...SHAPE_CASES, ...PLACE_CASES, ...FILLER_CASES];
const SCREEN = Object.entries(FILLERS).map(([name, unit]) => placeCases(unit, `: ${name}`));
const byName = new Map<string, FieldCase>();
for (const c of MAIN) byName.set(c.name, c);
for (const group of SCREEN) for (const c of group) byName.set(c.name, c);

const config = resolveConfig({}, { today: '2026-11-22', lang: 'en' });

/** The editor's way: the lint in steps, its whole time and its longest step, in CPU ms. */
function engineRun(text: string, kind: FieldCase['kind']): { ms: number; step: number } {
  const r = lintTimed(text, kind, config);
  return { ms: r.total, step: r.step };
}

/** UTF-8, with a lone surrogate written as its three WTF-8 bytes (not U+FFFD), as a broken tool writes it. */
function bytesOf(text: string): Buffer {
  const parts: Buffer[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g)) {
    parts.push(Buffer.from(text.slice(last, m.index), 'utf8'));
    const c = m[0].charCodeAt(0);
    parts.push(Buffer.from([0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)]));
    last = m.index + 1;
  }
  parts.push(Buffer.from(text.slice(last), 'utf8'));
  return Buffer.concat(parts);
}

interface CliRun {
  ms: number | undefined;
  bytes: number;
  findings: number;
  rules: string;
  problems: string[];
  messages: string[];
}

const TIMEOUT = Number(arg('--timeout') ?? 120) * 1000;
const dir = mkdtempSync(join(tmpdir(), 'hostile-fields-'));
const cli = resolve(__dirname, 'cli.js');
const preload = join(dir, 'cpu.js');
writeFileSync(preload, "process.on('exit', () => { const u = process.cpuUsage(); require('fs').writeFileSync(process.env.CBO_CPU_OUT, String((u.user + u.system) / 1000)); });\n");

function cliRun(c: FieldCase, bytes: number): CliRun {
  const file = join(dir, c.kind === 'yaml' ? 'input.cbo.yaml' : 'input.md');
  const out = join(dir, 'cpu.txt');
  const data = bytesOf(c.make(bytes));
  writeFileSync(file, data);
  rmSync(out, { force: true });
  const r = spawnSync(process.execPath, ['-r', preload, cli, 'check', file, '--format', 'json', '--today', '2026-11-22'], { encoding: 'utf8', timeout: TIMEOUT, maxBuffer: 1 << 28, env: { ...process.env, CBO_CPU_OUT: out } });
  const problems: string[] = [];
  let ms: number | undefined;
  try {
    ms = Number(readFileSync(out, 'utf8'));
  } catch {
    ms = undefined; // killed before it could say
  }
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') problems.push(`timed out after ${TIMEOUT / 1000} s`);
  else if (r.status !== 0 && r.status !== 1) problems.push(`exit ${r.status ?? r.signal}`);
  if (/^\s+at .+(\(|:\d+:\d+)/m.test(r.stderr + r.stdout)) problems.push('stack trace');
  let list: { ruleId: string; message: string }[] = [];
  try {
    list = JSON.parse(r.stdout) as typeof list;
  } catch {
    if (!problems.length) problems.push('output is not JSON: ' + (r.stderr || r.stdout).split('\n')[0]!.slice(0, 100));
  }
  // A file with no outcome gets a note instead of a finding (no-outcome is off by default), on
  // stderr in the text format only.
  const text = list.length || problems.length ? undefined : spawnSync(process.execPath, [cli, 'check', file, '--today', '2026-11-22'], { encoding: 'utf8', timeout: TIMEOUT });
  const note = text?.stderr.split('\n').find((l) => /^cbo: .*: no /.test(l));
  if (!problems.length && !list.length && !note) problems.push('no finding');
  const longest = list.reduce((m, f) => Math.max(m, f.message.length), 0);
  if (longest > 400) problems.push(`a message of ${longest} characters`);
  const counts = new Map<string, number>();
  for (const f of list) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  const rules = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([id, n]) => (n > 1 ? `${id}×${n}` : id)).join(', ');
  const messages = [...new Set(list.map((f) => `${f.ruleId}: ${f.message.slice(0, 300)}`))].slice(0, 8);
  if (note) messages.push(`(stderr) ${note}`);
  return { ms, bytes: data.length, findings: list.length, rules: rules || (note ? 'a note: no outcome' : ''), problems, messages };
}

function engineChild(c: FieldCase, bytes: number): string {
  const r = spawnSync(process.execPath, [process.argv[1]!, '--engine', c.name, String(bytes)], { encoding: 'utf8', timeout: TIMEOUT, maxBuffer: 1 << 24 });
  if (r.error) return 'timed out';
  if (r.status !== 0) return `exit ${r.status}: ${(r.stderr || '').split('\n').find((l) => /Error/.test(l)) ?? ''}`;
  const e = JSON.parse(r.stdout) as { step: number };
  return ms(e.step);
}

const ms = (n: number) => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : n.toFixed(0));
const size = (b: number) => (b >= 1e6 ? `${(b / 1e6).toFixed(2)} MB` : b >= 1000 ? `${(b / 1000).toFixed(0)} KB` : `${b} B`);

function table(): void {
  const sizes = (arg('--sizes') ?? '250,1000').split(',').map((s) => Number(s) * 1000);
  const only = arg('--only');
  const messagesFile = arg('--messages');
  if (messagesFile) writeFileSync(messagesFile, '');
  // The CLI's own start-up and a good file's lint: taken off before the ratio.
  const base = Math.min(...[0, 1, 2].map(() => cliRun(SHAPE_CASES[0]!, 0).ms ?? 0));
  console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}; CPU ms of one \`cbo check FILE --format json\` (start-up ${ms(base)} ms included; the ratio is taken without it), longest lintSteps step in its own process\n`);
  const head = ['input', ...sizes.map((s) => `ms at ${size(s)}`), 'ratio', 'file at the largest', 'editor step ms at the largest', 'findings', 'rules', 'output'];
  console.log('| ' + head.join(' | ') + ' |');
  console.log('|' + head.map(() => ' --- ').join('|') + '|');
  // `--with-screen`: the screen's place × filler cases too, one row each (with --only, e.g. "md Investment: ").
  const cases = process.argv.includes('--with-screen') ? [...MAIN, ...SCREEN.flat()] : MAIN;
  for (const c of cases) {
    if (only && !c.name.includes(only)) continue;
    const runs: CliRun[] = [];
    for (const b of sizes) {
      const r = cliRun(c, b);
      runs.push(r);
      if (r.ms === undefined || r.ms > TIMEOUT / 2) break;
    }
    const last = runs[runs.length - 1]!;
    const t = runs.map((r) => (r.ms === undefined ? '> ' + TIMEOUT / 1000 + ' s' : ms(r.ms)));
    while (t.length < sizes.length) t.push('–');
    const first = runs[0]!.ms;
    // Only where the text grew with the size asked for (not an empty file, not 5,000-deep nesting).
    const grew = last.bytes > 2 * runs[0]!.bytes;
    const ratio = grew && runs.length === sizes.length && first !== undefined && last.ms !== undefined && last.ms - base > 40 ? ((last.ms - base) / Math.max(first - base, 1)).toFixed(1) : '–';
    const step = engineChild(c, sizes[runs.length - 1]!);
    const problems = [...new Set(runs.flatMap((r) => r.problems))];
    const name = c.money ? `${c.name} (money reader)` : c.name;
    console.log(`| ${name} | ${t.join(' | ')} | ${ratio} | ${size(last.bytes)} | ${step} | ${last.findings} | ${last.rules} | ${problems.length ? problems.join('; ') : 'ok'} |`);
    if (messagesFile) appendFileSync(messagesFile, `## ${c.name}\n${last.messages.map((m) => `- ${m.replace(/\n/g, '\\n')}`).join('\n')}\n\n`);
  }
}

/** Every place × filler at two small sizes, in-process; one process per filler so a hang is caught. */
function screen(): void {
  const fillers = Object.keys(FILLERS);
  console.log('| filler | place | ms at 16 KB | ms at 64 KB | ratio |');
  console.log('| --- | --- | --- | --- | --- |');
  fillers.forEach((f, i) => {
    const r = spawnSync(process.execPath, [process.argv[1]!, '--screen-one', String(i)], { encoding: 'utf8', timeout: 600_000, maxBuffer: 1 << 24 });
    process.stdout.write(r.stdout);
    if (r.status !== 0) console.log(`| ${f} | failed or timed out: ${(r.stderr || String(r.error)).split('\n')[0]} | | | |`);
  });
}

function screenOne(i: number): void {
  for (const c of SCREEN[i]!) {
    engineRun(c.make(4000), c.kind); // warm-up
    const small = engineRun(c.make(16_000), c.kind).ms;
    const large = small > 2000 ? Infinity : engineRun(c.make(64_000), c.kind).ms;
    const ratio = large / Math.max(small, 1);
    const flag = large > 300 || (ratio > 8 && large > 30) ? ' **' : '';
    if (flag || process.argv.includes('--all')) console.log(`| ${c.name.split(': ')[1]} | ${c.name.split(': ')[0]}${flag} | ${ms(small)} | ${ms(large)} | ${ratio.toFixed(1)} |`);
  }
}

const engineCase = arg('--engine');
const screenCase = arg('--screen-one');
if (engineCase !== undefined) {
  const c = byName.get(engineCase)!;
  const text = c.make(Number(process.argv[process.argv.indexOf('--engine') + 2]));
  engineRun(text.slice(0, 2000), c.kind); // the first lint compiles word lists: not this case's cost
  console.log(JSON.stringify(engineRun(text, c.kind)));
} else if (screenCase !== undefined) screenOne(Number(screenCase));
else if (process.argv.includes('--screen')) screen();
else table();
rmSync(dir, { recursive: true, force: true });
