// Moves every date in a copy of examples/ forward by whole years, so `npm run demo` tells the
// examples' story as they were written (on track, at risk, achieved, off track on 2026-11-29)
// in any year: their readings end in October 2026 and their deadlines fall in 2027, so from 2027
// on they would report deadlines passed and readings too old. Whole years, not quarters: a year
// on, every date keeps its day of the month (30 September stays the end of a quarter, where a
// quarter on it becomes 30 December) and every way of writing a period can move ("H1 2027",
// "FY2027", "2027년 상반기", "the first quarter of 2026" in a sentence). The copy is then
// judged on the day it was written, moved by as many years (`--today`), which this prints.
//
//   node scripts/shift-dates.mjs FOLDER [--today YYYY-MM-DD] [--written YYYY-MM-DD]
//
// Rewrites the .yaml, .yml, .md and .csv files under FOLDER in place, by the whole years from
// --written (the examples' day, 2026-11-29) to --today (default: the local date), and prints
// --written moved by those years (a note on stderr says how many, and in how many files).
// Refuses a folder inside this repository: it is for a copy.
// No dependency: Node's fs and path only. Tested by test/unit/shift-dates.test.ts.
import { readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The day examples/ was written and checked on (examples/README.md). */
export const WRITTEN = '2026-11-29';

const MONTH = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;
const FEBRUARY = /^feb/i;

// The forms that name a day, whose 29 February may need to become the 28th, then a year alone.
// At one position the first alternative wins, so a day's year is never taken as a year alone.
const DATES = new RegExp(
  [
    // 2028-02-29, 2028/02/29, 2028. 2. 29. (the dotted style of Korean official documents)
    String.raw`(?<!\d)(?<y1>\d{4})(?:-|/|\.\s?)(?<m1>\d{1,2})(?:-|/|\.\s?)(?<d1>\d{1,2})(?!\d)`,
    // 2028년 2월 29일
    String.raw`(?<y2>\d{4})\s*년\s*(?<m2>\d{1,2})\s*월\s*(?<d2>\d{1,2})(?=\s*일)`,
    // February 29, 2028
    String.raw`\b(?<n3>${MONTH})\.?\s+(?<d3>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y3>\d{4})(?!\d)`,
    // 29 February 2028
    String.raw`\b(?<d4>\d{1,2})(?:st|nd|rd|th)?\s+(?<n4>${MONTH})\.?,?\s+(?<y4>\d{4})(?!\d)`,
    // A year alone, 1900 to 2099: "2026-09", "Q2 2027", "H1 2027", "June 2027", "FY2027",
    // "end of 2027", "2027년 2분기", "2026년 수준", "of 2026", "the 2027 channel strategy".
    String.raw`(?<![\dA-Za-z_.,])(?:FY[\s-]?)?(?<y5>(?:19|20)\d\d)`,
  ].join('|'),
  'dgi',
);

const leap = (y) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/**
 * A day `years` on: the same month and day, but 29 February in a year without one becomes the
 * 28th, the last day of that February, as the 29th was. YYYY-MM-DD in, YYYY-MM-DD out.
 */
export function shiftDay(iso, years) {
  const y = Number(iso.slice(0, 4)) + years;
  const md = iso.slice(5) === '02-29' && !leap(y) ? '02-28' : iso.slice(5);
  return `${String(y).padStart(4, '0')}-${md}`;
}

/** Whole years from `from` to `to` (YYYY-MM-DD): 2 from 2026-11-29 to any day from 2028-11-29 to 2029-11-28; never below 0. */
export function yearsSince(from, to) {
  const n = Number(to.slice(0, 4)) - Number(from.slice(0, 4)) - (to.slice(5) < from.slice(5) ? 1 : 0);
  return Math.max(0, n);
}

/**
 * A number standing alone where it is a YAML value (`value: 1900`, `{ amount: 2026 }`,
 * `- 2030`), and the same shape in a Markdown bullet (`- **Target**: 2000`): a quantity, not a
 * year. A year written so (`period: 2027`) stays too; the examples write FY2027.
 */
function standsAsValue(text, start, end) {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  return /(?:^|[:[{,]|^\s*-)\s*$/.test(before) && /^\s*(?:$|[,\]}]|#)/.test(after);
}

/** What follows a year alone that makes it no year: more of a number (2026.5, 2026%), a word (2000h), a Korean counter (2000명; 2027년 stays a year). */
function notAYear(after) {
  if (/^(?:[.,]\d|%)/.test(after)) return true;
  if (/^[A-Za-z_]/.test(after)) return !/^[QH][1-4]\b/.test(after); // "2027Q2" is a quarter
  return /^\s*[\uAC00-\uD7A3]/.test(after) && !/^\s*년/.test(after);
}

/**
 * `text` with every date `years` on. `kind` 'csv': only the days written in full (a measurement
 * CSV's `date` column); a number in a CSV cell is a value. Otherwise (YAML, Markdown) also the
 * years of periods and of sentences; a number written as a YAML value, or followed by a unit or a
 * Korean counter, is left as it is (the examples write no count from 1900 to 2099 otherwise).
 */
export function shiftText(text, years, kind = 'text') {
  if (years === 0) return text;
  let out = '';
  let at = 0;
  DATES.lastIndex = 0;
  for (let m = DATES.exec(text); m; m = DATES.exec(text)) {
    const g = m.groups;
    const ix = m.indices.groups;
    if (g.y5 !== undefined) {
      const [s, e] = ix.y5;
      if (kind === 'csv' || notAYear(text.slice(e)) || standsAsValue(text, s, e)) continue;
      out += text.slice(at, s) + String(Number(g.y5) + years);
      at = e;
      continue;
    }
    const k = g.y1 !== undefined ? 1 : g.y2 !== undefined ? 2 : g.y3 !== undefined ? 3 : 4;
    const year = Number(g[`y${k}`]);
    const feb = k <= 2 ? Number(g[`m${k}`]) === 2 : FEBRUARY.test(g[`n${k}`]);
    const leapDay = feb && Number(g[`d${k}`]) === 29 && !leap(year + years);
    // Edits in the order they stand: the day before the year in "29 February 2028".
    const edits = [{ span: ix[`y${k}`], text: String(year + years) }];
    if (leapDay) edits.push({ span: ix[`d${k}`], text: g[`d${k}`].replace('29', '28') });
    edits.sort((a, b) => a.span[0] - b.span[0]);
    for (const { span, text: t } of edits) {
      out += text.slice(at, span[0]) + t;
      at = span[1];
    }
  }
  return out + text.slice(at);
}

const SHIFTED = /\.(ya?ml|md|markdown|csv)$/i;

/** Shifts the files under `dir` in place; returns the paths it changed, relative to `dir`. */
export function shiftFolder(dir, years) {
  const changed = [];
  const walk = (sub) => {
    for (const name of readdirSync(path.join(dir, sub)).sort()) {
      const rel = path.join(sub, name);
      const abs = path.join(dir, rel);
      if (statSync(abs).isDirectory()) walk(rel);
      else if (SHIFTED.test(name)) {
        const text = readFileSync(abs, 'utf8');
        const moved = shiftText(text, years, /\.csv$/i.test(name) ? 'csv' : 'text');
        if (moved !== text) {
          writeFileSync(abs, moved);
          changed.push(rel);
        }
      }
    }
  };
  walk('');
  return changed;
}

/** The local date, YYYY-MM-DD, as `date +%F` gives it. */
function localToday() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** True for this repository's own folders (examples/ above all), which the script never rewrites. */
export function insideRepository(dir) {
  const real = realpathSync(dir);
  const repo = realpathSync(REPO);
  return real === repo || real.startsWith(repo + path.sep);
}

function main(argv) {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  const opt = (name) => {
    const i = argv.indexOf(name);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (!v || !day.test(v)) throw new Error(`${name} takes a day, YYYY-MM-DD`);
    argv.splice(i, 2);
    return v;
  };
  const today = opt('--today') ?? localToday();
  const written = opt('--written') ?? WRITTEN;
  if (argv.length !== 1) throw new Error('usage: node scripts/shift-dates.mjs FOLDER [--today YYYY-MM-DD] [--written YYYY-MM-DD]');
  const dir = argv[0];
  if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
  if (insideRepository(dir)) throw new Error(`${dir} is inside the repository: shift a copy (the examples themselves stay as written)`);
  const years = yearsSince(written, today);
  const changed = shiftFolder(dir, years);
  process.stderr.write(`shift-dates: ${years} year${years === 1 ? '' : 's'} since ${written}; dates moved in ${changed.length} file${changed.length === 1 ? '' : 's'} of ${dir}\n`);
  process.stdout.write(`${shiftDay(written, years)}\n`);
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`shift-dates: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  }
}
