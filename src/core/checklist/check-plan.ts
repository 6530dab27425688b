// Checks a Markdown plan against checklists: every item found, partial or missing, with
// the lines that show it, coverage per checklist, task-list progress per heading, and the
// skeleton to insert for each item where it belongs in the plan's outline.
import type { ResolvedConfig } from '../config';
import type { Lang } from '../finding';
import type { Outcome } from '../model';
import { CBO_HEADING, sectionOf } from '../parse/markdown-labels';
import { parseMarkdown } from '../parse/markdown';
import { lineOf } from '../positions';
import { runOutcomeRules } from '../outcome-rules';
import { BUILT_IN_CHECKLISTS } from './builtins';
import { matchItem, normalise, type Match } from './match';
import { metricHeads, metricWords } from './cadence';
import { chooseChecklists } from './choose';
import { readOutline, type Outline } from './outline';
import type { Checklist, ChecklistGroup, ChecklistItem, ItemResult, PlanResult, TaskProgress } from './types';

export interface PlanOptions {
  /**
   * Checklist ids to apply, whatever the plan says (`--checklist`). Without them the plan's
   * front matter, then `settings`, then `configured` choose, else the default (choose.ts).
   */
  only?: string[];
  /** The editor's `cbo.checklists.enabled`. */
  settings?: string[];
  /** The ids `.cborc.yaml`'s `checklists:` chooses (`chosenChecklistIds`). */
  configured?: string[];
  /** Team checklists, in addition to the built-in ones. */
  extra?: Checklist[];
  config: ResolvedConfig;
  /**
   * The plan's outcomes when the caller has read them already (the lint, whose rules have run on
   * them): without them the plan is read here, a second parse of the same text.
   */
  outcomes?: Outcome[];
}

export function knownChecklists(extra: Checklist[] = []): Checklist[] {
  const byId = new Map<string, Checklist>();
  for (const c of [...BUILT_IN_CHECKLISTS, ...extra]) byId.set(c.id, c);
  return [...byId.values()];
}

export function checkPlan(text: string, opts: PlanOptions): PlanResult {
  const lang = opts.config.lang;
  const outline = readOutline(text);
  const normHeadings = outline.headings.map((h) => normalise(h.text));
  const normBlocks = outline.blocks.map((b) => normalise(b.text));
  const outcomes = opts.outcomes ?? parseMarkdown(text, lang).outcomes;
  // The plan's own metric names: "매주 원무팀과 노쇼율을 보고" reports the no-show rate, and
  // "we report the appointment rate" the primary metric "trucks arriving with a booked appointment".
  const primaries = outcomes.map((o) => o.metrics?.primary?.name?.value ?? '').filter((n) => n !== '');
  const metrics = {
    words: metricWords(outcomes.flatMap((o) => [o.metrics?.primary, ...(o.metrics?.secondary ?? [])]).map((m) => m?.name?.value ?? '').filter((n) => n !== '')),
    heads: metricHeads(primaries),
  };
  const all = knownChecklists(opts.extra);
  const choice = chooseChecklists(outline, all, opts, lang);
  const checklists = all.filter((c) => choice.ids.includes(c.id)).map((c) => {
    const items: ItemResult[] = [];
    for (const g of c.groups) {
      for (const item of g.items) {
        const m = item.evidence.outcomes ? outcomeEvidence(item, outcomes, outline, opts.config) : matchItem(item, outline, normHeadings, normBlocks, metrics);
        items.push({
          id: item.id,
          group: g.id,
          title: item.title[lang],
          ...(item.hint ? { hint: item.hint[lang] } : {}),
          required: item.required,
          status: m.status,
          evidence: m.evidence,
          insert: insertion(g, item, outline, normHeadings, text, lang),
        });
      }
    }
    applyImplied(c, items);
    // An optional item counts only when the plan has it in full: a plan without it, or with a
    // mention of it, is not less covered (a mention counted as half would lower the figure).
    const counted = items.filter((i) => i.required || i.status === 'found');
    const score = counted.reduce((s, i) => s + (i.status === 'found' ? 1 : i.status === 'partial' ? 0.5 : 0), 0);
    return { id: c.id, title: c.title[lang], coverage: counted.length ? Math.round((score / counted.length) * 1000) / 1000 : 1, items };
  });
  return { checklists, tasks: taskProgress(outline), optedIn: outline.frontMatter?.checklists ?? [], chosen: choice };
}

/**
 * An item not found on its own is found when an item that implies it is (the reviews a plan
 * sets are its cadence). Repeated until nothing changes, so a chain (A implied by B, B by C)
 * holds whatever the order of the items; at most one pass per item.
 */
function applyImplied(c: Checklist, items: ItemResult[]): void {
  const byId = new Map(items.map((i) => [i.id, i]));
  const implying = c.groups.flatMap((g) => g.items).filter((item) => item.evidence.impliedBy?.length);
  for (let pass = 0, changed = true; changed && pass <= implying.length; pass++) {
    changed = false;
    for (const item of implying) {
      const r = byId.get(item.id)!;
      if (r.status === 'found') continue;
      const shown = item.evidence.impliedBy!.map((id) => byId.get(id)).filter((x) => x?.status === 'found');
      if (!shown.length) continue;
      r.status = 'found';
      changed = true;
      const lines = new Set(r.evidence.map((e) => e.line));
      const more = shown.flatMap((x) => x!.evidence).filter((e) => !lines.has(e.line) && lines.add(e.line));
      r.evidence = [...r.evidence, ...more].slice(0, 5);
    }
  }
}

function outcomeEvidence(item: ChecklistItem, outcomes: Outcome[], outline: Outline, config: ResolvedConfig): Match {
  const at = (o: Outcome) => {
    const line = lineOf(outline.starts, o.anchor.start);
    return { line: line + 1, column: o.anchor.start - outline.starts[line]! + 1 };
  };
  const evidence = outcomes.slice(0, 5).map((o) => ({ ...at(o), text: o.title?.value ?? '(untitled)' }));
  if (outcomes.length === 0) return { status: 'missing', evidence: [] };
  let good = 0;
  for (const o of outcomes) {
    if (item.evidence.outcomes === 'smart') {
      const found: { ruleId: string }[] = [];
      runOutcomeRules(o, config, found as never);
      if (!found.some((f) => /^(missing-|target-|deadline-)/.test(f.ruleId))) good++;
    } else if (item.evidence.outcomes === 'template') {
      if (o.source !== 'md-template' || templateSections(o, outline).size >= 4) good++;
    } else if (o.metrics?.primary?.target) good++;
  }
  return { status: good === outcomes.length ? 'found' : 'partial', evidence };
}

// Heading index by line, built once per outline: looking each outcome's heading up with a scan
// made a plan with N `## CBO:` headings cost N² (80,000 headings: 20 s, and the language
// server's hover waited on it).
const headingAt = new WeakMap<Outline, Map<number, number>>();

/** The template sections (context, metrics, value, dependencies) under a `## CBO:` heading. */
function templateSections(o: Outcome, outline: Outline): Set<string> {
  let byLine = headingAt.get(outline);
  if (!byLine) headingAt.set(outline, (byLine = new Map(outline.headings.map((h, i) => [h.line, i]))));
  const i = byLine.get(lineOf(outline.starts, o.anchor.start));
  const h = i === undefined ? undefined : outline.headings[i]!;
  const found = new Set<string>();
  if (!h || !CBO_HEADING.test(h.text)) return found;
  // Headings are in line order, so the section's subheadings are the ones right after it.
  for (let j = i! + 1; j < outline.headings.length && outline.headings[j]!.line < h.end; j++) {
    const s = sectionOf(outline.headings[j]!.text);
    if (s && s !== 'workshop' && s !== 'outcome') found.add(s);
  }
  return found;
}

/** After the section of the item's group if the plan has one; else a new group section at the end. */
function insertion(g: ChecklistGroup, item: ChecklistItem, outline: Outline, normHeadings: string[], text: string, lang: Lang): { offset: number; snippet: string } {
  const names = [normalise(g.title.en), normalise(g.title.ko)];
  const idx = normHeadings.findIndex((h) => names.some((n) => h.includes(n.trim()) && n.trim() !== ''));
  const skeleton = item.skeleton[lang];
  if (idx >= 0) {
    const h = outline.headings[idx]!;
    const offset = endOfContent(text, outline.starts, h.end);
    return { offset, snippet: `\n\n${skeleton}` };
  }
  // trimEnd, not /\s+$/: that pattern is quadratic on a long run of spaces mid-text.
  return { offset: text.trimEnd().length, snippet: `\n\n## ${g.title[lang]}\n\n${skeleton}\n` };
}

function endOfContent(text: string, starts: number[], endLine: number): number {
  let off = endLine < starts.length ? starts[endLine]! : text.length;
  while (off > 0 && /\s/.test(text[off - 1]!)) off--;
  return off;
}

function taskProgress(outline: Outline): TaskProgress[] {
  const by = new Map<number, TaskProgress>();
  for (const b of outline.blocks) {
    if (b.checked === undefined) continue;
    const h = outline.headings[b.heading];
    const key = b.heading;
    let p = by.get(key);
    if (!p) {
      p = { heading: h?.text ?? '', line: (h?.line ?? 0) + 1, done: 0, total: 0 };
      by.set(key, p);
    }
    p.total++;
    if (b.checked) p.done++;
  }
  return [...by.values()];
}
