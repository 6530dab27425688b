// Finding a checklist item's evidence in a plan's outline. Phrases are matched on
// normalised text: whole words for Latin script; for Korean, from the start of a word to any
// ending (particles attach to the noun: 마일스톤을, 회고는).
import { boldLabel } from '../parse/markdown-labels';
import type { Outline } from './outline';
import type { ChecklistItem, Evidence, ItemStatus } from './types';
import { sentenceStatus } from './cadence';
import { normalise } from './normalise';

export { normalise };

/**
 * A Korean phrase matches where a word starts (particles may follow it: 마일스톤을), not inside
 * another word: "분기" is in "분기별 검토" but not in "1분기" (the first quarter) or "손익분기점";
 * "기한" is in "기한:" but not in "무기한".
 */
function startsAWord(phrase: string): (t: string) => boolean {
  const at = ` ${phrase}`;
  return (t) => t.includes(at);
}

/** A phrase's test on normalised text: a whole word or words in Latin script, a word start in Korean. */
function phraseMatcher(p: string): (t: string) => boolean {
  const n = normalise(p);
  return /[가-힣]/.test(p) ? startsAWord(n.trim()) : (t) => t.includes(n);
}


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
 * Evidence from headings, labelled bullets, tasks and mentions. `metrics` holds the words of
 * the plan's metric names (`metricWords`), for an item shown by a sentence that reports one.
 */
export function matchItem(item: ChecklistItem, outline: Outline, normHeadings: string[], normBlocks: string[], metrics: string[][] = []): Match {
  const hits = matchers(item);
  const terms = termMatchers(item);
  const is = (t: string) => hits.some((h) => h(t));
  const sentence = item.evidence.sentence;
  let status: ItemStatus = 'missing';
  const evidence: Evidence[] = [];
  const rank: Record<ItemStatus, number> = { missing: 0, partial: 1, found: 2 };
  const upgrade = (s: ItemStatus, line: number, text: string) => {
    if (rank[s] > rank[status]) status = s;
    if (evidence.length < 5) evidence.push({ line: line + 1, text: text.slice(0, 120) });
  };
  outline.headings.forEach((h, i) => {
    if (is(normHeadings[i]!)) upgrade(h.content > 0 ? 'found' : 'partial', h.line, h.text);
  });
  outline.blocks.forEach((b, i) => {
    const t = normBlocks[i]!;
    // A sentence counts the same whether it is written as a list item or as a paragraph:
    // the form of the block says nothing about whether the plan covers the item.
    const label = boldLabel(b.text);
    if (b.kind === 'item' && b.checked !== undefined && is(t)) upgrade(b.checked ? 'found' : 'partial', b.line, b.text);
    else if (label && is(normalise(label[1]!))) upgrade(label[2]!.trim() ? 'found' : 'partial', b.line, b.text);
    else if (sentence) {
      // The item's name in running text ("weekly sales grew") is not the review it names: only
      // a clause that sets the cadence and says what happens at it counts. An open task is a
      // plan to do it, so it counts half, as an unchecked task with the item's name does.
      const s = sentenceStatus(sentence, b.text, metrics);
      if (s !== 'missing') upgrade(s === 'found' && b.checked !== false ? 'found' : 'partial', b.line, b.text);
    } else if (is(t) || terms.some((x) => x(t))) upgrade(startsWithItem(t, hits) ? 'found' : 'partial', b.line, b.text);
  });
  return { status, evidence };
}

/** "Weekly: milestone review" names the item and says something about it: found. */
function startsWithItem(t: string, hits: ((text: string) => boolean)[]): boolean {
  const head = t.split(' ').slice(0, 5).join(' ') + ' ';
  return hits.some((h) => h(head)) && t.trim().split(' ').length > 2;
}
