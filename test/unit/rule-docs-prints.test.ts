// The rule pages (docs/rules/*.md) quote what a bad example prints. A message whose example date
// follows the day of the check (missing-deadline's "by 2027-12-31") is quoted for a day the page
// states, "Prints on 2026-11-29 (...): `...`", and that quote is held to the engine here: the
// page's own examples, checked on that day, must print it, word for word.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { resolveConfig } from '../../src/core/config';
import type { Lang } from '../../src/core/finding';
import { lint, type DocKind } from '../../src/core/lint';
import { findDates } from '../../src/core/text/date';

const DIR = 'docs/rules';
const pages = readdirSync(DIR).filter((f) => f.endsWith('.md')).sort();

/** The text inside a Markdown code span, `x` or ``x `y` ``: one space each side is dropped when both are there. */
const span = (ticks: string, body: string) => (ticks.length > 1 && body.startsWith(' ') && body.endsWith(' ') ? body.slice(1, -1) : body);
// "Prints on 2026-11-29 (`--today 2026-11-29`): `message`", and on the next line, optionally,
// "(with `--lang ko` on that day: `메시지`)".
const DATED = /^Prints on (\d{4}-\d{2}-\d{2})\b[^:]*: (`+)(.+?)\2\s*$/;
const KOREAN = /^\(with `--lang ko`[^:]*: (`+)(.+?)\1\)\s*$/;
// Any quoted message of a "Prints" line (undated ones included), for the check that a message
// holding a date says for which day.
const ANY = /^Prints\b[^`]*?: (`+)(.+?)\1/;

interface Quote {
  page: string;
  day: string;
  lang: Lang;
  message: string;
  /** The code blocks since the previous "Prints" line: the examples the quote is about. */
  blocks: { kind: DocKind; text: string }[];
}

function quotes(page: string): Quote[] {
  const lines = readFileSync(path.join(DIR, page), 'utf8').split('\n');
  const out: Quote[] = [];
  let blocks: Quote['blocks'] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```(yaml|markdown)\s*$/.exec(lines[i]!);
    if (fence) {
      const end = lines.indexOf('```', i + 1);
      blocks.push({ kind: fence[1] === 'yaml' ? 'yaml' : 'markdown', text: lines.slice(i + 1, end).join('\n') + '\n' });
      i = end;
      continue;
    }
    const dated = DATED.exec(lines[i]!);
    if (dated) {
      out.push({ page, day: dated[1]!, lang: 'en', message: span(dated[2]!, dated[3]!), blocks });
      const ko = KOREAN.exec(lines[i + 1] ?? '');
      if (ko) out.push({ page, day: dated[1]!, lang: 'ko', message: span(ko[1]!, ko[2]!), blocks });
    }
    if (/^Prints\b/.test(lines[i]!)) blocks = [];
  }
  return out;
}

describe('rule pages: what an example prints, on the day they state', () => {
  const all = pages.flatMap(quotes);

  it('the pages whose messages date an example from today quote them for a stated day', () => {
    const dated = new Set(all.map((q) => q.page));
    for (const page of ['missing-deadline.md', 'missing-target.md', 'missing-baseline.md', 'unmeasured-aspiration.md']) assert.ok(dated.has(page), page);
  });

  it('each quote stating its day is what the page\'s example prints on that day, in its language', () => {
    assert.ok(all.length >= 6, `${all.length} quotes`);
    for (const q of all) {
      const printed = q.blocks.flatMap((b) => lint(b.text, b.kind, resolveConfig({}, { today: q.day, lang: q.lang })).findings.map((f) => f.message));
      assert.ok(printed.includes(q.message), `${q.page} (${q.lang}, ${q.day}): "${q.message}" is not among\n${printed.join('\n')}`);
    }
  });

  it('a quoted message that holds a date says the day it was printed on', () => {
    for (const page of pages) {
      for (const line of readFileSync(path.join(DIR, page), 'utf8').split('\n')) {
        const m = ANY.exec(line);
        if (m && findDates(span(m[1]!, m[2]!)).length) assert.match(line, DATED, `${page}: ${line}`);
      }
    }
  });
});
