// At most so many findings of one rule per file, then one finding that says how many more: as
// compilers stop listing errors after the first ones, and as VS Code itself shows 1,000 problems
// a file. A file with a mistake repeated on every line (20,000 outcomes with the same schema
// errors, 5,000 lines of junk) made hundreds of thousands of findings, each kept by the editor
// (some 200 bytes apiece: 45 times the file's size), printed by the CLI and sent to the client.
// The first ones say what is wrong; the rest are the same mistake again.
import { append } from './arrays';
import type { Lang, RawFinding, Severity } from './finding';
import type { Span } from './model';
import { formatNumber } from './money';
import { SYNTAX_RULE_ID } from './parse/yaml-ids';

/** Findings listed per rule per file. */
export const MAX_PER_RULE = 1000;
/** YAML syntax errors listed per file: after the first ones, most follow from them. */
export const MAX_SYNTAX_ERRORS = 100;
/**
 * YAML syntax errors counted in one part of a file (an outcome, or the file read whole), where
 * reading it stops: past it the count is a floor ("at least"). The parser's work per error is
 * its reading of the text around it, and a megabyte of `]` makes 300,000 of them, 1.6 s in one
 * step the editor cannot interrupt; 10,000 take a few milliseconds.
 */
export const SYNTAX_ERRORS_READ = 10_000;

export function listedOf(ruleId: string): number {
  return ruleId === SYNTAX_RULE_ID ? MAX_SYNTAX_ERRORS : MAX_PER_RULE;
}

/**
 * Findings of one rule left out: how many, and the severity their summary takes (the worst of
 * their own, or 'rule' when one of them had none and took the rule's, as config sets it).
 */
export interface Hidden {
  n: number;
  severity: Severity | 'rule';
  /** Some part stopped counting them (SYNTAX_ERRORS_READ): `n` is a floor. Absent otherwise. */
  atLeast?: true;
}

/** What one part left out, rule by rule: read-only, and shared by parts that left out the same. */
export type PartHidden = readonly (Hidden & { ruleId: string })[];

const NOTHING: readonly RawFinding[] = Object.freeze([]);

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function severityOf(f: RawFinding): Severity | 'rule' {
  return f.severity ?? 'rule';
}

function worse(a: Severity | 'rule', b: Severity | 'rule'): Severity | 'rule' {
  if (a === 'rule' || b === 'rule') return 'rule';
  return RANK[a] >= RANK[b] ? a : b;
}

function addHidden(m: Map<string, Hidden>, ruleId: string, n: number, severity: Severity | 'rule', atLeast = false): void {
  const h = m.get(ruleId);
  if (h) {
    h.n += n;
    h.severity = worse(h.severity, severity);
    if (atLeast) h.atLeast = true;
  } else m.set(ruleId, atLeast ? { n, severity, atLeast } : { n, severity });
}

/**
 * A finding that stands for `more` findings of its rule not listed, on `span` (the last one
 * listed). `atLeast`: a part of the file stopped counting its syntax errors, so there are more.
 */
export function moreFinding(ruleId: string, more: number, span: Span, lang: Lang, severity: Severity | 'rule', atLeast = false): RawFinding {
  const [n, max, read] = [formatNumber(more, 'en-US', 0), formatNumber(listedOf(ruleId), 'en-US', 0), formatNumber(SYNTAX_ERRORS_READ, 'en-US', 0)];
  const syntax = ruleId === SYNTAX_RULE_ID;
  const fixFirst = lang === 'ko' ? '앞의 오류부터 고치세요. 뒤의 오류는 대개 앞의 오류 때문에 생깁니다.' : 'Fix the first ones: most later errors follow from them.';
  const message =
    lang === 'ko'
      ? syntax
        ? atLeast
          ? `YAML 구문 오류가 적어도 ${n}개 더 있지만 나열하지 않았습니다(파일마다 처음 ${max}개만 나열하고, 한 부분에서 ${read}개를 세면 거기서 읽기를 멈춤). ${fixFirst}`
          : `YAML 구문 오류가 ${n}개 더 있지만 나열하지 않았습니다(파일마다 처음 ${max}개만 나열). ${fixFirst}`
        : `${ruleId} 규칙의 찾은 문제가 ${n}개 더 있지만 나열하지 않았습니다(파일마다 규칙별로 처음 ${max}개만 나열). 나열된 문제를 고치거나 .cborc.yaml에서 이 규칙을 끄면 나머지가 보입니다.`
      : syntax
        ? atLeast
          ? `At least ${n} more YAML syntax errors, not listed (CBO Guide lists the first ${max} of a file, and stops reading a part of it at ${read}). ${fixFirst}`
          : `${n} more YAML syntax errors, not listed (CBO Guide lists the first ${max} of a file). ${fixFirst}`
        : `${n} more findings of ${ruleId}, not listed (CBO Guide lists the first ${max} of each rule in a file). Fix the ones listed, or switch the rule off in .cborc.yaml, to see the rest.`;
  // `stoppedAt`: where a part stopped counting, so that `more` is a floor (data holds no booleans).
  return { ruleId, message, span: { start: span.start, end: span.end }, data: atLeast ? { more, stoppedAt: SYNTAX_ERRORS_READ } : { more }, ...(severity === 'rule' ? {} : { severity }) };
}

/** How many findings `f` counts as: a summary, the findings it stands for; any other, one. */
export function standsFor(f: RawFinding): number {
  return isMore(f) ? (f.data!.more as number) : 1;
}

/** Whether `f` only stands for findings not listed (a summary). */
export function isMore(f: RawFinding): boolean {
  return typeof f.data?.more === 'number';
}

/**
 * Counts the findings of a file as they are added, part by part in the file's order, and keeps
 * the first `listedOf(rule)` of each rule. A part's own summaries (`isMore`) are absorbed: the
 * file gets one summary per rule, from `summaries()`.
 */
export class FindingBudget {
  private readonly listed = new Map<string, number>();
  private readonly hidden = new Map<string, Hidden>();
  private readonly lastListed = new Map<string, Span>();
  /** Parts' left-out counts by content: thousands of parts cut alike share one record. */
  private readonly shared = new Map<string, PartHidden>();

  constructor(private readonly lang: Lang) {}

  /**
   * Whether a part whose findings were cut before (`hidden`) can be used as cut: every finding it
   * left out of a rule would be left out here too. Otherwise it must be read again.
   */
  fits(findings: readonly RawFinding[], hidden: PartHidden | undefined): boolean {
    if (!hidden) return true;
    for (const h of hidden) {
      let own = 0;
      for (const f of findings) if (f.ruleId === h.ruleId && !isMore(f)) own++;
      if ((this.listed.get(h.ruleId) ?? 0) + own < listedOf(h.ruleId)) return false;
    }
    return true;
  }

  /**
   * Adds a part's findings to `out` within the budget (`before`: what the part left out when it
   * was cut earlier). Returns what the part should keep (its listed findings and own summaries)
   * and all it has left out, or undefined when this adds nothing to leave out.
   */
  add(findings: readonly RawFinding[], out: RawFinding[], before?: PartHidden): { keep: readonly RawFinding[]; hidden: PartHidden } | undefined {
    if (before) for (const h of before) addHidden(this.hidden, h.ruleId, h.n, h.severity);
    let cut: Map<string, Hidden> | undefined;
    // Made at the first finding left out: every finding before it is kept.
    let keep: RawFinding[] | undefined;
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i]!;
      if (isMore(f)) {
        addHidden(this.hidden, f.ruleId, f.data!.more as number, severityOf(f), f.data!.stoppedAt !== undefined);
        keep?.push(f);
        continue;
      }
      const n = this.listed.get(f.ruleId) ?? 0;
      if (n < listedOf(f.ruleId)) {
        this.listed.set(f.ruleId, n + 1);
        // The summary goes after the last one listed in the file, wherever the parts put theirs.
        const last = this.lastListed.get(f.ruleId);
        if (!last || f.span.start >= last.start) this.lastListed.set(f.ruleId, f.span);
        out.push(f);
        keep?.push(f);
        continue;
      }
      addHidden(this.hidden, f.ruleId, 1, severityOf(f));
      keep ??= findings.slice(0, i);
      if (!cut) {
        cut = new Map();
        if (before) for (const h of before) cut.set(h.ruleId, { n: h.n, severity: h.severity });
      }
      addHidden(cut, f.ruleId, 1, severityOf(f));
    }
    if (!cut || !keep) return undefined;
    return { keep: keep.length ? keep : NOTHING, hidden: this.share(cut) };
  }

  /** One summary per rule with findings left out, on the last one listed (the furthest into the file). */
  summaries(): RawFinding[] {
    const out: RawFinding[] = [];
    for (const [ruleId, h] of this.hidden) out.push(moreFinding(ruleId, h.n, this.lastListed.get(ruleId) ?? { start: 0, end: 0 }, this.lang, h.severity, h.atLeast));
    return out;
  }

  private share(cut: Map<string, Hidden>): PartHidden {
    let key = '';
    for (const [ruleId, h] of cut) key += `${ruleId}\u0000${h.n}\u0000${h.severity}\u0001`;
    let part = this.shared.get(key);
    if (!part) {
      const list: (Hidden & { ruleId: string })[] = [];
      for (const [ruleId, h] of cut) list.push({ ruleId, n: h.n, severity: h.severity });
      this.shared.set(key, (part = Object.freeze(list)));
    }
    return part;
  }
}

/** `raw` (in the file's order) with at most `listedOf(rule)` findings of each rule, and their summaries. */
export function capFindings(raw: readonly RawFinding[], lang: Lang): RawFinding[] {
  const budget = new FindingBudget(lang);
  const out: RawFinding[] = [];
  budget.add(raw, out);
  return append(out, budget.summaries());
}
