// Finding a checklist item's evidence in a plan's outline. Phrases are matched on
// normalised text: whole words for Latin script; for Korean, from the start of a word to any
// ending (particles attach to the noun: 마일스톤을, 회고는).
import { boldLabel } from '../parse/markdown-labels';
import type { Outline, OutlineBlock } from './outline';
import type { ChecklistItem, Evidence, ItemStatus } from './types';
import { NO_METRICS, sentences, sentenceStatus, type PlanMetrics } from './cadence';
import { normalise, phraseMatcher } from './normalise';
import { blockPosition, tableEvidence } from './match-places';

export { normalise, phraseMatcher };

const compiled = new WeakMap<ChecklistItem, ((text: string) => boolean)[]>();

function matchers(item: ChecklistItem): ((text: string) => boolean)[] {
  let m = compiled.get(item);
  if (!m) {
    // The item's own titles always count, so a plan written from our skeletons is recognised.
    m = [...item.evidence.headings, item.title.en, item.title.ko].map(phraseMatcher);
    compiled.set(item, m);
  }
  return m;
}

function termMatchers(item: ChecklistItem): ((text: string) => boolean)[] {
  return (item.evidence.terms ?? []).map(phraseMatcher);
}

export interface Match {
  status: ItemStatus;
  evidence: Evidence[];
}

/**
 * Evidence from headings, sections, tables, labelled bullets, tasks and mentions. `metrics`
 * holds the plan's metric names as a sentence says them (`metricWords`, `metricHeads`), for an
 * item shown by a sentence that reports one. Each piece of evidence points at the heading,
 * row, block or sentence that matched, by line and column.
 */
export function matchItem(item: ChecklistItem, outline: Outline, normHeadings: string[], normBlocks: string[], metrics: PlanMetrics = NO_METRICS): Match {
  const hits = matchers(item);
  const terms = termMatchers(item);
  const is = (t: string) => hits.some((h) => h(t));
  const sentence = item.evidence.sentence;
  const sections = new Set((item.evidence.sections ?? []).map((p) => normalise(p)));
  let status: ItemStatus = 'missing';
  const evidence: Evidence[] = [];
  const rank: Record<ItemStatus, number> = { missing: 0, partial: 1, found: 2 };
  const upgrade = (s: ItemStatus, at: { line: number; column: number }, text: string) => {
    if (rank[s] > rank[status]) status = s;
    if (evidence.length < 5) evidence.push({ line: at.line, column: at.column, text: text.slice(0, 120) });
  };
  const inBlock = (b: OutlineBlock, offset = 0) => blockPosition(outline, b, offset);
  outline.headings.forEach((h, i) => {
    // A section phrase is the whole heading ("Roles", "2. 역할"), a number before it aside.
    if (is(normHeadings[i]!) || sections.has(normHeadings[i]!.replace(/^ (\d+ )+/, ' '))) upgrade(h.content > 0 ? 'found' : 'partial', { line: h.line + 1, column: 1 }, h.text);
  });
  if (item.evidence.columns) for (const e of tableEvidence(outline, item.evidence.columns)) upgrade(e.status, e, e.text);
  outline.blocks.forEach((b, i) => {
    const t = normBlocks[i]!;
    // A sentence counts the same whether it is written as a list item or as a paragraph:
    // the form of the block says nothing about whether the plan covers the item.
    const label = boldLabel(b.text);
    if (b.kind === 'item' && b.checked !== undefined && is(t)) upgrade(b.checked ? 'found' : 'partial', inBlock(b), b.text);
    else if (label && is(normalise(label[1]!))) upgrade(label[2]!.trim() ? 'found' : 'partial', inBlock(b), b.text);
    else if (sentence) {
      // The item's name in running text ("weekly sales grew") is not the review it names: only
      // a clause that sets the cadence and says what happens at it counts. An open task is a
      // plan to do it, so it counts half, as an unchecked task with the item's name does.
      const s = sentenceStatus(sentence, b.text, metrics);
      if (s.status !== 'missing') upgrade(s.status === 'found' && b.checked !== false ? 'found' : 'partial', inBlock(b, s.at), b.text.slice(s.at));
    } else if (is(t) || terms.some((x) => x(t))) {
      // Found when the block starts with the item; a mention points at its own sentence.
      if (startsWithItem(t, hits)) upgrade('found', inBlock(b), b.text);
      else {
        const at = sentences(b.text).find((x) => { const n = normalise(x.raw); return is(n) || terms.some((m) => m(n)); })?.start ?? 0;
        upgrade('partial', inBlock(b, at), b.text.slice(at));
      }
    }
  });
  return { status, evidence };
}

/** "Weekly: milestone review" names the item and says something about it: found. */
function startsWithItem(t: string, hits: ((text: string) => boolean)[]): boolean {
  const head = t.split(' ').slice(0, 5).join(' ') + ' ';
  return hits.some((h) => h(head)) && t.trim().split(' ').length > 2;
}
