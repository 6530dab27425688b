// The outline of a Markdown plan: headings with their extent, list items (with task
// state), paragraphs, and front matter. Code blocks are skipped by markdown-it itself, so
// look-alike headings inside them never count.

import type { Span } from '../model';
import { blockParser } from '../parse/markdown';
import { lineStarts } from '../positions';
import { parseYaml } from '../parse/yaml-parse';

export interface OutlineHeading {
  level: number;
  text: string;
  line: number;
  /** First line after the section (next heading of the same or a higher level). */
  end: number;
  /** Lines of content (items, paragraphs) directly or deeply inside the section. */
  content: number;
}

export interface OutlineBlock {
  text: string;
  line: number;
  kind: 'item' | 'paragraph';
  /** For task items: checked or not. */
  checked?: boolean;
  /** Index of the nearest heading above, or -1. */
  heading: number;
}

/** A Markdown table: its header cells and its rows, each with its 0-based line. */
export interface OutlineTable {
  line: number;
  header: string[];
  rows: { line: number; cells: string[] }[];
  /** Index of the nearest heading above, or -1. */
  heading: number;
}

export interface Outline {
  headings: OutlineHeading[];
  blocks: OutlineBlock[];
  tables: OutlineTable[];
  starts: number[];
  /** The plan's text, for the column of a sentence inside a block. */
  text: string;
  lineCount: number;
  frontMatter?: FrontMatter;
}

export interface FrontMatter {
  /** The ids of `cbo-checklists:`; none when the front matter cannot be read (`problem`). */
  checklists: string[];
  /** The 1-based line of `cbo-checklists:` (0 without it), from the text alone. */
  line: number;
  endLine: number;
  /**
   * The front matter is not valid YAML: the parser's first problem, on the line it names (in the
   * plan's offsets). Nothing of it is read: a part it did read may be misplaced (`title: a: b`
   * put `cbo-checklists:` under `title`), so its ids are none rather than a guess.
   */
  problem?: { span: Span; message: string; code?: string };
}

/** The plan's front matter (`---` lines at the top) and its `cbo-checklists:`, with the text after it. */
export function readFrontMatter(text: string): { frontMatter: FrontMatter; body: string } | undefined {
  const fm = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!fm) return undefined;
  const lines = fm[0].split('\n').length - (fm[0].endsWith('\n') ? 1 : 0);
  // Blank the front matter out (keeping line numbers) so markdown-it does not read it.
  const body = '\n'.repeat(lines - 1) + text.slice(fm[0].length - (fm[0].endsWith('\n') ? 1 : 0));
  const yaml = fm[1]!;
  const from = fm[0].indexOf('\n') + 1;
  let checklists: string[] = [];
  let problem: FrontMatter['problem'];
  try {
    // No "at line 1, column 8": the parser counts from the front matter's first line, the plan from its own.
    const doc = parseYaml(yaml, { prettyErrors: false });
    const bad = doc.errors[0];
    if (bad) problem = { span: lineAround(yaml, bad.pos[0], from), message: bad.message.split('\n')[0]!, code: bad.code };
    else {
      const v = doc.toJS({ maxAliasCount: 10 }) as Record<string, unknown> | null;
      const c = v?.['cbo-checklists'];
      checklists = Array.isArray(c) ? c.map(String) : typeof c === 'string' ? [c] : c === true ? ['*'] : [];
    }
  } catch (e) {
    // Aliases past the count toJS allows: read no further than the parser did.
    problem = { span: lineAround(yaml, 0, from), message: e instanceof Error ? e.message : String(e) };
  }
  const keyLine = yaml.split('\n').findIndex((l) => l.startsWith('cbo-checklists'));
  return { frontMatter: { checklists, line: keyLine >= 0 ? keyLine + 1 : 0, endLine: lines - 1, ...(problem ? { problem } : {}) }, body };
}

/** The line of `yaml` holding `at` (its last line when `at` is past the end), trimmed, in the plan's offsets (`from`: where `yaml` starts). */
function lineAround(yaml: string, at: number, from: number): Span {
  const i = Math.max(0, Math.min(at, yaml.trimEnd().length - 1));
  const start = i > 0 ? yaml.lastIndexOf('\n', i - 1) + 1 : 0;
  const nl = yaml.indexOf('\n', i);
  const line = yaml.slice(start, nl < 0 ? yaml.length : nl);
  const lead = line.length - line.trimStart().length;
  return { start: from + start + lead, end: from + start + Math.max(lead + 1, line.trimEnd().length) };
}

export function readOutline(text: string): Outline {
  const starts = lineStarts(text);
  const fm = readFrontMatter(text);
  const body = fm?.body ?? text;
  const frontMatter = fm?.frontMatter;
  const tokens = blockParser().parse(body, {});
  const headings: OutlineHeading[] = [];
  const blocks: OutlineBlock[] = [];
  const tables: OutlineTable[] = [];
  let table: OutlineTable | undefined;
  let inItem = 0;
  let itemLine = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'heading_open') {
      headings.push({ level: Number(t.tag.slice(1)), text: tokens[i + 1]!.content.trim(), line: t.map![0], end: starts.length, content: 0 });
      i += 2;
      continue;
    }
    // A table's cells carry no line of their own (markdown-it maps the rows): read as a table,
    // never as paragraphs, so a cell's words are not taken for a sentence of the plan.
    if (t.type === 'table_open') {
      table = { line: t.map![0], header: [], rows: [], heading: headings.length - 1 };
      tables.push(table);
    } else if (t.type === 'table_close') table = undefined;
    else if (table && t.type === 'tr_open') table.rows.push({ line: t.map![0], cells: [] });
    else if (table && t.type === 'inline') table.rows[table.rows.length - 1]?.cells.push(t.content.trim());
    if (table) continue;
    if (t.type === 'list_item_open') {
      inItem++;
      itemLine = t.map![0];
    } else if (t.type === 'list_item_close') inItem--;
    else if (t.type === 'inline' && t.map) {
      const raw = t.content.trim();
      const task = /^\[([ xX])\]\s+/.exec(raw);
      const isItemHead = inItem > 0 && t.map[0] === itemLine;
      blocks.push({
        text: task ? raw.slice(task[0].length) : raw,
        line: t.map[0],
        kind: isItemHead ? 'item' : 'paragraph',
        ...(isItemHead && task ? { checked: task[1] !== ' ' } : {}),
        heading: headings.length - 1,
      });
    }
  }
  // Each section ends where a heading of the same or a higher level starts.
  for (let i = 0; i < headings.length; i++) {
    for (let j = i + 1; j < headings.length; j++) {
      if (headings[j]!.level <= headings[i]!.level) {
        headings[i]!.end = headings[j]!.line;
        break;
      }
    }
  }
  // The first row of a table is its header (markdown-it needs one to read a table at all).
  for (const tb of tables) tb.header = tb.rows.shift()?.cells ?? [];
  // A section holding a table has content: a "Milestones" heading over a table of milestones
  // is the milestones, not an empty heading. Count blocks and table rows inside each section
  // by binary search on their lines.
  const lines = blocks.map((b) => b.line);
  for (const tb of tables) for (const r of tb.rows) lines.push(r.line);
  lines.sort((a, b) => a - b);
  for (const h of headings) h.content = lowerBound(lines, h.end) - lowerBound(lines, h.line + 1);
  return { headings, blocks, tables, starts, text, lineCount: starts.length, ...(frontMatter ? { frontMatter } : {}) };
}

function lowerBound(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
