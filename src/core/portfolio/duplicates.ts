// The same outcome in two files: an implementation plan that restates the outcome of the team's
// `*.cbo.yaml` under its `## CBO:` heading, or a draft left beside the team's file. Counted
// twice, its value, its investment and its value items doubled in every total and rate the team
// lead takes to a review, and nothing said it. Two rows are one outcome when they name the same
// account (or neither names one) and either the same `id` or the same title once case, spacing,
// punctuation and Markdown marks are set aside. Titles that only resemble each other stay two
// outcomes: a wrong merge would hide an outcome, which is worse than the double count it fixes.
import type { Lang } from '../finding';
import type { Point } from '../progress';
import { CAVEATS } from '../report-caveats';
import { REPORT_WORDS } from '../report-words';
import type { PortfolioOutcome } from './types';

/** The figures two copies of an outcome are compared on, as the reports name them. */
export const COPY_FIGURES = ['baseline', 'target', 'value', 'investment'] as const;
export type CopyFigure = (typeof COPY_FIGURES)[number];

/** One outcome found in several files, counted once from `kept`. */
export interface DuplicateOutcome {
  /** The kept copy's title, as the portfolio shows it. */
  title: string;
  account?: string;
  kept: { file: string; line: number };
  /** The copies left out of the figures, in path order, each with the figures it states otherwise than `kept`. */
  copies: { file: string; line: number; differs: CopyFigure[] }[];
}

/**
 * A title or an account as compared: Unicode-normalised, lower case, without Markdown marks,
 * punctuation or spaces ("**Carriers** book a dock slot." and "carriers book a dock-slot" are
 * one). A point between digits is kept: "1.5 days" is not "15 days". Symbols stay ("≤ 5" is
 * not "≥ 5", "90%" not "90").
 */
export function comparable(s: string): string {
  return s
    .normalize('NFKC')
    // A link's text without its address; no bracket inside, so a run of "[" is read once, not n² times.
    .replace(/!?\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .toLowerCase()
    // A private-use mark for the decimal point, which the removal of punctuation below leaves.
    .replace(/(\d)\.(?=\d)/g, '$1\uE000')
    .replace(/[\p{P}\s`~]+/gu, '');
}

/** Union-find over row indices, so a copy matched by title and another by id join one group. */
class Groups {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  join(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

const idOf = (r: PortfolioOutcome) => r.outcome.id?.value.trim() || undefined;
const periodOf = (r: PortfolioOutcome) => {
  const p = r.outcome.period?.value;
  return p ? comparable(p) || undefined : undefined;
};

/** Joins every row to the first row with the same key. */
function joinBy(rows: readonly PortfolioOutcome[], groups: Groups, key: (r: PortfolioOutcome) => string | undefined, skip: ReadonlySet<string> = new Set()): void {
  const first = new Map<string, number>();
  rows.forEach((r, i) => {
    const k = key(r);
    if (k === undefined || skip.has(k)) return;
    const at = first.get(k);
    if (at === undefined) first.set(k, i);
    else groups.join(i, at);
  });
}

/**
 * Keys whose rows state two different ids: the authors named them apart, so the title alone
 * does not make them one (nor a copy without an id one of either).
 */
function titlesWithTwoIds(rows: readonly PortfolioOutcome[], titleKey: (r: PortfolioOutcome) => string | undefined): Set<string> {
  const ids = new Map<string, string>();
  const out = new Set<string>();
  for (const r of rows) {
    const k = titleKey(r);
    const id = idOf(r);
    if (k === undefined || id === undefined) continue;
    const seen = ids.get(k);
    if (seen === undefined) ids.set(k, id);
    else if (seen !== id) out.add(k);
  }
  return out;
}

/**
 * A group is one outcome only when each row is in a file of its own (two rows of one file were
 * written as two outcomes: the same title per period, per site) and no two name different
 * periods (FY2026's value and FY2027's are both counted).
 */
function isOneOutcome(group: readonly PortfolioOutcome[]): boolean {
  const files = new Set(group.map((r) => r.file));
  const periods = new Set(group.flatMap((r) => periodOf(r) ?? []));
  return files.size === group.length && periods.size <= 1;
}

/** The copy to count: an outcome document (`*.cbo.yaml`) over a plan, then the first in path order. */
function keptFirst(a: PortfolioOutcome, b: PortfolioOutcome): number {
  const doc = (r: PortfolioOutcome) => (r.outcome.source === 'yaml' ? 0 : 1);
  return doc(a) - doc(b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

const samePoint = (a: Point | undefined, b: Point | undefined) => a?.value === b?.value && a?.date === b?.date;
const sameMoney = (a: number | undefined, b: number | undefined, ca: string | undefined, cb: string | undefined) => a === b && (a === undefined || ca === cb);

/** The figures `copy` states otherwise than `kept` (one stating a figure the other has not counts). */
export function differingFigures(kept: PortfolioOutcome, copy: PortfolioOutcome): CopyFigure[] {
  const k = kept.roi, c = copy.roi;
  const same: Record<CopyFigure, boolean> = {
    baseline: samePoint(kept.progress?.baseline, copy.progress?.baseline),
    target: samePoint(kept.progress?.target, copy.progress?.target),
    value: sameMoney(k?.claimedMinor, c?.claimedMinor, k?.currency, c?.currency),
    investment: sameMoney(k?.investmentMinor, c?.investmentMinor, k?.currency, c?.currency),
  };
  return COPY_FIGURES.filter((f) => !same[f]);
}

/**
 * The rows to count, each outcome once and in the order given, and the outcomes found in more
 * than one file, in the order of their kept row.
 */
export function countOnce(rows: readonly PortfolioOutcome[]): { kept: PortfolioOutcome[]; duplicates: DuplicateOutcome[] } {
  const groups = new Groups(rows.length);
  const account = (r: PortfolioOutcome) => comparable(r.account ?? '');
  // A NUL cannot be in an account once compared, so the two parts cannot run together.
  const titleKey = (r: PortfolioOutcome) => {
    const t = comparable(r.title);
    return t ? `${account(r)}\u0000${t}` : undefined;
  };
  joinBy(rows, groups, titleKey, titlesWithTwoIds(rows, titleKey));
  joinBy(rows, groups, (r) => {
    const id = idOf(r);
    return id === undefined ? undefined : `${account(r)}\u0000${id}`;
  });
  const members = new Map<number, PortfolioOutcome[]>();
  rows.forEach((r, i) => {
    const root = groups.find(i);
    const g = members.get(root);
    if (g) g.push(r);
    else members.set(root, [r]);
  });
  const dropped = new Set<PortfolioOutcome>();
  const found: { at: PortfolioOutcome; dup: DuplicateOutcome }[] = [];
  for (const group of members.values()) {
    if (group.length < 2 || !isOneOutcome(group)) continue;
    const [keep, ...copies] = [...group].sort(keptFirst);
    for (const c of copies) dropped.add(c);
    const dup: DuplicateOutcome = { title: keep!.title, kept: { file: keep!.file, line: keep!.line }, copies: copies.map((c) => ({ file: c.file, line: c.line, differs: differingFigures(keep!, c) })) };
    if (keep!.account !== undefined) dup.account = keep!.account;
    found.push({ at: keep!, dup });
  }
  const kept = rows.filter((r) => !dropped.has(r));
  const order = new Map(kept.map((r, i) => [r, i]));
  found.sort((a, b) => order.get(a.at)! - order.get(b.at)!);
  return { kept, duplicates: found.map((x) => x.dup) };
}

/** A note of the portfolio's problems, with what it says as data (the JSON's `duplicate`). */
export interface DuplicateNote {
  file: string;
  line: number;
  message: string;
  duplicate: DuplicateOutcome;
}

/**
 * What every portfolio output says of each outcome counted once, at the first copy left out
 * (where the team goes to remove it or make it agree): the files, the one counted, and the
 * figures a copy gives otherwise.
 */
export function duplicateNotes(p: { duplicates: readonly DuplicateOutcome[] }, lang: Lang): DuplicateNote[] {
  return p.duplicates.map((d) => {
    const files = [d.kept.file];
    for (const c of d.copies) files.push(c.file);
    const differ = d.copies.filter((c) => c.differs.length).map((c) => ({ file: c.file, figures: c.differs }));
    const message = CAVEATS[lang].countedOnce(d.title || REPORT_WORDS[lang].untitled, d.account, files, d.kept.file, differ);
    return { file: d.copies[0]!.file, line: d.copies[0]!.line, message, duplicate: d };
  });
}
